package org.cjoip.model.document;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.framework.Aim;
import org.cjoip.model.framework.AnnualDeadline;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EditionChange;
import org.cjoip.model.framework.EditionDiff;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.Provenance;
import org.cjoip.model.framework.ReportingCalendar;
import org.cjoip.model.framework.ScalePoint;

/**
 * Writes an edition as an edition document (format version 1) in a stable field order, the
 * order of the reader's description. An absent value and an empty list are left out, so reading
 * what was written gives back an equal edition. The bundled edition files are in this form.
 * Thread-safe.
 */
public final class EditionWriter {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  // Written with Jackson's streaming generator rather than a data-binding mapper: every
  // assessment digests its edition, and a mapper is the costliest part of Jackson to load.
  private static final JsonFactory FACTORY = new JsonFactory();

  // Two-space indentation, one list item per line and "\n" line ends on every platform.
  private static final DefaultPrettyPrinter LAYOUT =
      new DefaultPrettyPrinter()
          .withSeparators(
              Separators.createDefaultInstance()
                  .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
          .withArrayIndenter(new DefaultIndenter("  ", "\n"))
          .withObjectIndenter(new DefaultIndenter("  ", "\n"));

  private EditionWriter() {}

  /** The edition as a JSON document, ending in a newline. */
  public static String toJson(Edition edition) {
    return text(toTree(edition));
  }

  /**
   * The SHA-256 of the edition's content, as lower-case hex: of its document in the form this
   * writer gives, which is canonical (fixed field order and layout, absent values left out).
   * Two editions have the same digest exactly when they are equal, whatever file they were
   * read from or how it was laid out; an assessment records it, so that reports made against
   * an edition of the same id but other content tell themselves apart.
   */
  public static String sha256(Edition edition) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
          .digest(toJson(edition).getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  /** An edition diff as a JSON document, ending in a newline. */
  public static String toJson(EditionDiff diff) {
    return text(toTree(diff));
  }

  /** A tree as the writer lays it out, ending in a newline. */
  private static String text(JsonNode tree) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = FACTORY.createGenerator(out)) {
      g.setPrettyPrinter(LAYOUT.createInstance());
      write(tree, g);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out + "\n";
  }

  private static void write(JsonNode node, JsonGenerator g) throws IOException {
    switch (node.getNodeType()) {
      case OBJECT -> {
        g.writeStartObject();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
          Map.Entry<String, JsonNode> field = it.next();
          g.writeFieldName(field.getKey());
          write(field.getValue(), g);
        }
        g.writeEndObject();
      }
      case ARRAY -> {
        g.writeStartArray();
        for (JsonNode item : node) {
          write(item, g);
        }
        g.writeEndArray();
      }
      case STRING -> g.writeString(node.textValue());
      case BOOLEAN -> g.writeBoolean(node.booleanValue());
      case NUMBER -> {
        switch (node.numberType()) {
          case INT -> g.writeNumber(node.intValue());
          case LONG -> g.writeNumber(node.longValue());
          case BIG_INTEGER -> g.writeNumber(node.bigIntegerValue());
          case FLOAT -> g.writeNumber(node.floatValue());
          case DOUBLE -> g.writeNumber(node.doubleValue());
          default -> g.writeNumber(node.decimalValue());
        }
      }
      default -> g.writeNull();
    }
  }

  /** An edition diff as a document tree: from, to and the changes in order. */
  public static ObjectNode toTree(EditionDiff diff) {
    ObjectNode root = NODES.objectNode();
    root.put("from", diff.from());
    root.put("to", diff.to());
    ArrayNode changes = root.putArray("changes");
    for (EditionChange c : diff.changes()) {
      ObjectNode node = changes.addObject();
      node.put("element", c.element().name());
      node.put("kind", c.kind().name());
      put(node, "before", c.before());
      put(node, "after", c.after());
      put(node, "oldText", c.oldText());
      put(node, "newText", c.newText());
      put(node, "oldParent", c.oldParent());
      put(node, "newParent", c.newParent());
      c.similarity().ifPresent(v -> node.put("similarity", v));
    }
    return root;
  }

