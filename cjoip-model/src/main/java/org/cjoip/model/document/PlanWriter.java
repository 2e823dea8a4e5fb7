package org.cjoip.model.document;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;

/**
 * Writes plans as format version 1 documents, in the field order of the format's description.
 * An absent value and an empty list are left out, so reading what was written gives back an
 * equal plan. Thread-safe.
 */
public final class PlanWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
  private static final ObjectMapper YAML =
      new ObjectMapper(
          YAMLFactory.builder()
              .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
              .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
              .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
              .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
              .stringQuotingChecker(new LineBreakQuoting())
              .build());

  /**
   * Quotes, besides what YAML needs quoted, any text holding a character YAML reads as a line
   * break (NEL, U+0085): unquoted it would be folded to a space when read back; in double
   * quotes it is written as an escape.
   */
  private static final class LineBreakQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean needToQuoteValue(String value) {
      return value.indexOf('\u0085') >= 0 || super.needToQuoteValue(value);
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

  private static String write(ObjectMapper mapper, Plan plan) {
    try {
      String out = mapper.writeValueAsString(toTree(plan));
      return out.endsWith("\n") ? out : out + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The plan as a document tree. */
  public static ObjectNode toTree(Plan plan) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", Plan.FORMAT_VERSION);
    root.put("title", plan.title());
    root.put("framework", plan.framework());
    plan.period()
        .ifPresent(
            p -> {
              ObjectNode period = root.putObject("period");
              period.put("start", p.start().toString());
              period.put("end", p.end().toString());
            });
    put(root, "approved", plan.approved().map(Object::toString));
    ObjectNode partnership = root.putObject("partnership");
    partnership.put("name", plan.partnership().name());
    texts(partnership, "localAuthorities", plan.partnership().localAuthorities());
    texts(partnership, "statutoryPartners",
        plan.partnership().statutoryPartners().stream().map(Enum::name).toList());
    texts(partnership, "otherMembers", plan.partnership().otherMembers());
    plan.participationStatement()
        .ifPresent(
            s -> {
              ObjectNode node = root.putObject("participationStatement");
              put(node, "summary", s.summary());
              texts(node, "activities", s.activities());
            });
    plan.reporting()
        .ifPresent(
            r -> {
              ObjectNode node = root.putObject("reporting");
              put(node, "annualReport", r.annualReport());
              put(node, "reviewCycle", r.reviewCycle());
            });
    put(root, "outcomesAssessment", plan.outcomesAssessment());
    if (!plan.priorityActions().isEmpty()) {
      ArrayNode list = root.putArray("priorityActions");
      plan.priorityActions().forEach(pa -> list.add(priorityAction(pa)));
    }
    if (!plan.outcomes().isEmpty()) {
      ArrayNode list = root.putArray("outcomes");
      plan.outcomes().forEach(o -> list.add(outcome(o)));
    }
    if (!plan.indicators().isEmpty()) {
      ArrayNode list = root.putArray("indicators");
      plan.indicators().forEach(i -> list.add(indicator(i)));
    }
    return root;
  }

  private static ObjectNode priorityAction(PriorityActionResponse pa) {
    ObjectNode node = NODES.objectNode();
    node.put("number", pa.number());
    put(node, "assessment", pa.assessment());
    pa.prioritised().ifPresent(p -> node.put("prioritised", p));
    put(node, "nationalOutcome", pa.nationalOutcome());
    texts(node, "nationalIndicators", pa.nationalIndicators());
    texts(node, "localIndicators", pa.localIndicators());
    deliverables(node, pa.deliverables());
    return node;
  }

  private static ObjectNode outcome(StatedOutcome o) {
    ObjectNode node = NODES.objectNode();
    put(node, "id", o.id());
    node.put("text", o.text());
    o.national().ifPresent(n -> node.put("national", n));
    o.aim().ifPresent(a -> node.put("aim", a));
    put(node, "area", o.area());
    if (!o.priorityActions().isEmpty()) {
      ArrayNode list = node.putArray("priorityActions");
      o.priorityActions().forEach(list::add);
    }
    texts(node, "indicators", o.indicators());
    deliverables(node, o.deliverables());
    return node;
  }

  private static void deliverables(ObjectNode parent, List<Deliverable> deliverables) {
    if (deliverables.isEmpty()) {
      return;
    }
    ArrayNode list = parent.putArray("deliverables");
    for (Deliverable d : deliverables) {
      ObjectNode node = list.addObject();
      put(node, "id", d.id());
      node.put("description", d.description());
      put(node, "priority", d.priority().map(Enum::name));
      texts(node, "owners", d.owners());
      texts(node, "impactMeasures", d.impactMeasures());
      put(node, "timescale", d.timescale());
      put(node, "due", d.due().map(Object::toString));
      put(node, "status", d.status().map(Enum::name));
      put(node, "completed", d.completed().map(Object::toString));
    }
  }

  private static ObjectNode indicator(Indicator i) {
    ObjectNode node = NODES.objectNode();
    node.put("name", i.name());
    i.priorityAction().ifPresent(pa -> node.put("priorityAction", pa));
    i.national().ifPresent(n -> node.put("national", n));
    put(node, "unit", i.unit().map(Enum::name));
    i.baseline().ifPresent(f -> node.set("baseline", figure(f)));
    i.target()
        .ifPresent(
            t -> {
              ObjectNode target = node.putObject("target");
              put(target, "direction", t.direction().map(Enum::name));
              t.value().ifPresent(v -> target.put("value", v));
              put(target, "period", t.period().map(Object::toString));
              put(target, "text", t.text());
            });
    if (!i.results().isEmpty()) {
      ArrayNode list = node.putArray("results");
      i.results().forEach(f -> list.add(figure(f)));
    }
    return node;
  }

  private static ObjectNode figure(Figure f) {
    ObjectNode node = NODES.objectNode();
    put(node, "period", f.period().map(Object::toString));
    f.value().ifPresent(v -> node.put("value", v));
    put(node, "text", f.text());
    return node;
  }

  private static void put(ObjectNode node, String name, Optional<String> value) {
    value.ifPresent(v -> node.put(name, v));
  }

  private static void texts(ObjectNode node, String name, List<String> values) {
    if (!values.isEmpty()) {
      ArrayNode list = node.putArray(name);
      values.forEach(list::add);
    }
  }

  /** The nodes a plan's document has, without text positions. */
  static SourceMap sourceMapOf(Plan plan) {
    Map<String, SourceMap.Position> nodes = new LinkedHashMap<>();
    collect(toTree(plan), "", nodes);
    return new SourceMap(nodes);
  }

  private static void collect(JsonNode node, String pointer, Map<String, SourceMap.Position> out) {
    out.put(pointer, SourceMap.Position.NONE);
    if (node.isObject()) {
      node.fields()
          .forEachRemaining(
              e -> collect(e.getValue(), pointer + "/" + SourceMap.escape(e.getKey()), out));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        collect(node.get(i), pointer + "/" + i, out);
      }
    }
  }
}
