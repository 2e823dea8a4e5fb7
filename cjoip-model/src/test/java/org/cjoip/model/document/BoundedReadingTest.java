package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * What any document within the limits costs: problems past the hundredth are counted, not
 * listed; the known fields are listed once; a tree bound from elsewhere meets the same checks
 * as a parsed one; the source map places nodes without a string per pointer.
 */
final class BoundedReadingTest {

  private static final String HEAD = "formatVersion: 1\ntitle: T\nframework: cjpf-2023\n"
      + "partnership: {name: P}\n";

  private static List<Problem> problems(PlanReader reader, String text, String name) {
    try {
      reader.read(text, name);
    } catch (DocumentException e) {
      return e.problems();
    }
    throw new AssertionError("expected the document to be refused");
  }

  @Test
  void problems_pastTheLimitAreCountedInOneLastProblem() {
    PlanReader reader = PlanReader.of(PlanReader.Options.builder()
        .limits(Limits.builder().maxProblems(3).build()).build());
    StringBuilder yaml = new StringBuilder(HEAD);
    for (int i = 0; i < 10; i++) {
      yaml.append("extra").append(i).append(": 1\n");
    }

    List<Problem> problems = problems(reader, yaml.toString(), "plan.yaml");

    assertThat(problems).extracting(Problem::describe).containsExactly(
        "plan.yaml:5:9: /extra0: unknown field 'extra0'; expected one of: formatVersion,"
            + " document, title, framework, period, approved, partnership,"
            + " participationStatement, reporting, outcomesAssessment, priorityActions,"
            + " outcomes, indicators",
        "plan.yaml:6:9: /extra1: unknown field 'extra1'; expected one of the fields listed at"
            + " 5:9",
        "plan.yaml:7:9: /extra2: unknown field 'extra2'; expected one of the fields listed at"
            + " 5:9",
        "plan.yaml: (document): and 7 more problems, not listed");
    assertThat(problems.get(3).severity()).isEqualTo(Problem.Severity.ERROR);
  }

