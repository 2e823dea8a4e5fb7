package org.cjoip.model.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import org.cjoip.model.text.Placeholders;
import org.junit.jupiter.api.Test;

final class JsonResourcesTest {

  @Test
  void read_nameRelativeToTheAnchorsPackage() {
    JsonNode tree = JsonResources.read(JsonResourcesTest.class, "sample.json");

    assertThat(tree.get("name").asText()).isEqualTo("sample");
    assertThat(tree.get("values").get(1).asDouble()).isEqualTo(2.5);
  }

  @Test
  void read_absoluteName() {
    JsonNode tree = JsonResources.read(Placeholders.class, "/org/cjoip/model/io/sample.json");

    assertThat(tree.get("values").get(0).asInt()).isEqualTo(1);
  }

  @Test
  void read_missingResourceNamedInFull() {
    assertThatThrownBy(() -> JsonResources.read(JsonResourcesTest.class, "absent.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the resource org/cjoip/model/io/absent.json is missing");
  }

  @Test
  void read_malformedResourceNamedWithWhereItFails() {
    assertThatThrownBy(() -> JsonResources.read(JsonResourcesTest.class, "duplicate-key.json"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("the resource org/cjoip/model/io/duplicate-key.json does not read as JSON:"
            + " line 2, column 8: Duplicate field 'name'");
  }
}
