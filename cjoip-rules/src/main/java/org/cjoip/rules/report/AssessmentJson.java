package org.cjoip.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.Limits;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.document.TreeReader;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.rules.AimCoverage;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.RuleSetVersion;
import org.cjoip.rules.ScheduledDeliverable;
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

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = MAPPER.getFactory();
  private static final DefaultPrettyPrinter PRETTY = new DefaultPrettyPrinter();

  private AssessmentJson() {}

  /** The assessment as a JSON document, ending in a newline. */
  public static String write(Assessment a) {
    StringWriter out = new StringWriter();
    write(a, out);
    return out.toString();
  }

  /**
   * Writes the assessment as a JSON document, ending in a newline, as it is produced: a large
   * report is never held whole in memory.
   */
  public static void write(Assessment a, Writer out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.setPrettyPrinter(PRETTY);
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(a, json);
      json.writeRaw('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The assessment as one line of JSON, for streaming many. */
  public static String writeLine(Assessment a) {
    StringWriter out = new StringWriter();
    writeLine(a, out);
    return out.toString();
  }

  /** Writes the assessment as one line of JSON, without the line's end, as it is produced. */
  public static void writeLine(Assessment a, Writer out) {
    try (JsonGenerator json = FACTORY.createGenerator(out)) {
      json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(a, json);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The assessment as a JSON tree. */
  public static ObjectNode toTree(Assessment a) {
    try {
      return (ObjectNode) MAPPER.readTree(writeLine(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Assessment a, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeNumberField("formatVersion", FORMAT_VERSION);
    json.writeStringField("source", a.source());
    json.writeStringField("edition", a.edition());
    json.writeStringField("editionTitle", a.editionTitle());
    json.writeStringField("declaredEdition", a.declaredEdition());
    json.writeStringField("asOf", a.asOf().toString());
    json.writeStringField("libraryVersion", a.libraryVersion());
    json.writeStringField("rulesetVersion", a.rulesetVersion());
    json.writeArrayFieldStart("ruleSets");
    for (RuleSetVersion set : a.ruleSets()) {
      json.writeStartObject();
      json.writeStringField("name", set.name());
      json.writeStringField("version", set.version());
      json.writeEndObject();
    }
    json.writeEndArray();
    if (a.configurationSha256().isPresent()) {
      json.writeStringField("configurationSha256", a.configurationSha256().get());
    }
    json.writeArrayFieldStart("waiversApplied");
    for (Waiver w : a.waiversApplied()) {
      json.writeStartObject();
      json.writeStringField("rule", w.rule());
      json.writeStringField("path", w.path());
      if (w.priorityAction().isPresent()) {
        json.writeNumberField("priorityAction", w.priorityAction().get());
      }
      if (w.deliverable().isPresent()) {
        json.writeStringField("deliverable", w.deliverable().get());
      }
      json.writeStringField("reason", w.reason());
      if (w.expires().isPresent()) {
        json.writeStringField("expires", w.expires().get().toString());
      }
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeObjectFieldStart("counts");
    for (Severity s : Severity.values()) {
      json.writeNumberField(s.name(), a.counts().get(s));
    }
    json.writeNumberField("waived", a.waivedCount());
    json.writeEndObject();
    json.writeArrayFieldStart("findings");
    for (Finding f : a.findings()) {
      writeFinding(f, json);
    }
    json.writeEndArray();
    json.writeArrayFieldStart("coverage");
    for (PriorityActionCoverage c : a.coverage()) {
      json.writeStartObject();
      json.writeNumberField("priorityAction", c.number());
      json.writeNumberField("aim", c.aim());
      json.writeBooleanField("addressed", c.addressed());
      if (c.setAside()) {
        json.writeBooleanField("setAside", true);
      }
      if (c.setAsideReason().isPresent()) {
        json.writeStringField("setAsideReason", c.setAsideReason().get());
      }
      if (c.outcomeStatedAndCorrect().isPresent()) {
        json.writeBooleanField("outcomeStatedAndCorrect", c.outcomeStatedAndCorrect().get());
      }
      if (c.nationalIndicatorUsed().isPresent()) {
        json.writeBooleanField("nationalIndicatorUsed", c.nationalIndicatorUsed().get());
      }
      json.writeNumberField("localIndicators", c.localIndicators());
      json.writeNumberField("placeholderLocalIndicators", c.placeholderLocalIndicators());
      json.writeNumberField("deliverables", c.deliverables());
      json.writeNumberField("overdue", c.overdue());
      json.writeNumberField("errors", c.errors());
      json.writeNumberField("warnings", c.warnings());
      json.writeNumberField("info", c.info());
      json.writeNumberField("waived", c.waived());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("aims");
    for (AimCoverage c : a.aims()) {
      json.writeStartObject();
      json.writeNumberField("aim", c.number());
      json.writeStringField("text", c.text());
      json.writeArrayFieldStart("priorityActions");
      for (int pa : c.priorityActions()) {
        json.writeNumber(pa);
      }
      json.writeEndArray();
      json.writeNumberField("addressed", c.addressed());
      json.writeEndObject();
    }
    json.writeEndArray();
    json.writeArrayFieldStart("schedule");
    for (ScheduledDeliverable d : a.schedule()) {
      writeScheduled(d, json);
    }
    json.writeEndArray();
    json.writeFieldName("plan");
    MAPPER.writeTree(json, PlanWriter.toTree(a.plan()));
    json.writeEndObject();
  }

  private static void writeFinding(Finding f, JsonGenerator json) throws IOException {
    json.writeStartObject();
    json.writeStringField("ruleId", f.ruleId());
    json.writeStringField("key", f.key());
    json.writeStringField("severity", f.severity().name());
    json.writeStringField("message", f.message());
    json.writeStringField("path", f.path());
    if (f.line() > 0) {
      json.writeNumberField("line", f.line());
      json.writeNumberField("column", f.column());
    }
    if (f.cell().isPresent()) {
      json.writeStringField("cell", f.cell().get());
    }
    if (f.priorityAction().isPresent()) {
      json.writeNumberField("priorityAction", f.priorityAction().get());
    }
    if (f.deliverable().isPresent()) {
      json.writeStringField("deliverable", f.deliverable().get());
    }
    if (f.suggestion().isPresent()) {
      json.writeStringField("suggestion", f.suggestion().get());
    }
    if (f.source().isPresent()) {
      json.writeStringField("source", f.source().get());
    }
    if (f.waiver().isPresent()) {
      Waiver w = f.waiver().get();
      json.writeObjectFieldStart("waiver");
      json.writeStringField("reason", w.reason());
      if (w.expires().isPresent()) {
        json.writeStringField("expires", w.expires().get().toString());
      }
      json.writeEndObject();
    }
    json.writeEndObject();
  }

  private static void writeScheduled(ScheduledDeliverable d, JsonGenerator json)
      throws IOException {
    json.writeStartObject();
    json.writeStringField("path", d.path());
    json.writeStringField("position", d.position());
    if (d.priorityAction().isPresent()) {
      json.writeNumberField("priorityAction", d.priorityAction().get());
    }
    if (d.id().isPresent()) {
      json.writeStringField("id", d.id().get());
    }
    if (d.due().isPresent()) {
      json.writeStringField("due", d.due().get().toString());
    }
    if (d.from().isPresent()) {
      json.writeStringField("from", d.from().get().toString());
    }
    if (d.recurrence().isPresent()) {
      json.writeStringField("recurrence", d.recurrence().get());
    }
    json.writeStringField("state", d.state().name());
    json.writeEndObject();
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
    TreeReader.Located tree = new TreeReader(Limits.defaults()).read(bytes, source, Format.JSON);
    JsonNode root = tree.root();
    List<Problem> problems = new ArrayList<>();
    Located at = new Located(source, tree.sourceMap(), problems);
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
              .priorityAction(optInt(w, "priorityAction"))
              .deliverable(optText(w, "deliverable"))
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
              .line(f.path("line").asInt(0))
              .column(f.path("column").asInt(0))
              .cell(optText(f, "cell"))
              .priorityAction(optInt(f, "priorityAction"))
              .deliverable(optText(f, "deliverable"))
              .suggestion(optText(f, "suggestion"))
              .source(optText(f, "source"));
      optText(f, "key").ifPresent(finding::key);
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
              .setAside(c.path("setAside").asBoolean(false))
              .setAsideReason(optText(c, "setAsideReason"))
              .outcomeStatedAndCorrect(optBool(c, "outcomeStatedAndCorrect"))
              .nationalIndicatorUsed(optBool(c, "nationalIndicatorUsed"))
              .localIndicators(c.path("localIndicators").asInt())
              .placeholderLocalIndicators(c.path("placeholderLocalIndicators").asInt())
              .deliverables(c.path("deliverables").asInt())
              .overdue(c.path("overdue").asInt())
              .errors(c.path("errors").asInt(0))
              .warnings(c.path("warnings").asInt(0))
              .info(c.path("info").asInt(0))
              .waived(c.path("waived").asInt(0))
              .build());
    }
    for (JsonNode d : root.path("schedule")) {
      Optional<Deliverable> in = deliverableAt(plan, d.path("path").asText());
      if (in.isEmpty()) {
        continue;
      }
      out.addSchedule(ScheduledDeliverable.builder()
          .path(d.path("path").asText())
          .position(d.path("position").asText())
          .priorityAction(optInt(d, "priorityAction"))
          .id(optText(d, "id"))
          .description(in.get().description())
          .owners(in.get().owners())
          .status(in.get().status())
          .timescale(in.get().timescale())
          .due(optText(d, "due").map(LocalDate::parse))
          .from(optText(d, "from").map(LocalDate::parse))
          .recurrence(optText(d, "recurrence"))
          .state(ScheduledDeliverable.State.valueOf(d.path("state").asText()))
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

  /** The deliverable of the plan a schedule entry's path names. */
  private static Optional<Deliverable> deliverableAt(Plan plan, String path) {
    String[] parts = path.split("/");
    if (parts.length != 5 || !parts[3].equals("deliverables")) {
      return Optional.empty();
    }
    try {
      int owner = Integer.parseInt(parts[2]);
      int index = Integer.parseInt(parts[4]);
      List<Deliverable> list = parts[1].equals("priorityActions")
          ? plan.priorityActions().get(owner).deliverables()
          : plan.outcomes().get(owner).deliverables();
      return Optional.of(list.get(index));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  /** Collects problems at JSON Pointers, placed by the document's source map. */
  private record Located(String source, SourceMap map, List<Problem> problems) {
    void error(String pointer, String message) {
      SourceMap.Position p = map.position(map.deepestExisting(pointer))
          .orElse(SourceMap.Position.NONE);
      problems.add(Problem.builder().severity(Problem.Severity.ERROR).source(source)
          .line(p.line()).column(p.column()).pointer(pointer).message(message).build());
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
