package org.cjoip.rules.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Problem;
import org.cjoip.rules.Catalogue;
import org.cjoip.rules.RuleDescription;
import org.junit.jupiter.api.Test;

/**
 * The published configuration schema says what the configuration reader reads: the same
 * fields, the same rule ids, and the same verdict on each document, but for the two things a
 * schema cannot know (the rules of a pack, and whether a date exists).
 */
final class ConfigurationSchemaTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  /** Documents both accept. */
  private static final List<String> VALID = List.of(
      "{}",
      "{\"$schema\": \"./configuration-v1.schema.json\"}",
      "{\"severities\": {\"CJ-DEL-009\": \"warning\", \"CJ-DEL-001\": \"Info\","
          + " \"CJ-CFG-002\": \"ERROR\"}, \"disabled\": [\"CJ-LIND-005\", \"CJ-CFG-001\"]}",
      "{\"waivers\": [{\"rule\": \"CJ-COV-001\", \"reason\": \"Agreed at the board.\"}]}",
      "{\"waivers\": [{\"rule\": \"CJ-DEL-005\", \"path\": \"\", \"priorityAction\": 13,"
          + " \"deliverable\": \"13.10\", \"reason\": \"r\", \"expires\": \"2026-03-31\"}]}",
      "{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"path\": \"/priorityActions/1/deliverables/1\","
          + " \"reason\": \"r\"}]}");

  /** Documents both refuse, each with the one place the reader names. */
  private static final Map<String, String> INVALID = Map.ofEntries(
      Map.entry("[]", ""),
      Map.entry("{\"$schema\": 1}", "/$schema"),
      Map.entry("{\"severity\": {}}", "/severity"),
      Map.entry("{\"severities\": []}", "/severities"),
      Map.entry("{\"severities\": {\"CJ-DEL-009\": \"loud\"}}", "/severities/CJ-DEL-009"),
      Map.entry("{\"severities\": {\"CJ-DEL-009\": \"\u0131nfo\"}}", "/severities/CJ-DEL-009"),
      Map.entry("{\"severities\": {\"CJ-DEL-009\": 1}}", "/severities/CJ-DEL-009"),
      Map.entry("{\"severities\": {\"CJ-DEL-099\": \"INFO\"}}", "/severities/CJ-DEL-099"),
      Map.entry("{\"severities\": {\"cj-del-009\": \"INFO\"}}", "/severities/cj-del-009"),
      Map.entry("{\"disabled\": \"CJ-LIND-005\"}", "/disabled"),
      Map.entry("{\"disabled\": [\"CJ-XYZ-001\"]}", "/disabled/0"),
      Map.entry("{\"waivers\": {}}", "/waivers"),
      Map.entry("{\"waivers\": [{\"reason\": \"r\"}]}", "/waivers/0"),
      Map.entry("{\"waivers\": [{\"rule\": \"CJ-DEL-001\"}]}", "/waivers/0"),
      Map.entry("{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"reason\": \" \\t\"}]}",
          "/waivers/0/reason"),
      Map.entry("{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"reason\": \"r\","
          + " \"path\": \"priorityActions/1\"}]}", "/waivers/0/path"),
      Map.entry("{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"reason\": \"r\","
          + " \"priorityAction\": 14}]}", "/waivers/0/priorityAction"),
      Map.entry("{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"reason\": \"r\","
          + " \"priorityAction\": \"4\"}]}", "/waivers/0/priorityAction"),
      Map.entry("{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"reason\": \"r\","
          + " \"deliverable\": 1.1}]}", "/waivers/0/deliverable"),
      Map.entry("{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"reason\": \"r\","
          + " \"expires\": \"31/03/2026\"}]}", "/waivers/0/expires"),
      Map.entry("{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"reason\": \"r\","
          + " \"until\": \"2026-03-31\"}]}", "/waivers/0/until"));

  static JsonNode schemaTree() throws Exception {
    try (InputStream in = ConfigurationSchemaTest.class
        .getResourceAsStream(ConfigurationReader.SCHEMA)) {
      return MAPPER.readTree(in);
    }
  }

  private static Set<ValidationMessage> validate(String json) throws Exception {
    JsonSchema schema =
        JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(schemaTree());
    return schema.validate(MAPPER.readTree(json));
  }

  private static Configuration read(String json, Set<String> packRuleIds)
      throws DocumentException {
    return ConfigurationReader.read(json.getBytes(StandardCharsets.UTF_8), "config.json",
        packRuleIds);
  }

  private static List<String> refusedAt(String json, Set<String> packRuleIds) {
    try {
      read(json, packRuleIds);
      return List.of();
    } catch (DocumentException e) {
      return e.problems().stream().map(Problem::pointer).toList();
    }
  }

  @Test
  void schema_shipsInTheJarAsPublished() throws Exception {
    try (InputStream in = ConfigurationSchemaTest.class
        .getResourceAsStream(ConfigurationReader.SCHEMA)) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(
          Files.readString(Path.of("..", "schema", "configuration-v1.schema.json")));
    }
  }

  @Test
  void schema_namesExactlyTheFieldsTheReaderKnows() throws Exception {
    JsonNode schema = schemaTree();
    Set<String> fromSchema = new TreeSet<>(List.of(
        names(schema.get("properties")),
        names(schema.get("$defs").get("waiver").get("properties"))));

    Set<String> fromReader = ConfigurationReader.fieldSets().stream()
        .map(f -> String.join(",", new TreeSet<>(f)))
        .collect(Collectors.toCollection(TreeSet::new));

    assertThat(fromSchema).isEqualTo(fromReader);
  }

  @Test
  void schema_namesEveryBuiltInRule() throws Exception {
    List<String> fromSchema = new ArrayList<>();
    schemaTree().get("$defs").get("ruleId").get("anyOf").get(0).get("enum")
        .forEach(id -> fromSchema.add(id.textValue()));

    assertThat(fromSchema).isEqualTo(
        Catalogue.builtIn().rules().stream().map(RuleDescription::id).toList());
  }

  @Test
  void schemaAndReader_acceptTheSameDocuments() throws Exception {
    for (String json : VALID) {
      assertThat(validate(json)).as(json).isEmpty();
      assertThat(refusedAt(json, Set.of())).as(json).isEmpty();
    }
  }

  @Test
  void schemaAndReader_refuseTheSameDocuments() throws Exception {
    for (Map.Entry<String, String> e : INVALID.entrySet()) {
      assertThat(validate(e.getKey())).as(e.getKey()).isNotEmpty();
      assertThat(refusedAt(e.getKey(), Set.of())).as(e.getKey()).containsExactly(e.getValue());
    }
  }

  @Test
  void schema_allowsWhatOnlyTheReaderCanJudge() throws Exception {
    String packRule = "{\"disabled\": [\"BRD-PRI-001\"]}";
    String noSuchDay = "{\"waivers\": [{\"rule\": \"CJ-DEL-001\", \"reason\": \"r\","
        + " \"expires\": \"2026-02-30\"}]}";

    assertThat(validate(packRule)).isEmpty();
    assertThat(refusedAt(packRule, Set.of())).containsExactly("/disabled/0");
    assertThat(read(packRule, Set.of("BRD-PRI-001")).disabled()).containsExactly("BRD-PRI-001");
    assertThat(validate(noSuchDay)).isEmpty();
    assertThatThrownBy(() -> read(noSuchDay, Set.of()))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(e.problems())
            .extracting(Problem::pointer).containsExactly("/waivers/0/expires"));
  }

  @Test
  void schema_refusesPackIdsInTheBuiltInNamespace() throws Exception {
    assertThat(validate("{\"disabled\": [\"CJ-BRD-001\"]}")).isNotEmpty();
    assertThat(validate("{\"disabled\": [\"CJX-BRD-001\", \"C-1\", \"CK-2\", \"BRD-PRI-001\"]}"))
        .isEmpty();
  }

  private static String names(JsonNode properties) {
    Set<String> names = new TreeSet<>();
    properties.fieldNames().forEachRemaining(names::add);
    return String.join(",", names);
  }
}