  /** The edition as a document tree. */
  public static ObjectNode toTree(Edition e) {
    ObjectNode root = NODES.objectNode();
    root.put("formatVersion", Edition.FORMAT_VERSION);
    root.put("id", e.id());
    root.put("title", e.title());
    root.put("publisher", e.publisher());
    root.put("published", e.published().toString());
    e.inForce().ifPresent(d -> root.put("inForce", d.toString()));
    put(root, "supersedes", e.supersedes());
    root.set("provenance", provenance(e.provenance()));
    if (!e.aims().isEmpty()) {
      ArrayNode aims = root.putArray("aims");
      for (Aim a : e.aims()) {
        ObjectNode n = aims.addObject();
        n.put("number", a.number());
        n.put("text", a.text());
        n.set("provenance", provenance(a.provenance()));
      }
    }
    if (!e.priorityActions().isEmpty()) {
      ArrayNode pas = root.putArray("priorityActions");
      for (PriorityAction p : e.priorityActions()) {
        ObjectNode n = pas.addObject();
        n.put("number", p.number());
        n.put("aim", p.aim());
        n.put("text", p.text());
        put(n, "noOutcomeNote", p.noOutcomeNote());
        n.set("provenance", provenance(p.provenance()));
      }
    }
    if (!e.outcomes().isEmpty()) {
      ArrayNode outcomes = root.putArray("outcomes");
      for (NationalOutcome o : e.outcomes()) {
        outcomes.add(outcome(o));
      }
    }
    if (!e.evidence().isEmpty()) {
      ArrayNode evidence = root.putArray("evidence");
      for (EvidenceItem item : e.evidence()) {
        ObjectNode n = evidence.addObject();
        n.put("id", item.id());
        n.put("priorityAction", item.priorityAction());
        n.put("text", item.text());
        n.set("provenance", provenance(item.provenance()));
      }
    }
    if (!e.scale().isEmpty()) {
      ArrayNode scale = root.putArray("scale");
      for (ScalePoint s : e.scale()) {
        ObjectNode n = scale.addObject();
        n.put("value", s.value());
        n.put("label", s.label());
        n.set("provenance", provenance(s.provenance()));
      }
    }
    e.reporting().ifPresent(r -> root.set("reporting", reporting(r)));
    if (!e.notes().isEmpty()) {
      ArrayNode notes = root.putArray("notes");
      e.notes().forEach(notes::add);
    }
    return root;
  }

  private static ObjectNode outcome(NationalOutcome o) {
    ObjectNode n = NODES.objectNode();
    n.put("id", o.id());
    o.priorityAction().ifPresent(pa -> n.put("priorityAction", pa));
    n.put("text", o.text());
    if (!o.clauses().isEmpty()) {
      ArrayNode clauses = n.putArray("clauses");
      o.clauses().forEach(clauses::add);
    }
    o.category().ifPresent(c -> n.put("category", c.name()));
    o.indicator()
        .ifPresent(
            i -> {
              ObjectNode ind = n.putObject("indicator");
              ind.put("id", i.id());
              ind.put("text", i.text());
              ArrayNode measures = ind.putArray("measures");
              for (Measure m : i.measures()) {
                ObjectNode mn = measures.addObject();
                mn.put("id", m.id());
                mn.put("text", m.text());
                mn.put("unit", m.unit().name());
                mn.put("direction", m.direction().name());
                mn.set("provenance", provenance(m.provenance()));
              }
              ind.set("provenance", provenance(i.provenance()));
            });
    n.set("provenance", provenance(o.provenance()));
    return n;
  }

  private static ObjectNode reporting(ReportingCalendar r) {
    ObjectNode n = NODES.objectNode();
    n.set("publication", deadline(r.publication()));
    r.returnToCjs().ifPresent(d -> n.set("returnToCjs", deadline(d)));
    r.disclosure().ifPresent(d -> {
      ObjectNode disclosure = n.putObject("disclosure");
      disclosure.put("threshold", d.threshold());
      disclosure.set("provenance", provenance(d.provenance()));
    });
    return n;
  }

  private static ObjectNode deadline(AnnualDeadline d) {
    ObjectNode n = NODES.objectNode();
    n.put("month", d.month());
    n.put("day", d.day());
    if (d.practice()) {
      n.put("practice", true);
    }
    n.set("provenance", provenance(d.provenance()));
    return n;
  }

  private static ObjectNode provenance(Provenance p) {
    ObjectNode n = NODES.objectNode();
    n.put("source", p.source());
    put(n, "location", p.location());
    if (p.reconstruction()) {
      n.put("reconstruction", true);
    }
    put(n, "note", p.note());
    return n;
  }

  private static void put(ObjectNode node, String name, Optional<String> value) {
    value.ifPresent(v -> node.put(name, v));
  }
}
