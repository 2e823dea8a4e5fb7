package org.cjoip.rules.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.cjoip.rules.ReturnFixtures;
import org.junit.jupiter.api.Test;

/** The JSON writer held to the published schema, which allows no field it does not name. */
final class RollupJsonTest {

  static JsonSchema schema() throws Exception {
    try (InputStream in = RollupJson.class.getResourceAsStream(RollupJson.SCHEMA)) {
      return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
          .getSchema(new ObjectMapper().readTree(in));
    }
  }

  @Test
  void everyPart_meetsTheSchema() throws Exception {
    List<RollupFixtures.Text> in = new ArrayList<>(RollupTest.twoPartnerships());
    in.add(new RollupFixtures.Text("orphan.yaml", RollupFixtures.as(ReturnFixtures.GOOD,
        "Delta")));
    NationalPicture picture = RollupTest.run(in);
    JsonNode tree = new ObjectMapper().readTree(RollupJson.write(picture));
    assertThat(schema().validate(tree)).isEmpty();
    assertThat(tree.get("problems")).hasSize(1);
    assertThat(tree.get("totals").get(0).get("partnershipsCovered").asInt()).isEqualTo(1);
    assertThat(tree.get("partnerships").get(1).get("year").has("return")).isFalse();
  }

  @Test
  void schema_refusesAFieldTheWriterDoesNotWrite() throws Exception {
    JsonNode tree = RollupJson.toTree(RollupTest.run(RollupTest.twoPartnerships()));
    ((com.fasterxml.jackson.databind.node.ObjectNode) tree.get("partnerships").get(0))
        .put("rank", 1);
    assertThat(schema().validate(tree)).extracting(ValidationMessage::getInstanceLocation)
        .extracting(Object::toString).containsExactly("$.partnerships[0]");
  }

  @Test
  void schema_refusesAValueBesideASuppressedStatus() throws Exception {
    JsonNode tree = RollupJson.toTree(RollupTest.run(RollupTest.twoPartnerships()));
    JsonNode suppressed = tree.get("partnerships").get(0).get("year").get("figures").get(2);
    assertThat(suppressed.get("status").asText()).isEqualTo("suppressed");
    ((com.fasterxml.jackson.databind.node.ObjectNode) suppressed).put("value", 3);
    assertThat(schema().validate(tree)).extracting(ValidationMessage::getInstanceLocation)
        .extracting(Object::toString).contains("$.partnerships[0].year.figures[2]");
  }
}
