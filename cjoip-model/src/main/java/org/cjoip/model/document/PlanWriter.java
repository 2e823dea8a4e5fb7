package org.cjoip.model.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Period;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Target;

/**
 * Writes plans as format version 1 documents, in the field order of the format's description.
 * An absent value and an empty list are left out, so reading what was written gives back an
 * equal plan. Thread-safe.
 */
public final class PlanWriter {

  // Shared with the annual return writer, so that both kinds of document are written alike.
  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  // Numbers kept exactly as the plan holds them: 1.50 stays 1.50.
  private static final ObjectReader TREE = JSON.reader().with(NODES);
  static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .stringQuotingChecker(new LineBreakQuoting())
              .build());

  /**
   * Quotes, besides what YAML needs quoted, any text a plain scalar would not give back as text
   * ({@code 1e5}, {@code 0x1F}, {@code .inf}, {@code ~}, {@code yes}: see
   * {@link YamlEvents#plainIsText}), and any text holding a character YAML reads as a line
   * break (NEL, U+0085): unquoted it would be folded to a space when read back; in double
   * quotes it is written as an escape.
   */
  private static final class LineBreakQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return value.indexOf('\u0085') >= 0 || !YamlEvents.plainIsText(value)
          || super.needToQuoteValue(value);
    }
  }

  private PlanWriter() {}

  /** The plan as a JSON document, ending in a newline. */
  public static String toJson(Plan plan) {
    return write(JSON, plan);
  }

  /** The plan as a YAML document. */
  public static String toYaml(Plan plan) {
    return write(YAML, plan);
  }

  /** The plan in the given text format; a workbook is written by the workbook writer. */
  public static String write(Plan plan, Format format) {
    return switch (format) {
      case JSON -> toJson(plan);
      case YAML -> toYaml(plan);
      case XLSX -> throw new IllegalArgumentException("a workbook is not text: write it with "
          + "org.cjoip.model.workbook.WorkbookWriter");
    };
  }

  /**
   * Writes the plan in a text format to {@code out} as it goes: the text
   * {@link #write(Plan, Format)} gives, without holding the document's tree or its text, so a
   * plan of a hundred thousand deliverables is written in little more memory than it holds.
   * {@code out} is flushed, not closed.
   */
  public static void write(Plan plan, Format format, Writer out) throws IOException {
    ObjectMapper mapper = switch (format) {
      case JSON -> JSON;
      case YAML -> YAML;
      case XLSX -> throw new IllegalArgumentException("a workbook is not text: write it with "
          + "org.cjoip.model.workbook.WorkbookWriter");
    };
    try (JsonGenerator g = mapper.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      write(plan, g);
    }
    if (format == Format.JSON) {
      out.write("\n");
    }
    out.flush();
  }

  private static String write(ObjectMapper mapper, Plan plan) {
    return text(mapper, toTree(plan));
  }

  /** A document's tree as text in the mapper's format, ending in a newline. */
  static String text(ObjectMapper mapper, JsonNode tree) {
    try {
      String out = mapper.writeValueAsString(tree);
      return out.endsWith("\n") ? out : out + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plan as a document tree. */
  public static ObjectNode toTree(Plan plan) {
    return tree(g -> write(plan, g));
  }

  /** What a writer writes to a generator. */
  interface Body {
    void write(JsonGenerator g) throws IOException;
  }

  /** The tree of what a writer writes to a generator, numbers kept exactly. */
  static ObjectNode tree(Body body) {
    try {
      TokenBuffer buffer = new TokenBuffer(JSON, false);
      body.write(buffer);
      return (ObjectNode) TREE.readTree(buffer.asParser(JSON));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Writes the plan's document to a generator as it goes, in the field order of the format,
   * without building its tree: a plan of a hundred thousand deliverables is written in the
   * memory of one.
   */
  public static void write(Plan plan, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", Plan.FORMAT_VERSION);
    g.writeStringField("title", plan.title());
    g.writeStringField("framework", plan.framework());
    period(g, plan.period());
    put(g, "approved", plan.approved().map(Object::toString));
    partnership(g, plan.partnership());
    if (plan.participationStatement().isPresent()) {
      g.writeObjectFieldStart("participationStatement");
      put(g, "summary", plan.participationStatement().get().summary());
      texts(g, "activities", plan.participationStatement().get().activities());
      g.writeEndObject();
    }
    if (plan.reporting().isPresent()) {
      g.writeObjectFieldStart("reporting");
      put(g, "annualReport", plan.reporting().get().annualReport());
      put(g, "reviewCycle", plan.reporting().get().reviewCycle());
      g.writeEndObject();
    }
    put(g, "outcomesAssessment", plan.outcomesAssessment());
    if (!plan.priorityActions().isEmpty()) {
      g.writeArrayFieldStart("priorityActions");
      for (PriorityActionResponse pa : plan.priorityActions()) {
        priorityAction(g, pa);
      }
      g.writeEndArray();
    }
    if (!plan.outcomes().isEmpty()) {
      g.writeArrayFieldStart("outcomes");
      for (StatedOutcome o : plan.outcomes()) {
        outcome(g, o);
      }
      g.writeEndArray();
    }
    if (!plan.indicators().isEmpty()) {
      g.writeArrayFieldStart("indicators");
      for (Indicator i : plan.indicators()) {
        indicator(g, i);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  /** A period, when there is one, the same in a plan and in an annual return. */
  static void period(JsonGenerator g, Optional<Period> period) throws IOException {
    if (period.isPresent()) {
      g.writeObjectFieldStart("period");
      g.writeStringField("start", period.get().start().toString());
      g.writeStringField("end", period.get().end().toString());
      g.writeEndObject();
    }
  }

  /** The partnership object, the same in a plan and in an annual return. */
  static void partnership(JsonGenerator g, Partnership partnership) throws IOException {
    g.writeObjectFieldStart("partnership");
    g.writeStringField("name", partnership.name());
    texts(g, "localAuthorities", partnership.localAuthorities());
    texts(g, "statutoryPartners",
        partnership.statutoryPartners().stream().map(Enum::name).toList());
    texts(g, "otherMembers", partnership.otherMembers());
    g.writeEndObject();
  }

  private static void priorityAction(JsonGenerator g, PriorityActionResponse pa)
      throws IOException {
    g.writeStartObject();
    g.writeNumberField("number", pa.number());
    put(g, "assessment", pa.assessment());
    if (pa.prioritised().isPresent()) {
      g.writeBooleanField("prioritised", pa.prioritised().get());
    }
    put(g, "nationalOutcome", pa.nationalOutcome());
    texts(g, "nationalIndicators", pa.nationalIndicators());
    texts(g, "localIndicators", pa.localIndicators());
    deliverables(g, pa.deliverables());
    g.writeEndObject();
  }

  private static void outcome(JsonGenerator g, StatedOutcome o) throws IOException {
    g.writeStartObject();
    put(g, "id", o.id());
    g.writeStringField("text", o.text());
    if (o.national().isPresent()) {
      g.writeBooleanField("national", o.national().get());
    }
    if (o.aim().isPresent()) {
      g.writeNumberField("aim", o.aim().get());
    }
    put(g, "area", o.area());
    if (!o.priorityActions().isEmpty()) {
      g.writeArrayFieldStart("priorityActions");
      for (int pa : o.priorityActions()) {
        g.writeNumber(pa);
      }
      g.writeEndArray();
    }
    texts(g, "indicators", o.indicators());
    deliverables(g, o.deliverables());
    g.writeEndObject();
  }

  private static void deliverables(JsonGenerator g, List<Deliverable> deliverables)
      throws IOException {
    if (deliverables.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("deliverables");
    for (Deliverable d : deliverables) {
      g.writeStartObject();
      put(g, "id", d.id());
      g.writeStringField("description", d.description());
      put(g, "priority", d.priority().map(Enum::name));
      texts(g, "owners", d.owners());
      texts(g, "impactMeasures", d.impactMeasures());
      put(g, "timescale", d.timescale());
      put(g, "due", d.due().map(Object::toString));
      put(g, "status", d.status().map(Enum::name));
      put(g, "completed", d.completed().map(Object::toString));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void indicator(JsonGenerator g, Indicator i) throws IOException {
    g.writeStartObject();
    g.writeStringField("name", i.name());
    if (i.priorityAction().isPresent()) {
      g.writeNumberField("priorityAction", i.priorityAction().get());
    }
    if (i.national().isPresent()) {
      g.writeBooleanField("national", i.national().get());
    }
    put(g, "unit", i.unit().map(Enum::name));
    if (i.baseline().isPresent()) {
      g.writeFieldName("baseline");
      figure(g, i.baseline().get());
    }
    if (i.target().isPresent()) {
      Target t = i.target().get();
      g.writeObjectFieldStart("target");
      put(g, "direction", t.direction().map(Enum::name));
      if (t.value().isPresent()) {
        g.writeNumberField("value", t.value().get());
      }
      put(g, "period", t.period().map(Object::toString));
      put(g, "text", t.text());
      g.writeEndObject();
    }
    if (!i.results().isEmpty()) {
      g.writeArrayFieldStart("results");
      for (Figure f : i.results()) {
        figure(g, f);
      }
      g.writeEndArray();
    }
    g.writeEndObject();
  }

  private static void figure(JsonGenerator g, Figure f) throws IOException {
    g.writeStartObject();
    put(g, "period", f.period().map(Object::toString));
    if (f.value().isPresent()) {
      g.writeNumberField("value", f.value().get());
    }
    put(g, "text", f.text());
    g.writeEndObject();
  }

  static void put(JsonGenerator g, String name, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeStringField(name, value.get());
    }
  }

  static void texts(JsonGenerator g, String name, List<String> values)
      throws IOException {
    if (!values.isEmpty()) {
      g.writeArrayFieldStart(name);
      for (String v : values) {
        g.writeString(v);
      }
      g.writeEndArray();
    }
  }

  /** The nodes a plan's document has, without text positions. */
  static SourceMap sourceMapOf(Plan plan) {
    return sourceMapOf(toTree(plan));
  }

  /** The nodes of a document's tree, without text positions. */
  static SourceMap sourceMapOf(JsonNode tree) {
    int[] count = {1};
    SourceMap.Node root = nodes(tree, count);
    return new SourceMap(root, count[0]);
  }

  private static SourceMap.Node nodes(JsonNode node, int[] count) {
    SourceMap.Node places = new SourceMap.Node(0, node.isObject());
    for (Map.Entry<String, JsonNode> e : node.isObject() ? node.properties()
        : java.util.Set.<Map.Entry<String, JsonNode>>of()) {
      member(places, e.getKey(), e.getValue(), count);
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        member(places, null, item, count);
      }
    }
    places.finish();
    return places;
  }

  private static void member(SourceMap.Node places, String key, JsonNode value, int[] count) {
    places.add(key, 0);
    count[0]++;
    if (value.isContainerNode()) {
      places.nest(nodes(value, count));
    }
  }
}
