package org.cjoip.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Problem;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;

final class ConfigurationReaderTest {

  private static Configuration read(String yaml) throws DocumentException {
    return ConfigurationReader.read(yaml.getBytes(StandardCharsets.UTF_8), "config.yaml");
  }

  @Test
  void read_everyField() throws Exception {
    Configuration c = read("""
        severities: { CJ-DEL-009: WARNING }
        disabled: [CJ-LIND-005]
        waivers:
          - rule: CJ-DEL-001
            path: /priorityActions/1/deliverables/1
            reason: Lead agreed at the March board
            expires: 2026-03-31
        """);

    assertThat(c.severities()).containsExactly(
        java.util.Map.entry("CJ-DEL-009", Severity.WARNING));
    assertThat(c.disabled()).containsExactly("CJ-LIND-005");
    assertThat(c.waivers()).singleElement().satisfies(w -> {
      assertThat(w.path()).isEqualTo("/priorityActions/1/deliverables/1");
      assertThat(w.expires()).contains(LocalDate.of(2026, 3, 31));
    });
    assertThat(c.sha256()).hasValueSatisfying(h -> assertThat(h).hasSize(64));
  }

  @Test
  void read_unknownRuleIdsAreLocatedErrors() {
    assertThatThrownBy(() -> read("""
        severities: { CJ-DEL-099: WARNING }
        disabled: [CJ-LIND-005, CJ-XYZ-001]
        waivers:
          - rule: CJ-NOPE
            path: priorityActions/1
            reason: x
        """))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(Problem::line, Problem::pointer, Problem::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "/severities/CJ-DEL-099",
                    "unknown rule id 'CJ-DEL-099'"),
                org.assertj.core.groups.Tuple.tuple(2, "/disabled/1",
                    "unknown rule id 'CJ-XYZ-001'"),
                org.assertj.core.groups.Tuple.tuple(4, "/waivers/0/rule",
                    "unknown rule id 'CJ-NOPE'"),
                org.assertj.core.groups.Tuple.tuple(5, "/waivers/0/path",
                    "expected a JSON Pointer starting with '/', found 'priorityActions/1'")));
  }

  @Test
  void read_badSeverityAndUnknownField() {
    assertThatThrownBy(() -> read("severities: { CJ-DEL-009: LOUD }\nwaiver: []\n"))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(Problem::pointer)
            .containsExactly("/severities/CJ-DEL-009", "/waiver"));
  }

  @Test
  void read_severityInAnyLetterCaseButAsciiOnly() throws Exception {
    Configuration c = read("severities: { CJ-DEL-009: warning, CJ-DEL-001: Info }\n");

    assertThat(c.severities()).containsEntry("CJ-DEL-009", Severity.WARNING)
        .containsEntry("CJ-DEL-001", Severity.INFO);
    assertThatThrownBy(() -> read("severities: { CJ-DEL-009: ınfo }\n"))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(Problem::line, Problem::column, Problem::pointer, Problem::message)
            .containsExactly(org.assertj.core.groups.Tuple.tuple(1, 27,
                "/severities/CJ-DEL-009", "expected one of ERROR, WARNING, INFO (in any letter"
                    + " case), found 'ınfo'")));
  }

  @Test
  void read_emptyWaiverReasonIsALocatedError() {
    assertThatThrownBy(() -> read("""
        waivers:
          - rule: CJ-DEL-001
            path: /priorityActions/1
            reason: ""
            expires: 0999-01-01
        """))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(Problem::line, Problem::column, Problem::pointer, Problem::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(4, 13, "/waivers/0/reason",
                    "a waiver must give its reason; the reason is empty"),
                org.assertj.core.groups.Tuple.tuple(5, 14, "/waivers/0/expires",
                    "expected a date from 1000-04-01 to 9998-03-31, found '0999-01-01'")));
  }

  @Test
  void read_refusedNumberIsReportedWithEveryOtherProblem() {
    assertThatThrownBy(() -> read("""
        severities:
          CJ-DEL-09: warn
        waivers:
          - rule: CJ-COV-001
            priorityAction: 011
            reason: "a"
          - rule: CJ-COV-001
            priorityAction: 14
            reason: ""
        """))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(Problem::line, Problem::column, Problem::pointer, Problem::message)
            .containsExactly(
                org.assertj.core.groups.Tuple.tuple(2, 14, "/severities/CJ-DEL-09",
                    "unknown rule id 'CJ-DEL-09'"),
                org.assertj.core.groups.Tuple.tuple(5, 21, "/waivers/0/priorityAction",
                    "write 11, not 011: a number has no leading zero"),
                org.assertj.core.groups.Tuple.tuple(8, 21, "/waivers/1/priorityAction",
                    "expected a priority action number from 1 to 13, found 14"),
                org.assertj.core.groups.Tuple.tuple(9, 13, "/waivers/1/reason",
                    "a waiver must give its reason; the reason is empty")));
  }

  @Test
  void read_schemaHintAtTheRootIsIgnored() throws Exception {
    Configuration c = ConfigurationReader.read(("{\"$schema\": \"./configuration-v1.schema.json\","
        + " \"disabled\": [\"CJ-LIND-005\"]}").getBytes(StandardCharsets.UTF_8), "config.json");

    assertThat(c.disabled()).containsExactly("CJ-LIND-005");
    assertThat(c.severities()).isEmpty();
    assertThat(c.waivers()).isEmpty();
  }
}
