package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

final class PlanSchemaTest {

  static final ObjectMapper MAPPER = new ObjectMapper();

  static JsonNode schemaTree(String resource) throws Exception {
    try (InputStream in = PlanSchemaTest.class.getResourceAsStream(resource)) {
      return MAPPER.readTree(in);
    }
  }

  static Set<ValidationMessage> validate(String resource, JsonNode document) throws Exception {
    JsonSchema schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
        .getSchema(schemaTree(resource));
    return schema.validate(document);
  }

  static Set<ValidationMessage> validate(JsonNode document) throws Exception {
    return validate(PlanSchema.RESOURCE, document);
  }

  /** The field names of each object the schema describes, each set as one sorted line. */
  static Set<String> schemaFieldSets(String resource) throws Exception {
    JsonNode schema = schemaTree(resource);
    List<Set<String>> schemaFields = new ArrayList<>();
    schemaFields.add(names(schema.get("properties")));
    collectObjects(schema, schemaFields);
    return schemaFields.stream().map(s -> String.join(",", s))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The field names of each object a reader knows, each set as one sorted line. */
  static Set<String> readerFieldSets(List<String[]> fieldSets) {
    return fieldSets.stream()
        .map(f -> String.join(",", new TreeSet<>(Arrays.asList(f))))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void schema_acceptsAPlanThatUsesEveryField() throws Exception {
    JsonNode doc = MAPPER.readTree(PlanWriter.toJson(PlanWriterTest.everyField()));

    assertThat(validate(doc)).isEmpty();
  }

  @Test
  void schema_refusesWhatTheReaderRefuses() throws Exception {
    JsonNode doc = MAPPER.readTree(PlanWriter.toJson(PlanWriterTest.everyField()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("priorityActions").get(0))
        .put("number", 14);
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc).put("titel", "typo");

    assertThat(validate(doc))
        .extracting(ValidationMessage::getInstanceLocation)
        .map(Object::toString)
        .containsExactlyInAnyOrder("$", "$.priorityActions[0].number");
  }

  @Test
  void schema_namesExactlyTheFieldsTheReaderKnows() throws Exception {
    assertThat(schemaFieldSets(PlanSchema.RESOURCE))
        .isEqualTo(readerFieldSets(PlanReader.fieldSets()));
  }

  private static void collectObjects(JsonNode node, List<Set<String>> out) {
    node.fields()
        .forEachRemaining(
            e -> {
              JsonNode child = e.getValue();
              if (child.isObject()) {
                if (child.has("additionalProperties") && child.has("properties")
                    && !e.getKey().equals("properties")) {
                  out.add(names(child.get("properties")));
                }
                collectObjects(child, out);
              }
            });
  }

  private static Set<String> names(JsonNode properties) {
    Set<String> names = new TreeSet<>();
    properties.fieldNames().forEachRemaining(names::add);
    return names;
  }
}