  @Test
  void problems_aHundredAreListedInDocumentOrderWhateverTheOrderTheyWereFound() {
    StringBuilder yaml = new StringBuilder(HEAD + "priorityActions:\n");
    for (int i = 1; i <= 60; i++) {
      yaml.append("  - {number: ").append(20 + i).append(", colour: red}\n");
    }

    List<Problem> problems = problems(PlanReader.standard(), yaml.toString(), "plan.yaml");

    assertThat(problems).hasSize(101);
    assertThat(problems.subList(0, 100)).isSortedAccordingTo(
        (a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
            : Integer.compare(a.column(), b.column()));
    assertThat(problems.get(0).message()).isEqualTo("expected a whole number from 1 to 13,"
        + " found 21");
    assertThat(problems.get(1).message()).isEqualTo("unknown field 'colour'; expected one of:"
        + " number, assessment, prioritised, nationalOutcome, nationalIndicators,"
        + " localIndicators, deliverables");
    assertThat(problems.get(3).message()).isEqualTo("unknown field 'colour'; expected one of"
        + " the fields listed at 6:26");
    assertThat(problems.get(100).message()).isEqualTo("and 20 more problems, not listed");
  }

  @Test
  void readTree_bindsATreeFromElsewhereAsAParsedDocumentIsBound() throws Exception {
    String json = "{\"formatVersion\": 1, \"title\": \"T\", \"framework\": \"cjpf-2023\","
        + " \"partnership\": {\"name\": \"P\"}, \"priorityActions\": [{\"number\": 14,"
        + " \"deliverables\": [{\"description\": \"d\", \"due\": \"0999-01-01\","
        + " \"status\": \"ſtarted\"}]}]}";
    JsonNode tree = new ObjectMapper().readTree(json);
    Map<String, SourceMap.Position> places = new HashMap<>();
    places.put("", new SourceMap.Position(1, 1));
    places.put("/priorityActions/0/number", new SourceMap.Position(7, 3));

    List<Problem> parsed = problems(PlanReader.standard(), json, "plan.json");
    List<Problem> bound;
    try {
      PlanReader.standard().read(tree, new SourceMap(places), "Workbook.xlsx");
      throw new AssertionError("expected the tree to be refused");
    } catch (DocumentException e) {
      bound = e.problems();
    }

    assertThat(bound).extracting(Problem::pointer, Problem::message)
        .containsExactlyInAnyOrderElementsOf(parsed.stream()
            .map(p -> org.assertj.core.groups.Tuple.tuple(p.pointer(), p.message())).toList());
    assertThat(bound).filteredOn(p -> p.pointer().equals("/priorityActions/0/number"))
        .singleElement().extracting(Problem::line, Problem::column).containsExactly(7, 3);
  }

  @Test
  void readTree_refusesTextNoDocumentMayHold() throws Exception {
    JsonNode tree = new ObjectMapper().readTree("{\"formatVersion\": 1, \"title\":"
        + " \"T\\u0000\", \"framework\": \"cjpf-2023\", \"partnership\": {\"name\": \"P\"}}");

    try {
      PlanReader.standard().read(tree, new SourceMap(Map.of()), "Workbook.xlsx");
      throw new AssertionError("expected the tree to be refused");
    } catch (DocumentException e) {
      assertThat(e.problems()).extracting(Problem::pointer, Problem::message).containsExactly(
          org.assertj.core.groups.Tuple.tuple("/title",
              "the text holds \\u0000, which no document may contain"));
    }
  }

  @Test
  void readTree_countsTheDeliverablesOfATreeFromElsewhere() throws Exception {
    StringBuilder json = new StringBuilder("{\"formatVersion\": 1, \"title\": \"T\","
        + " \"framework\": \"cjpf-2023\", \"partnership\": {\"name\": \"P\"},"
        + " \"outcomes\": [{\"text\": \"o\", \"deliverables\": [");
    for (int i = 0; i < 6; i++) {
      json.append(i > 0 ? "," : "").append("{\"description\": \"d\"}");
    }
    json.append("]}]}");
    PlanReader reader = PlanReader.of(PlanReader.Options.builder()
        .limits(Limits.builder().maxDeliverables(5).build()).build());

    List<Problem> parsed = problems(reader, json.toString(), "plan.json");
    try {
      reader.read(new ObjectMapper().readTree(json.toString()), new SourceMap(Map.of()), "x");
      throw new AssertionError("expected the tree to be refused");
    } catch (DocumentException e) {
      assertThat(e.problems()).extracting(Problem::pointer, Problem::message)
          .containsExactly(org.assertj.core.groups.Tuple.tuple("/outcomes/0/deliverables/5",
              "the document has more deliverables than the limit of 5"));
    }
    assertThat(parsed).extracting(Problem::pointer, Problem::message)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("/outcomes/0/deliverables/5",
            "the document has more deliverables than the limit of 5"));
  }

  @Test
  void sourceMap_placesEveryNodeAndTheNodesOfAPart() throws Exception {
    PlanDocument doc = PlanReader.standard().read(HEAD + "priorityActions:\n"
        + "  - number: 1\n    localIndicators: [a, b~/c]\n", "plan.yaml");
    SourceMap map = doc.sourceMap();

    assertThat(map.position("")).contains(new SourceMap.Position(1, 1));
    assertThat(map.position("/priorityActions/0/localIndicators/1"))
        .contains(new SourceMap.Position(7, 26));
    assertThat(map.position("/priorityActions/0/localIndicators/01")).isEmpty();
    assertThat(map.position("/priorityActions/1")).isEmpty();
    assertThat(map.deepestExisting("/priorityActions/0/deliverables/3"))
        .isEqualTo("/priorityActions/0");
    assertThat(map.size()).isEqualTo(12);
    SourceMap part = map.at("/priorityActions/0");
    assertThat(part.position("/localIndicators/0")).contains(new SourceMap.Position(7, 23));
    assertThat(part.position("")).contains(new SourceMap.Position(6, 5));
    assertThat(map.at("/nothing").contains("")).isFalse();
  }

  @Test
  void documentTree_digestsTheBytesRead() throws Exception {
    byte[] bytes = "a: 1\n".getBytes(StandardCharsets.UTF_8);

    DocumentTree tree = DocumentTree.read(bytes, "c.yaml", null, Limits.defaults());

    assertThat(tree.format()).isEqualTo(Format.YAML);
    assertThat(tree.sha256()).isEqualTo(java.util.HexFormat.of().formatHex(
        java.security.MessageDigest.getInstance("SHA-256").digest(bytes)));
    assertThat(tree.error("/a", "bad").describe()).isEqualTo("c.yaml:1:4: /a: bad");
  }
}
