package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cjoip.model.DocPage;
import org.junit.jupiter.api.Test;

/**
 * The field tables of {@code docs/writing-a-plan.md} name every field the plan reader knows,
 * object by object, and no other, and mark the required ones as the published schema does: a
 * field added to the format must be explained to the people who write plans.
 */
final class PlanFieldsPageTest {

  private static final DocPage PAGE = DocPage.read("writing-a-plan.md");

  /** Each table's fields (its object's key: the names, sorted and joined) and required ones. */
  private static Map<String, Set<String>> fromPage() {
    Map<String, Set<String>> out = new TreeMap<>();
    for (String object : PAGE.subheadings("Every field")) {
      List<List<String>> rows = PAGE.tableRows(object);
      Set<String> required = rows.stream().filter(row -> row.get(1).contains("*Required"))
          .map(row -> name(row.get(0))).collect(Collectors.toCollection(TreeSet::new));
      out.put(rows.stream().map(row -> name(row.get(0))).sorted()
          .collect(Collectors.joining(",")), required);
    }
    return out;
  }

  private static String name(String cell) {
    return cell.replaceAll("^`|`$", "");
  }

  @Test
  void fieldTables_nameExactlyTheFieldsTheReaderKnows() {
    Set<String> fromReader = PlanReader.fieldSets().stream()
        .map(f -> String.join(",", new TreeSet<>(Arrays.asList(f))))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(PAGE.subheadings("Every field")).hasSize(PlanReader.fieldSets().size());
    assertThat(fromPage().keySet()).isEqualTo(fromReader);
  }

  @Test
  void fieldTables_markRequiredWhatTheSchemaRequires() throws Exception {
    JsonNode schema = new ObjectMapper().readTree(PlanSchema.text());
    Map<String, Set<String>> fromSchema = new TreeMap<>();
    add(schema, fromSchema);
    collect(schema.get("$defs"), fromSchema);
    collect(schema.get("properties"), fromSchema);

    assertThat(fromPage()).isEqualTo(fromSchema);
  }

  private static void collect(JsonNode node, Map<String, Set<String>> out) {
    node.fields().forEachRemaining(e -> {
      if (e.getValue().isObject()) {
        if (e.getValue().has("properties") && e.getValue().has("additionalProperties")) {
          add(e.getValue(), out);
        }
        collect(e.getValue(), out);
      }
    });
  }

  private static void add(JsonNode object, Map<String, Set<String>> out) {
    Set<String> names = new TreeSet<>();
    object.get("properties").fieldNames().forEachRemaining(names::add);
    Set<String> required = new TreeSet<>();
    object.path("required").forEach(r -> required.add(r.textValue()));
    out.put(String.join(",", names), required);
  }
}
