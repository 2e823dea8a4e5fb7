package org.cjoip.rules.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.io.CharacterEscapes;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.DocumentTree;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.Limits;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.text.Ascii;
import org.cjoip.model.text.Printable;
import org.cjoip.model.time.Dates;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.AimCoverage;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.GivenReturn;
import org.cjoip.rules.MeasureFigure;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.ReturnSummary;
import org.cjoip.rules.RuleSetVersion;
import org.cjoip.rules.ScheduledDeliverable;
import org.cjoip.rules.Severity;
import org.cjoip.rules.Waiver;

/**
 * An {@link Assessment} as JSON, format version 1, described by the published schema
 * {@code assessment-v1.schema.json}. Fields come in a fixed order and no wall-clock time is
 * written, so the same assessment always gives byte-identical JSON. A report is written as it
 * is made, never held whole, and its text has DEL and the C1 control characters escaped as
 * well as those JSON escapes, so that printing it cannot drive a terminal.
 *
 * <p>A report is read back strictly: every field is checked, and a report that is not one
 * (a wrong type, an unknown field, a date or a number out of range) is refused with located
 * problems rather than trusted.
 */
public final class AssessmentJson {

  /** The assessment report format version. */
  public static final int FORMAT_VERSION = 1;

  /** Where the schema lies on the class path. */
  public static final String SCHEMA = "/org/cjoip/rules/schema/assessment-v1.schema.json";

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final JsonFactory FACTORY = new JsonFactory();
  private static final CharacterEscapes ESCAPES = new TerminalSafe();

  private static final List<String> ROOT = List.of("formatVersion", "source", "edition",
      "editionTitle", "editionSha256", "declaredEdition", "asOf", "libraryVersion",
      "rulesetVersion", "ruleSets", "configurationSha256", "configuration", "disabledRules",
      "waiversApplied",
      "counts", "findings", "annualReturn", "returns", "coverage", "aims", "schedule", "plan");
  private static final List<String> GIVEN_RETURN = List.of("reportingYear", "source", "used");
  private static final List<String> ANNUAL_RETURN = List.of("title", "reportingYear", "plan",
      "earlierReturns", "figureCounts", "figures");
  private static final List<String> FIGURE = List.of("priorityAction", "measure", "state",
      "value", "unit");
  private static final List<String> RULE_SET = List.of("name", "version");
  private static final List<String> WAIVER = List.of("rule", "path", "priorityAction",
      "deliverable", "reason", "expires");
  private static final List<String> SEVERITIES = List.of("ERROR", "WARNING", "INFO");
  private static final List<String> COUNTS = List.of("ERROR", "WARNING", "INFO", "waived");
  private static final List<String> FINDING = List.of("ruleId", "key", "severity", "message",
      "path", "line", "column", "cell", "priorityAction", "deliverable", "suggestion", "source",
      "waiver");
  private static final List<String> FINDING_WAIVER = List.of("reason", "expires");
  private static final List<String> COVERAGE = List.of("priorityAction", "aim", "addressed",
      "setAside", "setAsideReason", "outcomeStatedAndCorrect", "nationalIndicatorUsed",
      "localIndicators", "placeholderLocalIndicators", "deliverables", "overdue", "errors",
      "warnings", "info", "waived");
  private static final List<String> SCHEDULED = List.of("path", "position", "priorityAction",
      "id", "due", "from", "recurrence", "state");
  private static final List<String> AIM = List.of("aim", "text", "priorityActions",
      "addressed");
  private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

  private AssessmentJson() {}

