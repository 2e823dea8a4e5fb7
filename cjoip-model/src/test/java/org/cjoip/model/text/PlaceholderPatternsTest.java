package org.cjoip.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The placeholder patterns are data: read from the resource, checked when loaded. */
final class PlaceholderPatternsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode patterns() throws IOException {
    try (InputStream in = Placeholders.class.getResourceAsStream(Placeholders.RESOURCE)) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "TBC | true | true",
      "N/A | true | true",
      "No National Outcome | false | true",
      "None Given (Nationally) | true | true",
      "Police Scotland | false | false",
  })
  void read_resourceRecognisesAsTheStandardPatterns(String text, boolean general,
      boolean nationalOutcome) throws IOException {
    Placeholders read = Placeholders.read(patterns());

    assertThat(read.isPlaceholder(text)).isEqualTo(general)
        .isEqualTo(Placeholders.standard().isPlaceholder(text));
    assertThat(read.isNationalOutcomePlaceholder(text)).isEqualTo(nationalOutcome);
  }

  @Test
  void read_patternsOfEachListApplyToTheirOwnQuestion() throws IOException {
    ObjectNode root = patterns();
    root.set("general", JSON.readTree("[\"^pending$\"]"));
    root.set("nationalOutcome", JSON.readTree("[\"^nothing national$\"]"));

    Placeholders read = Placeholders.read(root);

    assertThat(read.isPlaceholder("Pending")).isTrue();
    assertThat(read.isPlaceholder("TBC")).isFalse();
    assertThat(read.isPlaceholder("Nothing national")).isFalse();
    assertThat(read.isNationalOutcomePlaceholder("Nothing national")).isTrue();
    assertThat(read.isNationalOutcomePlaceholder("pending")).isTrue();
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "general | `\"^tbc$\"` | 'general' must be a list of patterns",
      "general | absent | 'general' must be a list of patterns",
      "nationalOutcome | {} | 'nationalOutcome' must be a list of patterns",
      "nationalOutcome | [\"^none$\", 1] | 'nationalOutcome' must hold only strings",
  })
  void read_malformedPatternsNameTheField(String field, String value, String message)
      throws IOException {
    ObjectNode root = patterns();
    if (value.equals("absent")) {
      root.remove(field);
    } else {
      root.set(field, JSON.readTree(value));
    }

    assertThatThrownBy(() -> Placeholders.read(root))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(Placeholders.RESOURCE + ": " + message);
  }
}
