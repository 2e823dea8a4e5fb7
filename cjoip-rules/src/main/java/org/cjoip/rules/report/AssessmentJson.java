package org.cjoip.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.DocumentTree;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.Limits;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.document.Problem;
import org.cjoip.model.plan.Plan;
import org.cjoip.rules.AimCoverage;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.RuleSetVersion;
import org.cjoip.rules.Severity;
import org.cjoip.rules.Waiver;

/**
 * An {@link Assessment} as JSON, format version 1, described by the published schema
 * {@code assessment-v1.schema.json}. Fields come in a fixed order and no wall-clock time is
 * written, so the same assessment always gives byte-identical JSON.
 */
public final class AssessmentJson {

  /** The assessment report format version. */
  public static final int FORMAT_VERSION = 1;

  /** Where the schema lies on the class path. */
  public static final String SCHEMA = "/org/cjoip/rules/schema/assessment-v1.schema.json";

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper MAPPER =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  private AssessmentJson() {}

  /** The assessment as a JSON document, ending in a newline. */
  public static String write(Assessment a) {
    try {
      return MAPPER.writeValueAsString(toTree(a)) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The assessment as one line of JSON, for streaming many. */
  public static String writeLine(Assessment a) {
    try {
      return new ObjectMapper().writeValueAsString(toTree(a));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static ObjectNode toTree(Assessment a) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", FORMAT_VERSION);
    root.put("source", a.source());
    root.put("edition", a.edition());
    root.put("editionTitle", a.editionTitle());
    root.put("declaredEdition", a.declaredEdition());
    root.put("asOf", a.asOf().toString());
    root.put("libraryVersion", a.libraryVersion());
    root.put("rulesetVersion", a.rulesetVersion());
    ArrayNode sets = root.putArray("ruleSets");
    for (RuleSetVersion set : a.ruleSets()) {
      sets.addObject().put("name", set.name()).put("version", set.version());
    }
    a.configurationSha256().ifPresent(sha -> root.put("configurationSha256", sha));
    ArrayNode applied = root.putArray("waiversApplied");
    for (Waiver w : a.waiversApplied()) {
      ObjectNode node = applied.addObject();
      node.put("rule", w.rule());
      node.put("path", w.path());
      node.put("reason", w.reason());
      w.expires().ifPresent(e -> node.put("expires", e.toString()));
    }
    ObjectNode counts = root.putObject("counts");
    for (Severity s : Severity.values()) {
      counts.put(s.name(), a.counts().get(s));
    }
    ArrayNode findings = root.putArray("findings");
    for (Finding f : a.findings()) {
      ObjectNode node = findings.addObject();
      node.put("ruleId", f.ruleId());
      node.put("severity", f.severity().name());
      node.put("message", f.message());
      node.put("path", f.path());
      f.priorityAction().ifPresent(pa -> node.put("priorityAction", pa));
      f.deliverable().ifPresent(d -> node.put("deliverable", d));
      f.suggestion().ifPresent(s -> node.put("suggestion", s));
      f.source().ifPresent(s -> node.put("source", s));
      f.waiver()
          .ifPresent(
              w -> {
                ObjectNode waiver = node.putObject("waiver");
                waiver.put("reason", w.reason());
                w.expires().ifPresent(e -> waiver.put("expires", e.toString()));
              });
    }
    ArrayNode coverage = root.putArray("coverage");
    for (PriorityActionCoverage c : a.coverage()) {
      ObjectNode node = coverage.addObject();
      node.put("priorityAction", c.number());
      node.put("aim", c.aim());
      node.put("addressed", c.addressed());
      c.outcomeStatedAndCorrect().ifPresent(v -> node.put("outcomeStatedAndCorrect", v));
      c.nationalIndicatorUsed().ifPresent(v -> node.put("nationalIndicatorUsed", v));
      node.put("localIndicators", c.localIndicators());
      node.put("placeholderLocalIndicators", c.placeholderLocalIndicators());
      node.put("deliverables", c.deliverables());
      node.put("overdue", c.overdue());
    }
    ArrayNode aims = root.putArray("aims");
    for (AimCoverage c : a.aims()) {
      ObjectNode node = aims.addObject();
      node.put("aim", c.number());
      node.put("text", c.text());
      ArrayNode pas = node.putArray("priorityActions");
      c.priorityActions().forEach(pas::add);
      node.put("addressed", c.addressed());
    }
    root.set("plan", PlanWriter.toTree(a.plan()));
    return root;
  }

  /**
   * Reads an assessment written by {@link #write}.
   *
   * @throws IllegalArgumentException when the text is not such a report, saying where
   */
  public static Assessment read(String json) {
    try {
      return read(json.getBytes(StandardCharsets.UTF_8), "<report>");
    } catch (DocumentException e) {
      throw new IllegalArgumentException(e.problems().get(0).describe(), e);
    }
  }

  /**
   * Reads an assessment report document, checking what a comparison relies on: the format
   * version, the provenance fields, and each finding's rule id, severity, message and path.
   *
   * @throws DocumentException with every problem located by line, column and JSON Pointer
   */
  public static Assessment read(byte[] bytes, String source) throws DocumentException {
    DocumentTree tree = DocumentTree.read(bytes, source, Format.JSON, Limits.defaults());
    JsonNode root = tree.root();
    List<Problem> problems = new ArrayList<>();
    Located at = new Located(tree, problems);
    if (!root.isObject()) {
      at.error("", "expected an assessment report, a JSON object");
      throw new DocumentException(problems);
    }
    if (root.path("formatVersion").asInt(-1) != FORMAT_VERSION) {
      at.error(root.has("formatVersion") ? "/formatVersion" : "",
          "expected an assessment report of format version " + FORMAT_VERSION);
      throw new DocumentException(problems);
    }
    for (String field : List.of("source", "edition", "editionTitle", "declaredEdition", "asOf",
        "libraryVersion", "rulesetVersion")) {
      at.text(root, "", field);
    }
    if (root.path("asOf").isTextual()) {
      try {
        LocalDate.parse(root.get("asOf").asText());
      } catch (java.time.format.DateTimeParseException e) {
        at.error("/asOf", "expected a date as YYYY-MM-DD, found '" + root.get("asOf").asText()
            + "'");
      }
    }
    if (!root.path("findings").isArray()) {
      at.error(root.has("findings") ? "/findings" : "", "expected findings, an array");
    } else {
      for (int i = 0; i < root.get("findings").size(); i++) {
        JsonNode f = root.get("findings").get(i);
        String here = "/findings/" + i;
        if (!f.isObject()) {
          at.error(here, "expected a finding, an object");
          continue;
        }
        for (String field : List.of("ruleId", "message", "path")) {
          at.text(f, here, field);
        }
        String severity = f.path("severity").asText("");
        if (!List.of("ERROR", "WARNING", "INFO").contains(severity)) {
          at.error(f.has("severity") ? here + "/severity" : here,
              "expected a severity of ERROR, WARNING or INFO, found '" + severity + "'");
        }
      }
    }
    if (!root.path("plan").isObject()) {
      at.error(root.has("plan") ? "/plan" : "", "expected the plan assessed, an object");
    }
    if (!problems.isEmpty()) {
      throw new DocumentException(problems);
    }
    Plan plan;
    try {
      PlanReader reader = PlanReader.of(PlanReader.Options.builder().anyFramework(true).build());
      plan = reader.read(root.get("plan").toString(), source).plan();
    } catch (DocumentException e) {
      // The plan's problems, placed in the report document.
      for (Problem p : e.problems()) {
        at.error("/plan" + p.pointer(), p.message());
      }
      throw new DocumentException(problems);
    }
    return fromTree(root, plan);
  }

  private static Assessment fromTree(JsonNode root, Plan plan) {
    Assessment.Builder out =
        Assessment.builder()
            .plan(plan)
            .source(root.path("source").asText())
            .edition(root.path("edition").asText())
            .editionTitle(root.path("editionTitle").asText())
            .declaredEdition(root.path("declaredEdition").asText())
            .asOf(LocalDate.parse(root.path("asOf").asText()))
            .libraryVersion(root.path("libraryVersion").asText())
            .rulesetVersion(root.path("rulesetVersion").asText())
            .configurationSha256(optText(root, "configurationSha256"));
    for (JsonNode set : root.path("ruleSets")) {
      out.addRuleSets(
          RuleSetVersion.of(set.path("name").asText(), set.path("version").asText()));
    }
    for (JsonNode w : root.path("waiversApplied")) {
      out.addWaiversApplied(
          Waiver.builder()
              .rule(w.path("rule").asText())
              .path(w.path("path").asText())
              .reason(w.path("reason").asText())
              .expires(optText(w, "expires").map(LocalDate::parse))
              .build());
    }
    for (JsonNode f : root.path("findings")) {
      Finding.Builder finding =
          Finding.builder()
              .ruleId(f.path("ruleId").asText())
              .severity(Severity.valueOf(f.path("severity").asText()))
              .message(f.path("message").asText())
              .path(f.path("path").asText())
              .priorityAction(optInt(f, "priorityAction"))
              .deliverable(optText(f, "deliverable"))
              .suggestion(optText(f, "suggestion"))
              .source(optText(f, "source"));
      if (f.has("waiver")) {
        JsonNode w = f.get("waiver");
        finding.waiver(
            Waiver.builder()
                .rule(f.path("ruleId").asText())
                .path(f.path("path").asText())
                .reason(w.path("reason").asText())
                .expires(optText(w, "expires").map(LocalDate::parse))
                .build());
      }
      out.addFindings(finding.build());
    }
    for (JsonNode c : root.path("coverage")) {
      out.addCoverage(
          PriorityActionCoverage.builder()
              .number(c.path("priorityAction").asInt())
              .aim(c.path("aim").asInt())
              .addressed(c.path("addressed").asBoolean())
              .outcomeStatedAndCorrect(optBool(c, "outcomeStatedAndCorrect"))
              .nationalIndicatorUsed(optBool(c, "nationalIndicatorUsed"))
              .localIndicators(c.path("localIndicators").asInt())
              .placeholderLocalIndicators(c.path("placeholderLocalIndicators").asInt())
              .deliverables(c.path("deliverables").asInt())
              .overdue(c.path("overdue").asInt())
              .build());
    }
    for (JsonNode c : root.path("aims")) {
      List<Integer> pas = new ArrayList<>();
      c.path("priorityActions").forEach(p -> pas.add(p.asInt()));
      out.addAims(
          AimCoverage.builder()
              .number(c.path("aim").asInt())
              .text(c.path("text").asText())
              .priorityActions(pas)
              .addressed(c.path("addressed").asInt())
              .build());
    }
    return out.build();
  }

  /** Collects problems at JSON Pointers, placed by the document's source map. */
  private record Located(DocumentTree tree, List<Problem> problems) {
    void error(String pointer, String message) {
      problems.add(tree.error(pointer, message));
    }

    void text(JsonNode node, String parent, String field) {
      if (!node.path(field).isTextual()) {
        error(node.has(field) ? parent + "/" + field : parent,
            node.has(field) ? "expected " + field + " to be a string"
                : "missing " + field + ", a string");
      }
    }
  }

  private static Optional<String> optText(JsonNode node, String name) {
    return node.has(name) ? Optional.of(node.get(name).asText()) : Optional.empty();
  }

  private static Optional<Integer> optInt(JsonNode node, String name) {
    return node.has(name) ? Optional.of(node.get(name).asInt()) : Optional.empty();
  }

  private static Optional<Boolean> optBool(JsonNode node, String name) {
    return node.has(name) ? Optional.of(node.get(name).asBoolean()) : Optional.empty();
  }
}