  /** The assessment as a JSON document, ending in a newline. */
  public static String write(Assessment a) {
    StringWriter out = new StringWriter();
    try {
      write(a, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /**
   * Writes the assessment as a JSON document, ending in a newline, as it goes: however many
   * findings, no more than one of them is held as text at a time.
   */
  public static void write(Assessment a, Writer out) throws IOException {
    JsonGenerator g = generator(out).useDefaultPrettyPrinter();
    write(a, g);
    g.flush();
    out.write('\n');
  }

  /**
   * Writes several assessments as one JSON document, a list of reports, ending in a newline,
   * each report written as it is made.
   */
  public static void writeAll(List<Assessment> assessments, Writer out) throws IOException {
    out.write("[\n");
    for (int i = 0; i < assessments.size(); i++) {
      JsonGenerator g = generator(out).useDefaultPrettyPrinter();
      write(assessments.get(i), g);
      g.flush();
      out.write(i + 1 < assessments.size() ? ",\n" : "\n");
    }
    out.write("]\n");
  }

  /** The assessment as one line of JSON, for streaming many. */
  public static String writeLine(Assessment a) {
    StringWriter out = new StringWriter();
    try {
      writeLine(a, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the assessment as one line of JSON, without a line break. */
  public static void writeLine(Assessment a, Writer out) throws IOException {
    JsonGenerator g = generator(out);
    write(a, g);
    g.flush();
  }

  /** Writes any value to a generator with the escapes of a report, on one line. */
  public static void writeLine(JsonNode value, Writer out) throws IOException {
    JsonGenerator g = generator(out);
    g.setCodec(MAPPER);
    g.writeTree(value);
    g.flush();
  }

  /** The assessment as a document tree. */
  public static ObjectNode toTree(Assessment a) {
    try {
      return (ObjectNode) MAPPER.readTree(write(a));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static JsonGenerator generator(Writer out) throws IOException {
    JsonGenerator g = FACTORY.createGenerator(out);
    g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
    g.setCharacterEscapes(ESCAPES);
    return g;
  }

  private static void write(Assessment a, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", FORMAT_VERSION);
    g.writeStringField("source", a.source());
    g.writeStringField("edition", a.edition());
    g.writeStringField("editionTitle", a.editionTitle());
    if (a.editionSha256().isPresent()) {
      g.writeStringField("editionSha256", a.editionSha256().get());
    }
    g.writeStringField("declaredEdition", a.declaredEdition());
    g.writeStringField("asOf", a.asOf().toString());
    g.writeStringField("libraryVersion", a.libraryVersion());
    g.writeStringField("rulesetVersion", a.rulesetVersion());
    g.writeArrayFieldStart("ruleSets");
    for (RuleSetVersion set : a.ruleSets()) {
      g.writeStartObject();
      g.writeStringField("name", set.name());
      g.writeStringField("version", set.version());
      g.writeEndObject();
    }
    g.writeEndArray();
    if (a.configurationSha256().isPresent()) {
      g.writeStringField("configurationSha256", a.configurationSha256().get());
    }
    if (a.configuration().isPresent()) {
      g.writeStringField("configuration", a.configuration().get());
    }
    if (!a.disabledRules().isEmpty()) {
      g.writeArrayFieldStart("disabledRules");
      for (String id : a.disabledRules()) {
        g.writeString(id);
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("waiversApplied");
    for (Waiver w : a.waiversApplied()) {
      g.writeStartObject();
      g.writeStringField("rule", w.rule());
      // A waiver by subject, or by rule alone, names no path: none is written, not the root.
      if (!w.path().isEmpty()) {
        g.writeStringField("path", w.path());
      }
      if (w.priorityAction().isPresent()) {
        g.writeNumberField("priorityAction", w.priorityAction().get());
      }
      if (w.deliverable().isPresent()) {
        g.writeStringField("deliverable", w.deliverable().get());
      }
      g.writeStringField("reason", w.reason());
      if (w.expires().isPresent()) {
        g.writeStringField("expires", w.expires().get().toString());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeObjectFieldStart("counts");
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.name(), a.counts().get(s));
    }
    g.writeNumberField("waived", a.waivedCount());
    g.writeEndObject();
    g.writeArrayFieldStart("findings");
    for (Finding f : a.findings()) {
      finding(f, g);
    }
    g.writeEndArray();
    if (a.annualReturn().isPresent()) {
      annualReturn(a.annualReturn().get(), g);
    }
    if (!a.returns().isEmpty()) {
      g.writeArrayFieldStart("returns");
      for (GivenReturn r : a.returns()) {
        g.writeStartObject();
        g.writeStringField("reportingYear", r.reportingYear().toString());
        g.writeStringField("source", r.source());
        g.writeBooleanField("used", r.used());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeArrayFieldStart("coverage");
    for (PriorityActionCoverage c : a.coverage()) {
      g.writeStartObject();
      g.writeNumberField("priorityAction", c.number());
      g.writeNumberField("aim", c.aim());
      g.writeBooleanField("addressed", c.addressed());
      if (c.setAside()) {
        g.writeBooleanField("setAside", true);
      }
      if (c.setAsideReason().isPresent()) {
        g.writeStringField("setAsideReason", c.setAsideReason().get());
      }
      if (c.outcomeStatedAndCorrect().isPresent()) {
        g.writeBooleanField("outcomeStatedAndCorrect", c.outcomeStatedAndCorrect().get());
      }
      if (c.nationalIndicatorUsed().isPresent()) {
        g.writeBooleanField("nationalIndicatorUsed", c.nationalIndicatorUsed().get());
      }
      g.writeNumberField("localIndicators", c.localIndicators());
      g.writeNumberField("placeholderLocalIndicators", c.placeholderLocalIndicators());
      g.writeNumberField("deliverables", c.deliverables());
      g.writeNumberField("overdue", c.overdue());
      g.writeNumberField("errors", c.errors());
      g.writeNumberField("warnings", c.warnings());
      g.writeNumberField("info", c.info());
      g.writeNumberField("waived", c.waived());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("aims");
    for (AimCoverage c : a.aims()) {
      g.writeStartObject();
      g.writeNumberField("aim", c.number());
      g.writeStringField("text", c.text());
      g.writeArrayFieldStart("priorityActions");
      for (int pa : c.priorityActions()) {
        g.writeNumber(pa);
      }
      g.writeEndArray();
      g.writeNumberField("addressed", c.addressed());
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeArrayFieldStart("schedule");
    for (ScheduledDeliverable d : a.schedule()) {
      scheduled(d, g);
    }
    g.writeEndArray();
    g.writeFieldName("plan");
    PlanWriter.write(a.plan(), g);
    g.writeEndObject();
  }

  private static void annualReturn(ReturnSummary r, JsonGenerator g) throws IOException {
    g.writeObjectFieldStart("annualReturn");
    g.writeStringField("title", r.title());
    g.writeStringField("reportingYear", r.reportingYear().toString());
    g.writeStringField("plan", r.planSource());
    g.writeArrayFieldStart("earlierReturns");
    for (String source : r.earlierSources()) {
      g.writeString(source);
    }
    g.writeEndArray();
    g.writeObjectFieldStart("figureCounts");
    for (MeasureFigure.State s : MeasureFigure.State.values()) {
      g.writeNumberField(s.name(), r.figureCounts().get(s));
    }
    g.writeEndObject();
    g.writeArrayFieldStart("figures");
    for (MeasureFigure f : r.figures()) {
      g.writeStartObject();
      g.writeNumberField("priorityAction", f.priorityAction());
      g.writeStringField("measure", f.measureId());
      g.writeStringField("state", f.state().name());
      if (f.value().isPresent()) {
        g.writeNumberField("value", f.value().get());
      }
      if (f.unit().isPresent()) {
        g.writeStringField("unit", f.unit().get().name());
      }
      g.writeEndObject();
    }
    g.writeEndArray();
    g.writeEndObject();
  }

  private static void finding(Finding f, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("ruleId", f.ruleId());
    g.writeStringField("key", f.key());
    g.writeStringField("severity", f.severity().name());
    g.writeStringField("message", f.message());
    g.writeStringField("path", f.path());
    if (f.line() > 0) {
      g.writeNumberField("line", f.line());
      g.writeNumberField("column", f.column());
    }
    if (f.cell().isPresent()) {
      g.writeStringField("cell", f.cell().get());
    }
    if (f.priorityAction().isPresent()) {
      g.writeNumberField("priorityAction", f.priorityAction().get());
    }
    if (f.deliverable().isPresent()) {
      g.writeStringField("deliverable", f.deliverable().get());
    }
    if (f.suggestion().isPresent()) {
      g.writeStringField("suggestion", f.suggestion().get());
    }
    if (f.source().isPresent()) {
      g.writeStringField("source", f.source().get());
    }
    if (f.waiver().isPresent()) {
      g.writeObjectFieldStart("waiver");
      g.writeStringField("reason", f.waiver().get().reason());
      if (f.waiver().get().expires().isPresent()) {
        g.writeStringField("expires", f.waiver().get().expires().get().toString());
      }
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void scheduled(ScheduledDeliverable d, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeStringField("path", d.path());
    g.writeStringField("position", d.position());
    if (d.priorityAction().isPresent()) {
      g.writeNumberField("priorityAction", d.priorityAction().get());
    }
    if (d.id().isPresent()) {
      g.writeStringField("id", d.id().get());
    }
    if (d.due().isPresent()) {
      g.writeStringField("due", d.due().get().toString());
    }
    if (d.from().isPresent()) {
      g.writeStringField("from", d.from().get().toString());
    }
    if (d.recurrence().isPresent()) {
      g.writeStringField("recurrence", d.recurrence().get());
    }
    g.writeStringField("state", d.state().name());
    g.writeEndObject();
  }

  /** Escapes DEL and the C1 controls too, which JSON allows raw and a terminal obeys. */
  private static final class TerminalSafe extends CharacterEscapes {
    private static final long serialVersionUID = 1L;
    private static final int[] ASCII = standardAsciiEscapesForJSON();

    static {
      ASCII[0x7F] = ESCAPE_STANDARD;
    }

    @Override
    public int[] getEscapeCodesForAscii() {
      return ASCII;
    }

    @Override
    public SerializableString getEscapeSequence(int ch) {
      return ch >= 0x80 && ch <= 0x9F
          ? new SerializedString(String.format("\\u%04x", ch)) : null;
    }
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
          : parts[1].equals("outcomes") ? plan.outcomes().get(owner).deliverables() : List.of();
      return Optional.of(list.get(index));
    } catch (NumberFormatException | IndexOutOfBoundsException e) {
      return Optional.empty();
    }
  }

  // --- reading -------------------------------------------------------------------------

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
   * Reads an assessment report file, opened as every input is (a regular file within the size
   * limit), as {@link #read(byte[], String)} reads its bytes.
   */
  public static Assessment read(Path file) throws DocumentException {
    return read(DocumentTree.read(file, Format.JSON, Limits.defaults(), "an assessment report"));
  }

  /**
   * Reads an assessment report document, strictly: every field is checked, each problem is
   * located by line, column and JSON Pointer, and nothing the report says is taken on trust.
   *
   * @throws DocumentException with every problem found
   */
  public static Assessment read(byte[] bytes, String source) throws DocumentException {
    return read(DocumentTree.read(bytes, source, Format.JSON, Limits.defaults()));
  }

  private static Assessment read(DocumentTree tree) throws DocumentException {
    Fields in = new Fields(tree);
    JsonNode root = tree.root();
    if (!root.isObject()) {
      throw new DocumentException(
          tree.error("", "expected an assessment report, a JSON object"));
    }
    JsonNode version = root.get("formatVersion");
    if (version == null || !version.isIntegralNumber() || !version.canConvertToInt()
        || version.intValue() != FORMAT_VERSION) {
      throw new DocumentException(tree.error(version == null ? "" : "/formatVersion",
          "expected an assessment report of format version " + FORMAT_VERSION
              + " (the whole number " + FORMAT_VERSION + ")"));
    }
    in.known(root, "", ROOT);
    Assessment.Builder out = Assessment.builder();
    in.text(root, "", "source", false).ifPresent(out::source);
    in.text(root, "", "edition", true).ifPresent(out::edition);
    in.text(root, "", "editionTitle", false).ifPresent(out::editionTitle);
    in.sha256(root, "", "editionSha256").ifPresent(out::editionSha256);
    in.text(root, "", "declaredEdition", true).ifPresent(out::declaredEdition);
    in.date(root, "", "asOf", true).ifPresent(out::asOf);
    in.text(root, "", "libraryVersion", true).ifPresent(out::libraryVersion);
    in.text(root, "", "rulesetVersion", true).ifPresent(out::rulesetVersion);
    in.sha256(root, "", "configurationSha256").ifPresent(out::configurationSha256);
    in.optionalText(root, "", "configuration").ifPresent(out::configuration);
    in.optionalTexts(root, "", "disabledRules").forEach(out::addDisabledRules);
    in.objects(root, "", "ruleSets", RULE_SET, (set, at) -> {
      Optional<String> name = in.text(set, at, "name", true);
      Optional<String> v = in.text(set, at, "version", true);
      if (name.isPresent() && v.isPresent()) {
        out.addRuleSets(RuleSetVersion.of(name.get(), v.get()));
      }
    });
    in.objects(root, "", "waiversApplied", WAIVER,
        // A waiver with no path covers anywhere in the plan: the root, "".
        (w, at) -> in.waiver(w, at, in.text(w, at, "rule", true),
            w.has("path") ? in.pointer(w, at, "path") : Optional.of(""))
            .ifPresent(out::addWaiversApplied));
    if (in.required(root, "", "counts", "an object of counts by severity")) {
      JsonNode counts = root.get("counts");
      if (!counts.isObject()) {
        in.error("/counts", "expected counts, an object");
      } else {
        in.known(counts, "/counts", COUNTS);
        for (String s : SEVERITIES) {
          in.count(counts, "/counts", s, true);
        }
        in.count(counts, "/counts", "waived", false);
      }
    }
    in.objects(root, "", "findings", FINDING, (f, at) -> in.finding(f, at)
        .ifPresent(out::addFindings));
    if (root.has("annualReturn")) {
      in.annualReturn(root.get("annualReturn"), "/annualReturn").ifPresent(out::annualReturn);
    }
    if (root.has("returns")) {
      in.objects(root, "", "returns", GIVEN_RETURN, (r, at) -> in.givenReturn(r, at)
          .ifPresent(out::addReturns));
    }
    in.objects(root, "", "coverage", COVERAGE, (c, at) -> in.coverage(c, at)
        .ifPresent(out::addCoverage));
    in.objects(root, "", "aims", AIM, (c, at) -> in.aim(c, at).ifPresent(out::addAims));
    Optional<Plan> plan = in.plan(root);
    plan.ifPresent(p -> {
      if (root.has("schedule")) {
        in.objects(root, "", "schedule", SCHEDULED, (d, at) -> in.scheduled(d, at, p)
            .ifPresent(out::addSchedule));
      }
    });
    in.throwIfAny();
    return out.plan(plan.orElseThrow()).build();
  }

  /** Checks a report's fields by hand, each problem located; binding carries on past one. */
  private static final class Fields {
    private final DocumentTree tree;
    private final List<Problem> problems = new ArrayList<>();

    Fields(DocumentTree tree) {
      this.tree = tree;
    }

    void error(String pointer, String message) {
      problems.add(tree.error(pointer, message));
    }

    void throwIfAny() throws DocumentException {
      if (!problems.isEmpty()) {
        problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
            : Integer.compare(a.column(), b.column()));
        throw new DocumentException(problems);
      }
    }

    void known(JsonNode object, String at, List<String> fields) {
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        if (!fields.contains(e.getKey())) {
          error(at + "/" + SourceMap.escape(e.getKey()),
              "unknown field '" + Printable.quote(e.getKey()) + "' in an assessment report");
        }
      }
    }

    boolean required(JsonNode object, String at, String name, String what) {
      JsonNode v = object.get(name);
      if (v == null || v.isNull()) {
        error(at, "missing " + name + ", " + what);
        return false;
      }
      return true;
    }

    Optional<String> text(JsonNode object, String at, String name, boolean nonBlank) {
      if (!required(object, at, name, "a string")) {
        return Optional.empty();
      }
      JsonNode v = object.get(name);
      if (!v.isTextual()) {
        error(at + "/" + name, "expected " + name + " to be a string, found "
            + DocumentTree.describe(v));
        return Optional.empty();
      }
      if (nonBlank && v.textValue().isBlank()) {
        error(at + "/" + name, "expected " + name + " to be a string that is not blank");
        return Optional.empty();
      }
      return Optional.of(v.textValue());
    }

    Optional<String> optionalText(JsonNode object, String at, String name) {
      return object.has(name) ? text(object, at, name, false) : Optional.empty();
    }

    /** A list of strings that may be left out, as an empty list. */
    List<String> optionalTexts(JsonNode object, String at, String name) {
      if (!object.has(name)) {
        return List.of();
      }
      JsonNode list = object.get(name);
      if (!list.isArray()) {
        error(at + "/" + name, "expected " + name + ", a list of strings");
        return List.of();
      }
      List<String> out = new ArrayList<>();
      for (int i = 0; i < list.size(); i++) {
        if (list.get(i).isTextual()) {
          out.add(list.get(i).textValue());
        } else {
          error(at + "/" + name + "/" + i, "expected a string, found "
              + DocumentTree.describe(list.get(i)));
        }
      }
      return out;
    }

    Optional<String> sha256(JsonNode object, String at, String name) {
      if (!object.has(name)) {
        return Optional.empty();
      }
      Optional<String> sha = text(object, at, name, true);
      if (sha.isPresent() && !SHA256.matcher(sha.get()).matches()) {
        error(at + "/" + name, "expected a SHA-256 as 64 lower-case hex digits, found '"
            + Printable.quote(sha.get()) + "'");
        return Optional.empty();
      }
      return sha;
    }

    Optional<LocalDate> date(JsonNode object, String at, String name, boolean required) {
      if (!required && !object.has(name)) {
        return Optional.empty();
      }
      return text(object, at, name, false).flatMap(t -> {
        try {
          return Optional.of(Dates.parse(t));
        } catch (IllegalArgumentException e) {
          error(at + "/" + name, "expected " + e.getMessage() + ", found '"
              + Printable.quote(t) + "'");
          return Optional.empty();
        }
      });
    }

    /** A JSON Pointer into the plan: empty for the plan itself, or starting with '/'. */
    Optional<String> pointer(JsonNode object, String at, String name) {
      return text(object, at, name, false).filter(p -> {
        if (p.isEmpty() || p.startsWith("/")) {
          return true;
        }
        error(at + "/" + name, "expected a JSON Pointer, empty or starting with '/', found '"
            + Printable.quote(p) + "'");
        return false;
      });
    }

    Optional<Integer> integer(JsonNode object, String at, String name, int min, int max,
        boolean required) {
      if (!required && !object.has(name)) {
        return Optional.empty();
      }
      if (!required(object, at, name, "a whole number")) {
        return Optional.empty();
      }
      JsonNode v = object.get(name);
      if (!v.isIntegralNumber() || !v.canConvertToInt() || v.intValue() < min
          || v.intValue() > max) {
        error(at + "/" + name, "expected a whole number from " + min + " to " + max
            + ", found " + (v.isNumber() ? Printable.quote(v.asText())
                : DocumentTree.describe(v)));
        return Optional.empty();
      }
      return Optional.of(v.intValue());
    }

    Optional<GivenReturn> givenReturn(JsonNode r, String at) {
      int before = problems.size();
      Optional<FinancialYear> year = reportingYear(r, at);
      Optional<String> source = text(r, at, "source", false);
      Optional<Boolean> used = bool(r, at, "used", true);
      return problems.size() > before ? Optional.empty()
          : build(at, () -> GivenReturn.builder().reportingYear(year.get()).source(source.get())
              .used(used.get()).build());
    }

    private Optional<FinancialYear> reportingYear(JsonNode r, String at) {
      return text(r, at, "reportingYear", true).flatMap(y -> {
        try {
          return Optional.of(FinancialYear.parse(y));
        } catch (IllegalArgumentException e) {
          error(at + "/reportingYear", "expected a reporting year written YYYY/YY, found '"
              + Printable.quote(y) + "'");
          return Optional.empty();
        }
      });
    }

    Optional<ReturnSummary> annualReturn(JsonNode r, String at) {
      if (!r.isObject()) {
        error(at, "expected the annual return checked, an object");
        return Optional.empty();
      }
      known(r, at, ANNUAL_RETURN);
      ReturnSummary.Builder out = ReturnSummary.builder();
      int problems = this.problems.size();
      text(r, at, "title", false).ifPresent(out::title);
      text(r, at, "plan", false).ifPresent(out::planSource);
      reportingYear(r, at).ifPresent(out::reportingYear);
      JsonNode earlier = r.get("earlierReturns");
      if (earlier == null || !earlier.isArray()) {
        error(at + "/earlierReturns", "expected the earlier returns' names, an array");
      } else {
        for (int i = 0; i < earlier.size(); i++) {
          if (earlier.get(i).isTextual()) {
            out.addEarlierSources(earlier.get(i).textValue());
          } else {
            error(at + "/earlierReturns/" + i, "expected a name, a string");
          }
        }
      }
      if (required(r, at, "figureCounts", "an object of counts by state")) {
        JsonNode counts = r.get("figureCounts");
        if (!counts.isObject()) {
          error(at + "/figureCounts", "expected counts, an object");
        } else {
          known(counts, at + "/figureCounts",
              Arrays.stream(MeasureFigure.State.values()).map(Enum::name).toList());
          for (MeasureFigure.State s : MeasureFigure.State.values()) {
            count(counts, at + "/figureCounts", s.name(), true);
          }
        }
      }
      objects(r, at, "figures", FIGURE, (f, fat) -> figure(f, fat).ifPresent(out::addFigures));
      return this.problems.size() == problems ? Optional.of(out.build()) : Optional.empty();
    }

    private Optional<MeasureFigure> figure(JsonNode f, String at) {
      int problems = this.problems.size();
      MeasureFigure.Builder out = MeasureFigure.builder();
      integer(f, at, "priorityAction", 1, 13, true).ifPresent(out::priorityAction);
      text(f, at, "measure", true).ifPresent(out::measureId);
      text(f, at, "state", true).ifPresent(s -> constant(MeasureFigure.State.class, s,
          at + "/state").ifPresent(out::state));
      if (f.has("value")) {
        JsonNode v = f.get("value");
        if (v.isNumber() && Figure.isFigure(v.decimalValue())) {
          out.value(v.decimalValue());
        } else {
          error(at + "/value", "expected a figure, a number, found "
              + (v.isNumber() ? Printable.quote(v.asText()) : DocumentTree.describe(v)));
        }
      }
      if (f.has("unit")) {
        text(f, at, "unit", true).ifPresent(u -> constant(Unit.class, u, at + "/unit")
            .ifPresent(out::unit));
      }
      if (this.problems.size() != problems) {
        return Optional.empty();
      }
      try {
        return Optional.of(out.build());
      } catch (IllegalStateException e) {
        error(at, e.getMessage());
        return Optional.empty();
      }
    }

    private <E extends Enum<E>> Optional<E> constant(Class<E> type, String text, String at) {
      Optional<E> e = Ascii.constant(type, text);
      if (e.isPresent()) {
        return e;
      }
      error(at, "expected one of " + Arrays.stream(type.getEnumConstants()).map(Enum::name)
          .toList() + ", found '" + Printable.quote(text) + "'");
      return Optional.empty();
    }

    Optional<Integer> count(JsonNode object, String at, String name, boolean required) {
      return integer(object, at, name, 0, Integer.MAX_VALUE, required);
    }

    Optional<Boolean> bool(JsonNode object, String at, String name, boolean required) {
      if (!required && !object.has(name)) {
        return Optional.empty();
      }
      if (!required(object, at, name, "true or false")) {
        return Optional.empty();
      }
      JsonNode v = object.get(name);
      if (!v.isBoolean()) {
        error(at + "/" + name, "expected true or false, found " + DocumentTree.describe(v));
        return Optional.empty();
      }
      return Optional.of(v.booleanValue());
    }

    /** Each object of a list, checked for unknown fields, then given to the binder. */
    void objects(JsonNode object, String at, String name, List<String> fields,
        java.util.function.BiConsumer<JsonNode, String> bind) {
      if (!required(object, at, name, "a list")) {
        return;
      }
      JsonNode list = object.get(name);
      if (!list.isArray()) {
        error(at + "/" + name, "expected " + name + ", a list");
        return;
      }
      for (int i = 0; i < list.size(); i++) {
        String here = at + "/" + name + "/" + i;
        JsonNode item = list.get(i);
        if (!item.isObject()) {
          error(here, "expected an object, found " + DocumentTree.describe(item));
          continue;
        }
        known(item, here, fields);
        bind.accept(item, here);
      }
    }

    Optional<Waiver> waiver(JsonNode w, String at, Optional<String> rule,
        Optional<String> path) {
      int before = problems.size();
      Optional<String> reason = text(w, at, "reason", true);
      Optional<LocalDate> expires = date(w, at, "expires", false);
      Optional<Integer> pa = integer(w, at, "priorityAction", 1, 13, false);
      Optional<String> deliverable = optionalText(w, at, "deliverable");
      if (rule.isEmpty() || path.isEmpty() || problems.size() > before) {
        return Optional.empty();
      }
      return Optional.of(Waiver.builder().rule(rule.get()).path(path.get()).priorityAction(pa)
          .deliverable(deliverable).reason(reason.get()).expires(expires).build());
    }

    Optional<Finding> finding(JsonNode f, String at) {
      int before = problems.size();
      Optional<String> rule = text(f, at, "ruleId", true);
      Optional<Severity> severity = severity(f, at);
      Optional<String> message = text(f, at, "message", false);
      Optional<String> path = pointer(f, at, "path");
      Optional<String> key = optionalText(f, at, "key");
      Optional<Integer> line = integer(f, at, "line", 1, Integer.MAX_VALUE, false);
      Optional<Integer> column = integer(f, at, "column", 1, Integer.MAX_VALUE, false);
      Optional<String> cell = optionalText(f, at, "cell");
      Optional<Integer> pa = integer(f, at, "priorityAction", 1, 13, false);
      Optional<String> deliverable = optionalText(f, at, "deliverable");
      Optional<String> suggestion = optionalText(f, at, "suggestion");
      Optional<String> source = optionalText(f, at, "source");
      Optional<Waiver> waiver = Optional.empty();
      if (f.has("waiver")) {
        JsonNode w = f.get("waiver");
        if (!w.isObject()) {
          error(at + "/waiver", "expected an object, found " + DocumentTree.describe(w));
        } else {
          known(w, at + "/waiver", FINDING_WAIVER);
          waiver = waiver(w, at + "/waiver", rule, path);
        }
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      Finding.Builder out = Finding.builder().ruleId(rule.get()).severity(severity.get())
          .message(message.get()).path(path.get()).line(line.orElse(0))
          .column(column.orElse(0)).cell(cell).priorityAction(pa).deliverable(deliverable)
          .suggestion(suggestion).source(source).waiver(waiver);
      key.ifPresent(out::key);
      return build(at, out::build);
    }

    private Optional<Severity> severity(JsonNode f, String at) {
      JsonNode v = f.get("severity");
      Optional<Severity> s = v != null && v.isTextual()
          ? Ascii.constant(Severity.class, v.textValue()) : Optional.empty();
      if (s.isEmpty()) {
        error(v == null ? at : at + "/severity", "expected a severity of ERROR, WARNING or"
            + " INFO, found '" + (v == null ? "" : Printable.quote(v.asText())) + "'");
      }
      return s;
    }

    Optional<PriorityActionCoverage> coverage(JsonNode c, String at) {
      int before = problems.size();
      PriorityActionCoverage.Builder out = PriorityActionCoverage.builder();
      integer(c, at, "priorityAction", 1, 13, true).ifPresent(out::number);
      integer(c, at, "aim", 1, 4, true).ifPresent(out::aim);
      bool(c, at, "addressed", true).ifPresent(out::addressed);
      bool(c, at, "setAside", false).ifPresent(out::setAside);
      out.setAsideReason(optionalText(c, at, "setAsideReason"));
      out.outcomeStatedAndCorrect(bool(c, at, "outcomeStatedAndCorrect", false));
      out.nationalIndicatorUsed(bool(c, at, "nationalIndicatorUsed", false));
      count(c, at, "localIndicators", true).ifPresent(out::localIndicators);
      count(c, at, "placeholderLocalIndicators", true)
          .ifPresent(out::placeholderLocalIndicators);
      count(c, at, "deliverables", true).ifPresent(out::deliverables);
      count(c, at, "overdue", true).ifPresent(out::overdue);
      count(c, at, "errors", false).ifPresent(out::errors);
      count(c, at, "warnings", false).ifPresent(out::warnings);
      count(c, at, "info", false).ifPresent(out::info);
      count(c, at, "waived", false).ifPresent(out::waived);
      return problems.size() > before ? Optional.empty() : build(at, out::build);
    }

    Optional<AimCoverage> aim(JsonNode c, String at) {
      int before = problems.size();
      AimCoverage.Builder out = AimCoverage.builder();
      integer(c, at, "aim", 1, 4, true).ifPresent(out::number);
      text(c, at, "text", false).ifPresent(out::text);
      count(c, at, "addressed", true).ifPresent(out::addressed);
      if (required(c, at, "priorityActions", "a list of priority action numbers")) {
        JsonNode list = c.get("priorityActions");
        if (!list.isArray()) {
          error(at + "/priorityActions", "expected a list of priority action numbers");
        } else {
          for (int i = 0; i < list.size(); i++) {
            JsonNode n = list.get(i);
            if (n.isIntegralNumber() && n.canConvertToInt() && n.intValue() >= 1
                && n.intValue() <= 13) {
              out.addPriorityActions(n.intValue());
            } else {
              error(at + "/priorityActions/" + i, "expected a whole number from 1 to 13");
            }
          }
        }
      }
      return problems.size() > before ? Optional.empty() : build(at, out::build);
    }

    /**
     * A deliverable of the schedule; its description, owners, status and timescale are the
     * plan's, found by its path.
     */
    Optional<ScheduledDeliverable> scheduled(JsonNode d, String at, Plan plan) {
      int before = problems.size();
      Optional<String> path = pointer(d, at, "path");
      Optional<String> position = text(d, at, "position", true);
      Optional<Integer> pa = integer(d, at, "priorityAction", 1, 13, false);
      Optional<String> id = optionalText(d, at, "id");
      Optional<LocalDate> due = date(d, at, "due", false);
      Optional<LocalDate> from = date(d, at, "from", false);
      Optional<String> recurrence = optionalText(d, at, "recurrence");
      Optional<ScheduledDeliverable.State> state = text(d, at, "state", true)
          .flatMap(t -> Ascii.constant(ScheduledDeliverable.State.class, t));
      if (state.isEmpty() && d.has("state") && problems.size() == before) {
        error(at + "/state", "expected a state of "
            + java.util.Arrays.toString(ScheduledDeliverable.State.values()));
      }
      Optional<Deliverable> in = path.flatMap(p -> deliverableAt(plan, p));
      if (path.isPresent() && in.isEmpty()) {
        error(at + "/path", "expected the pointer of a deliverable of the plan, found '"
            + Printable.quote(path.get()) + "'");
      }
      if (problems.size() > before) {
        return Optional.empty();
      }
      return build(at, () -> ScheduledDeliverable.builder().path(path.get())
          .position(position.get()).priorityAction(pa).id(id)
          .description(in.get().description()).owners(in.get().owners())
          .status(in.get().status()).timescale(in.get().timescale()).due(due).from(from)
          .recurrence(recurrence).state(state.get()).build());
    }

    /** Builds a value whose fields were all well formed; a broken invariant is located. */
    private <T> Optional<T> build(String at, java.util.function.Supplier<T> build) {
      try {
        return Optional.of(build.get());
      } catch (IllegalStateException e) {
        error(at, Printable.quote(String.valueOf(e.getMessage())));
        return Optional.empty();
      }
    }

    /** The plan assessed, read as a plan document where the report holds it. */
    Optional<Plan> plan(JsonNode root) {
      if (!required(root, "", "plan", "the plan assessed, an object")) {
        return Optional.empty();
      }
      JsonNode plan = root.get("plan");
      if (!plan.isObject()) {
        error("/plan", "expected the plan assessed, an object");
        return Optional.empty();
      }
      try {
        PlanReader reader = PlanReader.of(PlanReader.Options.builder().anyFramework(true)
            .build());
        return Optional.of(reader.read(plan, tree.sourceMap().at("/plan"), tree.source())
            .plan());
      } catch (DocumentException e) {
        // The plan's problems, placed in the report document.
        for (Problem p : e.problems()) {
          error("/plan" + p.pointer(), p.message());
        }
        return Optional.empty();
      }
    }
  }
}
