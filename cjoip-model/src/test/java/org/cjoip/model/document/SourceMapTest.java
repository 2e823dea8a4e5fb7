package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Looking a node up by its JSON Pointer, escaped tokens and large objects included. */
final class SourceMapTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final SourceMap ESCAPED =
      mapOf("{\"a/b\": {\"c~d\": [1, {\"e\": 2}]}, \"~1\": 3}");
  private static final SourceMap INDEXED = indexed();

  private static SourceMap mapOf(String json) {
    try {
      return PlanWriter.sourceMapOf(JSON.readTree(json));
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** An object with more members than are looked up one by one, so looked up by its index. */
  private static SourceMap indexed() {
    ObjectNode large = JSON.createObjectNode();
    for (int i = 0; i < 20; i++) {
      large.put("k" + i, i);
    }
    large.putObject("x/y").put("z~", 1);
    return PlanWriter.sourceMapOf(JSON.createObjectNode().set("o", large));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({
      "/a~1b, true",
      "/a~1b/c~0d/1/e, true",
      // "~01" is "~" then "1": the key "~1", not "/".
      "/~01, true",
      "/~1, false",
      "/a/b, false",
      "/a~1b/c~0d/2, false",
      "/a~1b/c~0d/01, false"
  })
  void contains_readsEscapedTokensAsRfc6901Does(String pointer, boolean found) {
    assertThat(ESCAPED.contains(pointer)).isEqualTo(found);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource({"/o/k0, true", "/o/k19, true", "/o/x~1y/z~0, true", "/o/k20, false",
      "/o/x/y, false"})
  void contains_findsMembersOfAnIndexedObject(String pointer, boolean found) {
    assertThat(INDEXED.contains(pointer)).isEqualTo(found);
  }

  @Test
  void deepestExisting_stopsAtTheLastNodeThePointerReaches() {
    assertThat(ESCAPED.deepestExisting("/a~1b/c~0d/1/missing/deeper"))
        .isEqualTo("/a~1b/c~0d/1");
    assertThat(ESCAPED.deepestExisting("/nothing")).isEmpty();
  }
}
