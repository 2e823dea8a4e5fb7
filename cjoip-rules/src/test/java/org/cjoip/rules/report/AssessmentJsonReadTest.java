package org.cjoip.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Problem;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Severity;
import org.cjoip.rules.Waiver;
import org.cjoip.rules.checks.RuleTesting;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Reading a report back: every way a report can be malformed is located. */
final class AssessmentJsonReadTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode report() throws Exception {
    Assessment a = Assessor.standard().assess(RuleTesting.withDeliverable(2,
        d -> Deliverable.builder().from(d).owners(List.of()).build()), RuleTesting.AS_OF);
    return (ObjectNode) JSON.readTree(AssessmentJson.write(a));
  }

  private static List<String> problems(ObjectNode report) {
    byte[] bytes = report.toString().getBytes(StandardCharsets.UTF_8);
    try {
      AssessmentJson.read(bytes, "report.json");
    } catch (DocumentException e) {
      return e.problems().stream().map(p -> p.pointer() + ": " + p.message()).toList();
    }
    throw new AssertionError("expected the report to be refused");
  }

  static Stream<Arguments> broken() {
    return Stream.of(
        Arguments.of((Consumer<ObjectNode>) r -> r.put("formatVersion", 2),
            "/formatVersion: expected an assessment report of format version 1 (the whole number"
                + " 1)"),
        Arguments.of((Consumer<ObjectNode>) r -> r.remove("formatVersion"),
            ": expected an assessment report of format version 1 (the whole number 1)"),
        Arguments.of((Consumer<ObjectNode>) r -> r.remove("edition"),
            ": missing edition, a string"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("source", 3),
            "/source: expected source to be a string, found a whole number"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("asOf", "2025-02-30"),
            "/asOf: expected a date as YYYY-MM-DD that exists, found '2025-02-30'"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("findings", "none"),
            "/findings: expected findings, a list"),
        Arguments.of((Consumer<ObjectNode>) r -> r.remove("findings"),
            ": missing findings, a list"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ArrayNode) r.get("findings")).set(0,
                JSON.getNodeFactory().textNode("x")),
            "/findings/0: expected an object, found text"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("findings").get(0))
                .remove("path"),
            "/findings/0: missing path, a string"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("findings").get(0))
                .put("severity", "LOUD"),
            "/findings/0/severity: expected a severity of ERROR, WARNING or INFO, found 'LOUD'"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("findings").get(0))
                .remove("severity"),
            "/findings/0: expected a severity of ERROR, WARNING or INFO, found ''"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("plan", "none"),
            "/plan: expected the plan assessed, an object"),
        Arguments.of((Consumer<ObjectNode>) r -> r.remove("plan"),
            ": missing plan, the plan assessed, an object"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("plan")).remove("title"),
            "/plan: missing required field 'title' (text)"),
        // What a report is trusted with: every field, as strictly as a plan.
        Arguments.of((Consumer<ObjectNode>) r -> r.put("formatVersion", 1.9),
            "/formatVersion: expected an assessment report of format version 1 (the whole"
                + " number 1)"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("formatVersion", "1"),
            "/formatVersion: expected an assessment report of format version 1 (the whole"
                + " number 1)"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("formatVersion", 4294967297L),
            "/formatVersion: expected an assessment report of format version 1 (the whole"
                + " number 1)"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("asOf", "+10000-01-01"),
            "/asOf: expected a date as YYYY-MM-DD that exists, found '+10000-01-01'"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("asOf", "0999-12-31"),
            "/asOf: expected a date from 1000-04-01 to 9998-03-31, found '0999-12-31'"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("editionSha256", "abc"),
            "/editionSha256: expected a SHA-256 as 64 lower-case hex digits, found 'abc'"),
        Arguments.of((Consumer<ObjectNode>) r -> r.put("colour", "red"),
            "/colour: unknown field 'colour' in an assessment report"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("ruleSets").get(0))
                .put("name", " "),
            "/ruleSets/0/name: expected name to be a string that is not blank"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("findings").get(0))
                .put("path", "priorityActions/1"),
            "/findings/0/path: expected a JSON Pointer, empty or starting with '/', found"
                + " 'priorityActions/1'"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("findings").get(0))
                .put("priorityAction", 99),
            "/findings/0/priorityAction: expected a whole number from 1 to 13, found 99"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("findings").get(0))
                .putObject("waiver").put("reason", "Agreed").put("expires", "2026-02-30"),
            "/findings/0/waiver/expires: expected a date as YYYY-MM-DD that exists, found"
                + " '2026-02-30'"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("coverage").get(0))
                .put("overdue", -1),
            "/coverage/0/overdue: expected a whole number from 0 to 2147483647, found -1"),
        Arguments.of((Consumer<ObjectNode>) r -> ((ObjectNode) r.get("counts")).put("INFO",
                "many"),
            "/counts/INFO: expected a whole number from 0 to 2147483647, found text"));
  }

  @Test
  void read_severityInAnyLetterCase() throws Exception {
    ObjectNode report = report();
    ((ObjectNode) report.get("findings").get(0)).put("severity", "error");

    Assessment a = AssessmentJson.read(report.toString().getBytes(StandardCharsets.UTF_8),
        "report.json");

    assertThat(a.findings().get(0).severity()).isEqualTo(Severity.ERROR);
  }

  @Test
  void read_roundTripKeepsTheEditionDigest() throws Exception {
    Assessment a = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);

    Assessment back = AssessmentJson.read(AssessmentJson.write(a));

    assertThat(back.editionSha256()).isEqualTo(a.editionSha256());
    assertThat(back.editionSha256()).hasValueSatisfying(sha -> assertThat(sha).hasSize(64));
  }

  @ParameterizedTest
  @MethodSource("broken")
  void read_malformedReportLocated(Consumer<ObjectNode> breakIt, String problem)
      throws Exception {
    ObjectNode report = report();
    breakIt.accept(report);

    assertThat(problems(report)).containsExactly(problem);
  }

  @Test
  void read_notAnObjectRefused() {
    assertThatThrownBy(() -> AssessmentJson.read("[]".getBytes(StandardCharsets.UTF_8), "r"))
        .isInstanceOf(DocumentException.class)
        .extracting(e -> ((DocumentException) e).problems().get(0))
        .extracting(Problem::message)
        .isEqualTo("expected an assessment report, a JSON object");
  }

  @Test
  void read_lineAndColumnOfTheProblem() throws Exception {
    String text = AssessmentJson.write(Assessor.standard().assess(RuleTesting.good(),
        RuleTesting.AS_OF)).replace("\"asOf\" : \"2025-04-01\"", "\"asOf\" : \"April\"");

    DocumentException e = org.junit.jupiter.api.Assertions.assertThrows(
        DocumentException.class,
        () -> AssessmentJson.read(text.getBytes(StandardCharsets.UTF_8), "r.json"));

    Problem p = e.problems().get(0);
    assertThat(p.pointer()).isEqualTo("/asOf");
    assertThat(p.line()).isPositive();
    assertThat(text.lines().toList().get(p.line() - 1)).contains("\"April\"");
  }

  @Test
  void worstUnwaived_ignoresWaivedFindings() {
    Assessment plain = Assessor.standard().assess(RuleTesting.withDeliverable(2,
        d -> Deliverable.builder().from(d).owners(List.of()).build()), RuleTesting.AS_OF);
    Assessment waived = Assessor.builder()
        .waiver(Waiver.builder().rule("CJ-DEL-001").path("/priorityActions/1")
            .reason("Agreed").build())
        .build()
        .assess(plain.plan(), RuleTesting.AS_OF);
    Assessment good = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);

    assertThat(plain.worstUnwaived()).isEqualTo(Optional.of(Severity.ERROR));
    assertThat(waived.worstUnwaived()).isEmpty();
    assertThat(good.worstUnwaived()).isEmpty();
  }
}
