package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.cjoip.model.plan.Plan;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** YAML as the YAML 1.2 core schema reads it: what it accepts, and how. */
final class YamlEventsTest {

  private static final String HEAD = "formatVersion: 1\nframework: cjpf-2023\n"
      + "partnership: {name: P}\n";

  private static Plan read(String yaml) throws DocumentException {
    return PlanReader.standard().read(HEAD + yaml, "plan.yaml").plan();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    // Words YAML 1.1 took for booleans, numbers it read otherwise: text in YAML 1.2.
    "title: yes|yes",
    "title: No|No",
    "title: on|on",
    "title: 10:30|10:30",
    "title: 0x|0x",
    "title: '011'|011",
    "title: \"0x0C\"|0x0C",
    "title: !!str 011|011",
    "title: ! 1_2|1_2",
    "title: 1 year on|1 year on",
  })
  void read_textStaysText(String line, String title) throws Exception {
    assertThat(read(line + "\n").title()).isEqualTo(title);
  }

  @Test
  void read_numbersAsTheCoreSchemaWritesThem() throws Exception {
    Plan plan = read("title: T\nindicators:\n  - name: N\n    priorityAction: +7\n"
        + "    baseline: {value: 1.50}\n    target: {value: -2e3}\n"
        + "    results: [{value: .5}, {value: 0.5e1}]\n");

    assertThat(plan.indicators().get(0).priorityAction()).contains(7);
    assertThat(plan.indicators().get(0).baseline().orElseThrow().value())
        .contains(new BigDecimal("1.50"));
    assertThat(plan.indicators().get(0).target().orElseThrow().value())
        .contains(new BigDecimal("-2e3"));
    assertThat(plan.indicators().get(0).results()).extracting(f -> f.value().orElseThrow())
        .containsExactly(new BigDecimal(".5"), new BigDecimal("0.5e1"));
  }

  @Test
  void read_coreTagsThatAgreeWithTheValueAreAccepted() throws Exception {
    Plan plan = read("title: !!str T\npriorityActions:\n  - number: !!int 3\n"
        + "    prioritised: !!bool true\n    assessment: !!null ~\n");

    assertThat(plan.priorityActions().get(0).number()).isEqualTo(3);
    assertThat(plan.priorityActions().get(0).prioritised()).contains(true);
    assertThat(plan.priorityActions().get(0).assessment()).isEmpty();
  }

  @Test
  void read_anExplicitKeyOfTextIsAKey() throws Exception {
    assertThat(read("? title\n: Explicit\n").title()).isEqualTo("Explicit");
  }

  static Stream<Arguments> refused() {
    return Stream.of(
        Arguments.of("title: !!int T", 4, 8, "/title",
            "'T' is not a YAML 1.2 int; write the value without the tag"),
        Arguments.of("title: !!float 1", 4, 8, "/title",
            "'1' is not a YAML 1.2 float; write the value without the tag"),
        Arguments.of("title: !!bool \"true\"", 4, 8, "/title", "a YAML tag (!!bool) may not"
            + " make quoted text true or false: quoted text stays text; write the value without"
            + " quotes and without the tag"),
        Arguments.of("title: !!seq {a: 1}", 4, 8, "/title",
            "YAML tags are not allowed in this document: tag:yaml.org,2002:seq"),
        Arguments.of("title: [-.inf]", 4, 9, "/title/0",
            "'-.inf' is no number a plan can hold; write a number, or quote it if it is text"),
        Arguments.of("title: -011", 4, 8, "/title", "write -11, not -011 (a leading zero makes"
            + " YAML 1.1 read octal), or quote it if it is text"),
        Arguments.of("title: 01.5", 4, 8, "/title", "write 1.5, not 01.5 (a leading zero makes"
            + " YAML 1.1 read octal), or quote it if it is text"),
        Arguments.of("title: 1_000.5", 4, 8, "/title", "write 1000.5, not 1_000.5 (digits"
            + " grouped with _), or quote it if it is text"),
        Arguments.of("? !!str title\n: x\nfoo: !!str &a x", 6, 6, "/foo",
            "YAML anchors are not allowed in this document"),
        Arguments.of("? &k title\n: x", 4, 3, "",
            "YAML anchors are not allowed in this document"),
        Arguments.of("? !!int title\n: x", 4, 3, "",
            "YAML tags are not allowed in this document: tag:yaml.org,2002:int"));
  }

  @ParameterizedTest
  @MethodSource("refused")
  void read_whatTheCoreSchemaDoesNotHoldIsRefusedWhereItIs(String yaml, int line, int column,
      String pointer, String message) {
    try {
      read(yaml + "\n");
      throw new AssertionError("read: " + yaml);
    } catch (DocumentException e) {
      assertThat(e.problems()).singleElement().satisfies(p -> {
        assertThat(p.line()).isEqualTo(line);
        assertThat(p.column()).isEqualTo(column);
        assertThat(p.pointer()).isEqualTo(pointer);
        assertThat(p.message()).isEqualTo(message);
      });
    }
  }
}
