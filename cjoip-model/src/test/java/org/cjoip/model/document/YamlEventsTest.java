package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
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
        Arguments.of("title: -.inf", 4, 8, "/title",
            "'-.inf' is no number a plan can hold; write a number, or quote it if it is text"),
        Arguments.of("title: -011", 4, 8, "/title", "write -11, not -011 (a leading zero makes"
            + " YAML 1.1 read octal), or quote it if it is text"),
        Arguments.of("title: 01.5", 4, 8, "/title", "write 1.5, not 01.5 (a leading zero makes"
            + " YAML 1.1 read octal), or quote it if it is text"),
        Arguments.of("title: 1_000.5", 4, 8, "/title", "write 1000.5, not 1_000.5 (digits"
            + " grouped with _), or quote it if it is text"),
        Arguments.of("title: T\npriorityActions:\n  - number: 1_2", 6, 13, "/priorityActions/0/number",
            "write 12, not 1_2: a number has no _ between its digits"),
        Arguments.of("title: T\npriorityActions:\n  - number: -.inf", 6, 13, "/priorityActions/0/number",
            "'-.inf' is no number a plan can hold; write a number"),
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

  @Test
  void read_yaml11FormsAreAllReportedInOneRunWithTheOtherErrors() {
    String yaml = "title: T\npriorityActions:\n  - number: 0x01\n    deliverables:\n"
        + "      - id: 0x1F\n        description: D\n        priority: URGENT\n"
        + "  - number: 011\n    prioritised: !!bool \"true\"\n    assessment: [1_000]\n";

    assertThat(Refusals.of(() -> read(yaml))).containsExactly(
        "plan.yaml:6:13: /priorityActions/0/number: write 1, not 0x01: a number has decimal"
            + " digits only",
        "plan.yaml:8:13: /priorityActions/0/deliverables/0/id: quote it: id: \"0x1F\" (an id"
            + " is text; unquoted, 0x1F reads as a number)",
        "plan.yaml:10:19: /priorityActions/0/deliverables/0/priority: expected one of MUST,"
            + " SHOULD, COULD, WONT, found 'URGENT'",
        "plan.yaml:11:13: /priorityActions/1/number: write 11, not 011: a number has no"
            + " leading zero",
        "plan.yaml:12:18: /priorityActions/1/prioritised: a YAML tag (!!bool) may not make"
            + " quoted text true or false: quoted text stays text; write the value without"
            + " quotes and without the tag",
        "plan.yaml:13:17: /priorityActions/1/assessment: expected text, found a list",
        "plan.yaml:13:18: /priorityActions/1/assessment/0: write 1000, not 1_000 (digits"
            + " grouped with _), or quote it if it is text");
  }

  @Test
  void read_nelLineAndParagraphSeparatorsAreNotLineBreaks() {
    // Raw NEL and LS in the title: the error after them is where an editor shows it.
    String yaml = "title: \"Test \u0085 plan \u2028 x\"\npriorityActions:\n  - number: 1\n"
        + "    deliverables:\n      - description: D \u2029 E\n        priority: URGENT\n";

    assertThat(Refusals.of(() -> read(yaml))).containsExactly(
        "plan.yaml:9:19: /priorityActions/0/deliverables/0/priority: expected one of MUST,"
            + " SHOULD, COULD, WONT, found 'URGENT'");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "title: \"Test \u2028 plan\"",
    "title: 'Test \u2028 plan'",
    "title: Test \u2028 plan",
    "title: \"Test \\L plan\"",
  })
  void read_spacesAroundALineSeparatorAreKept(String line) throws Exception {
    assertThat(read(line + "\n").title()).isEqualTo("Test \u2028 plan");
  }

  @Test
  void read_aLineSeparatorInACommentEndsNothing() throws Exception {
    assertThat(read("title: T # a note \u2028 more: [\u0085 {\n").title()).isEqualTo("T");
  }

  @Test
  void read_theStandInsForSeparatorsAreRefusedWhereTheyAre() {
    assertThat(Refusals.of(() -> read("title: T\nreporting: {annualReport: \"a\ufdd1\"}\n")))
        .containsExactly("plan.yaml:5:29: (document): the document holds U+FDD1, a"
            + " noncharacter, which no YAML document here may contain; remove it");
  }

  @Test
  void read_valuesRefusedBeforeTheParserStopsAreReportedWithItsProblem() {
    assertThat(Refusals.of(() -> read("title: 0x1F\nreporting: {annualReport: [a\n")))
        .containsExactly("plan.yaml:4:8: /title: write 31, not 0x1F (hexadecimal), or quote it"
            + " if it is text", "plan.yaml:6:1: /reporting/annualReport: malformed YAML: a list"
            + " in [ ] is not closed, or a comma is missing between its items");
  }

  @Test
  void read_valuesRefusedPastTheProblemLimitAreCounted() {
    String yaml = "title: T\nparticipationStatement:\n  activities:\n"
        + "    - 0x1F\n".repeat(150);

    List<String> problems = Refusals.of(() -> read(yaml));

    assertThat(problems).hasSize(101);
    assertThat(problems.get(0)).isEqualTo("plan.yaml:7:7: /participationStatement/activities/0:"
        + " write 31, not 0x1F (hexadecimal), or quote it if it is text");
    assertThat(problems.get(99)).startsWith("plan.yaml:106:7:"
        + " /participationStatement/activities/99: write 31");
    assertThat(problems.get(100)).isEqualTo("plan.yaml: (document): and 50 more problems, not"
        + " listed");
  }
}
