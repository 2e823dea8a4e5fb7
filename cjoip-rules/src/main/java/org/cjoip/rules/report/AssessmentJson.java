package org.cjoip.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
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

  /** Reads an assessment written by {@link #write}. */
  public static Assessment read(String json) {
    try {
      JsonNode root = MAPPER.readTree(json);
      if (root == null || !root.isObject() || root.path("formatVersion").asInt() != FORMAT_VERSION) {
        throw new IllegalArgumentException("not an assessment report of format version "
            + FORMAT_VERSION);
      }
      Assessment.Builder out =
          Assessment.builder()
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
      PlanReader reader =
          PlanReader.of(
              PlanReader.Options.builder()
                  .frameworkIds(java.util.Set.of(root.path("plan").path("framework").asText()))
                  .build());
      out.plan(reader.read(MAPPER.writeValueAsString(root.get("plan")), "plan.json").plan());
      return out.build();
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not valid JSON: " + e.getOriginalMessage(), e);
    } catch (DocumentException e) {
      throw new IllegalArgumentException("the report's plan is not valid: " + e.getMessage(), e);
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
