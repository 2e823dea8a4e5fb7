package org.cjoip.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.HashSet;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.cjoip.model.document.AnnualReturnSchema;
import org.cjoip.model.document.PlanSchema;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.io.JsonResources;

/**
 * Which paths a finding may point at in one document: a node the document has, or a field
 * the document lacks under a node it has (a deliverable's missing owners), where the finding
 * is placed at that node. Not a field no document has ({@code /nonsense}), an index past the
 * end of a list, or a step into a text or a number: such a finding belongs to no place.
 */
final class FindingPaths {

  private final SourceMap map;
  private final Supplier<JsonNode> document;
  private JsonNode tree;

  /** The paths of the document that {@code document} gives as a tree, when first needed. */
  FindingPaths(SourceMap map, Supplier<JsonNode> document) {
    this.map = map;
    this.document = document;
  }

  /** Whether a finding may point at the path. */
  boolean allows(String path) {
    if (map.contains(path)) {
      return true;
    }
    if (!path.isEmpty() && !path.startsWith("/")) {
      return false;
    }
    if (tree == null) {
      tree = document.get();
    }
    JsonNode node = tree;
    for (String token : path.isEmpty() ? new String[0] : path.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (node == null) {
        // Below a missing field: whatever the field would hold.
        if (!Fields.ALL.contains(name) && !name.matches("0|[1-9][0-9]{0,8}")) {
          return false;
        }
      } else if (node.isArray()) {
        if (!name.matches("0|[1-9][0-9]{0,8}") || Integer.parseInt(name) >= node.size()) {
          return false;
        }
        node = node.get(Integer.parseInt(name));
      } else if (node.isObject()) {
        if (!node.has(name) && !Fields.ALL.contains(name)) {
          return false;
        }
        node = node.get(name);
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * Every field a plan or an annual return may have, at any depth, from the published schemas:
   * read when a finding first points below a node the document has, which most assessments
   * never do, and then read as trees straight from the parser, without a data-binding mapper.
   */
  private static final class Fields {
    static final Set<String> ALL = read();

    private static Set<String> read() {
      Set<String> out = new HashSet<>();
      collect(JsonResources.read(PlanSchema.class, PlanSchema.RESOURCE), out);
      collect(JsonResources.read(AnnualReturnSchema.class, AnnualReturnSchema.RESOURCE), out);
      return Set.copyOf(out);
    }
  }

  private static void collect(JsonNode schema, Set<String> out) {
    if (schema.isObject()) {
      JsonNode properties = schema.get("properties");
      if (properties != null && properties.isObject()) {
        properties.fieldNames().forEachRemaining(out::add);
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = schema.fields(); it.hasNext(); ) {
        collect(it.next().getValue(), out);
      }
    } else if (schema.isArray()) {
      schema.forEach(n -> collect(n, out));
    }
  }
}
