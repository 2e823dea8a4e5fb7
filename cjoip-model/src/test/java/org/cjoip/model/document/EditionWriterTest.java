package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.cjoip.model.framework.Edition;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class EditionWriterTest {

  @ParameterizedTest
  @ValueSource(strings = {"cjpf-2023", "opif-2016"})
  void roundTrip_givesAnEqualEdition(String id) throws Exception {
    Edition bundled = Frameworks.bundled().get(id);

    String json = EditionWriter.toJson(bundled);
    Edition read =
        Frameworks.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)),
            id + ".json");

    assertThat(read).isEqualTo(bundled);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cjpf-2023", "opif-2016"})
  void toJson_isTheBundledFileByteForByte(String id) throws Exception {
    String file;
    try (InputStream in = getClass().getResourceAsStream(
        "/org/cjoip/model/framework/editions/" + id + ".json")) {
      file = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }

    assertThat(EditionWriter.toJson(Frameworks.bundled().get(id))).isEqualTo(file);
  }

  @ParameterizedTest
  @ValueSource(strings = {"cjpf-2023", "opif-2016"})
  void toTree_fieldOrderIsStable(String id) {
    var names = EditionWriter.toTree(Frameworks.bundled().get(id)).fieldNames();
    StringBuilder order = new StringBuilder();
    names.forEachRemaining(n -> order.append(n).append(' '));

    assertThat(order.toString().strip())
        .isEqualTo(id.equals("cjpf-2023")
            ? "formatVersion id title publisher published inForce supersedes provenance aims"
                + " priorityActions outcomes evidence scale reporting notes"
            : "formatVersion id title publisher published provenance outcomes reporting notes");
  }

  @Test
  void sha256_isTheContentsWhateverTheLayout() throws Exception {
    Edition cjpf = Frameworks.bundled().get("cjpf-2023");
    String compact = new com.fasterxml.jackson.databind.ObjectMapper()
        .writeValueAsString(EditionWriter.toTree(cjpf));
    Edition fromCompact = Frameworks.read(
        new ByteArrayInputStream(compact.getBytes(StandardCharsets.UTF_8)), "compact.json");

    assertThat(EditionWriter.sha256(fromCompact)).isEqualTo(EditionWriter.sha256(cjpf))
        .hasSize(64).matches("[0-9a-f]{64}");
    assertThat(EditionWriter.sha256(Edition.builder().from(cjpf).title("Revised").build()))
        .isNotEqualTo(EditionWriter.sha256(cjpf));
    assertThat(EditionWriter.sha256(Frameworks.bundled().get("opif-2016")))
        .isNotEqualTo(EditionWriter.sha256(cjpf));
  }
}
