package org.cjoip.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.BigIntegerNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

final class JsonTest {

  private static JsonNode read(String text) throws IOException {
    return Json.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void read_givesTheTreeADefaultMapperGives() throws IOException {
    String text = "{\"b\": [1, 4294967296, 18446744073709551616, 2.5, -0.0, 1e3], "
        + "\"a\": {\"t\": true, \"f\": false, \"n\": null, \"s\": \"Fife \\u00e9\"}, \"e\": []}";

    JsonNode tree = read(text);

    assertThat(tree).isEqualTo(new ObjectMapper().readTree(text));
    List<String> keys = new ArrayList<>();
    tree.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("b", "a", "e");
    assertThat(tree.get("b")).extracting(JsonNode::getClass).containsExactly(IntNode.class,
        LongNode.class, BigIntegerNode.class, DoubleNode.class, DoubleNode.class,
        DoubleNode.class);
    assertThat(tree.get("a").get("s").asText()).isEqualTo("Fife é");
  }

  @ParameterizedTest
  @ValueSource(strings = {"\"text\"", "42", "null", "[]", "{}"})
  void read_anyValueAtTheTop(String text) throws IOException {
    assertThat(read(text)).isEqualTo(new ObjectMapper().readTree(text));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "{\"a\": 1, \"a\": 2}     | Duplicate field 'a'",
      "{\"a\": 1} {\"b\": 2}    | more than one JSON value",
      "'   '                    | no JSON value",
      "{\"a\": }                | Unexpected character ('}'",
      "[1, 2                    | Unexpected end-of-input"})
  void read_refusesWhatIsNotOneWellFormedValue(String text, String message) {
    assertThatThrownBy(() -> read(text))
        .isInstanceOf(JsonParseException.class)
        .hasMessageContaining(message)
        .hasMessageContaining("line: 1");
  }

  @Test
  void pretty_indentsInTheTreesOrder() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("z", 1);
    tree.putArray("a").add("x");
    String n = System.lineSeparator();

    assertThat(Json.pretty(tree))
        .isEqualTo("{" + n + "  \"z\" : 1," + n + "  \"a\" : [ \"x\" ]" + n + "}");
  }

  @Test
  void compact_writesOneLine() {
    ObjectNode tree = JsonNodeFactory.instance.objectNode();
    tree.put("z", "line\nbreak");
    tree.putObject("a").putNull("n");

    assertThat(Json.compact(tree)).isEqualTo("{\"z\":\"line\\nbreak\",\"a\":{\"n\":null}}");
  }

  @Test
  void compactAndPretty_readBackAsTheSameTree() throws IOException {
    JsonNode tree = read("{\"b\": [1, 4294967296, 2.5, \"é\"], \"a\": {\"t\": true, \"n\": null}}");

    assertThat(read(Json.compact(tree))).isEqualTo(tree);
    assertThat(read(Json.pretty(tree))).isEqualTo(tree);
  }
}
