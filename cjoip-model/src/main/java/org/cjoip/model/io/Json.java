package org.cjoip.model.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The JSON writers and the trusted-text reader cjoip shares: one configuration per purpose,
 * made once and safe to use from any thread.
 *
 * <ul>
 *   <li>{@link #pretty} writes a tree indented for people (reports, listings, the bench);
 *   <li>{@link #compact} writes a tree on one line (a line of JSON Lines);
 *   <li>{@link #read} reads JSON text the library itself ships.
 * </ul>
 *
 * <p>Reading builds the tree straight from the parser, without a data-binding mapper: a cold
 * start that only reads the library's data never loads Jackson's data binding. The writers'
 * mapper is made on first use for the same reason.
 */
public final class Json {

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
      .build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Json() {}

  /** The tree as indented JSON, object keys in the tree's order. */
  public static String pretty(JsonNode tree) {
    return write(Writers.PRETTY, tree);
  }

  /** The tree as JSON on one line, object keys in the tree's order. */
  public static String compact(JsonNode tree) {
    return write(Writers.COMPACT, tree);
  }

  /**
   * Reads one JSON value from trusted text: the library's own data. Duplicate keys and
   * anything after the value are refused; numbers read as a default Jackson mapper reads them
   * (integers as the smallest of int, long and big integer that holds them, others as double).
   *
   * @throws IOException when the text is not one well-formed JSON value, with its location
   */
  public static JsonNode read(InputStream in) throws IOException {
    try (JsonParser parser = FACTORY.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == null) {
        throw new JsonParseException(parser, "no JSON value");
      }
      JsonNode tree = value(parser, first);
      JsonToken after = parser.nextToken();
      if (after != null) {
        throw new JsonParseException(parser, "more than one JSON value");
      }
      return tree;
    }
  }

  private static JsonNode value(JsonParser parser, JsonToken token) throws IOException {
    return switch (token) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_OBJECT; t = parser.nextToken()) {
          String name = parser.currentName();
          object.set(name, value(parser, parser.nextToken()));
        }
        yield object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
          array.add(value(parser, t));
        }
        yield array;
      }
      case VALUE_STRING -> NODES.textNode(parser.getText());
      case VALUE_NUMBER_INT -> switch (parser.getNumberType()) {
        case INT -> NODES.numberNode(parser.getIntValue());
        case LONG -> NODES.numberNode(parser.getLongValue());
        default -> NODES.numberNode(parser.getBigIntegerValue());
      };
      case VALUE_NUMBER_FLOAT -> NODES.numberNode(parser.getDoubleValue());
      case VALUE_TRUE -> NODES.booleanNode(true);
      case VALUE_FALSE -> NODES.booleanNode(false);
      case VALUE_NULL -> NODES.nullNode();
      // The parser reports malformed text itself; nothing else starts a value.
      default -> throw new IllegalStateException("unexpected JSON token " + token);
    };
  }

  private static String write(ObjectWriter writer, JsonNode tree) {
    try {
      return writer.writeValueAsString(tree);
    } catch (JsonProcessingException e) {
      // A tree of JSON nodes always writes; this is a fault in Jackson or in cjoip.
      throw new UncheckedIOException(e);
    }
  }

  /** The writers, made on first use: the mapper behind them is the costliest part of Jackson. */
  private static final class Writers {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();
    static final ObjectWriter COMPACT = MAPPER.writer();
    static final ObjectWriter PRETTY = MAPPER.writer(SerializationFeature.INDENT_OUTPUT);
  }
}
