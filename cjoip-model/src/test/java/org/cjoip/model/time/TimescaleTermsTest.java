package org.cjoip.model.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.Optional;
import org.cjoip.model.time.Timescale.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The timescale parser's terms are data: read from the resource, checked when loaded. */
final class TimescaleTermsTest {

  private static final ObjectMapper JSON = new ObjectMapper();

  private static ObjectNode terms() throws IOException {
    try (InputStream in = TimescaleParser.class.getResourceAsStream(TimescaleParser.RESOURCE)) {
      return (ObjectNode) JSON.readTree(in);
    }
  }

  private static ObjectNode with(String field, String value) throws IOException {
    ObjectNode root = terms();
    if (value.equals("absent")) {
      root.remove(field);
    } else {
      root.set(field, JSON.readTree(value));
    }
    return root;
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "Ongoing review | OPEN_ENDED |",
      "31 March 2025 | DUE_DATE | 2025-03-31",
      "Sept 2025 | DUE_DATE | 2025-09-30",
      "By the end of June 2026 | DUE_DATE | 2026-06-30",
      "April 2024 until March 2025 | DUE_DATE | 2025-03-31",
      "April 2024 - March 2025 | DUE_DATE | 2025-03-31",
  })
  void read_resourceParsesAsTheStandardParser(String text, Kind kind, LocalDate due)
      throws IOException {
    Timescale read = TimescaleParser.read(terms()).parse(text);

    assertThat(read.kind()).isEqualTo(kind);
    assertThat(read.due()).isEqualTo(Optional.ofNullable(due));
    assertThat(read).isEqualTo(TimescaleParser.standard().parse(text));
  }

  @Test
  void read_termsAreCaseFolded() throws IOException {
    ObjectNode root = with("openEnded", "[\"Continuing\"]");
    ((ObjectNode) root.get("months")).put("Brumaire", 11);

    TimescaleParser parser = TimescaleParser.read(root);

    assertThat(parser.parse("continuing work").kind()).isEqualTo(Kind.OPEN_ENDED);
    assertThat(parser.parse("ongoing").kind()).isEqualTo(Kind.NOT_UNDERSTOOD);
    assertThat(parser.parse("brumaire 2025").due()).contains(LocalDate.of(2025, 11, 30));
  }

  @Test
  void read_longerLeadInWinsOverItsPrefix() throws IOException {
    TimescaleParser parser = TimescaleParser.read(with("leadIns", "[\"by\", \"by the end of\"]"));

    assertThat(parser.parse("by the end of May 2026").due())
        .contains(LocalDate.of(2026, 5, 31));
    assertThat(parser.parse("by May 2026").due()).contains(LocalDate.of(2026, 5, 31));
  }

  @Test
  void read_monthsAtTheBoundsOfTheYear() throws IOException {
    ObjectNode root = terms();
    ((ObjectNode) root.get("months")).put("primo", 1).put("ultimo", 12);

    TimescaleParser parser = TimescaleParser.read(root);

    assertThat(parser.parse("primo 2026").due()).contains(LocalDate.of(2026, 1, 31));
    assertThat(parser.parse("ultimo 2026").due()).contains(LocalDate.of(2026, 12, 31));
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
      "openEnded | [] | 'openEnded' must be a non-empty list",
      "openEnded | absent | 'openEnded' must be a non-empty list",
      "leadIns | `\"by\"` | 'leadIns' must be a non-empty list",
      "leadIns | [\"by\", 3] | 'leadIns' must hold only words",
      "rangeSeparators | [\"to\", \" \"] | 'rangeSeparators' must hold only words",
      "months | {} | 'months' must name the months",
      "months | absent | 'months' must name the months",
      "months | {\"smarch\": 13} | month 'smarch' must be 1-12",
      "months | {\"nullember\": 0} | month 'nullember' must be 1-12",
      "months | {\"march\": \"three\"} | month 'march' must be 1-12",
  })
  void read_malformedTermsNameTheField(String field, String value, String message)
      throws IOException {
    ObjectNode root = with(field, value);

    assertThatThrownBy(() -> TimescaleParser.read(root))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(TimescaleParser.RESOURCE + ": " + message);
  }
}
