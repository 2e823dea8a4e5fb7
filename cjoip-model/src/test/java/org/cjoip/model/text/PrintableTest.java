package org.cjoip.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

final class PrintableTest {

  static Stream<Arguments> texts() {
    return Stream.of(
        Arguments.of("plain text, unchanged", "plain text, unchanged"),
        Arguments.of("\u001b]0;owned\u0007", "\\u001b]0;owned\\u0007"),
        Arguments.of("clear\u001b[2J screen", "clear\\u001b[2J screen"),
        Arguments.of("C1 \u009b2J and DEL \u007f", "C1 \\u009b2J and DEL \\u007f"),
        Arguments.of("lines\nand\ttabs\r", "lines\\u000aand\\u0009tabs\\u000d"),
        Arguments.of("NUL \u0000", "NUL \\u0000"),
        Arguments.of("NEL \u0085 is C1 too", "NEL \\u0085 is C1 too"),
        Arguments.of("Gàidhlig and ſ stay", "Gàidhlig and ſ stay"));
  }

  @ParameterizedTest
  @MethodSource("texts")
  void escape_showsEveryControlCharacterEscaped(String text, String shown) {
    assertThat(Printable.escape(text)).isEqualTo(shown);
  }

  @Test
  void escape_keepsPairsAndEscapesLoneSurrogates() {
    assertThat(Printable.escape("emoji \uD83D\uDE80")).isEqualTo("emoji \uD83D\uDE80");
    assertThat(Printable.escape("lone \uD800 and \uDC00")).isEqualTo("lone \\ud800 and \\udc00");
    assertThat(Printable.escape("end \uD83D")).isEqualTo("end \\ud83d");
  }

  @Test
  void escapeKeepingLines_keepsLineFeedsAndTabsOnly() {
    assertThat(Printable.escapeKeepingLines("a\nb\tc\r\u001b"))
        .isEqualTo("a\nb\tc\\u000d\\u001b");
  }

  @Test
  void quote_cutsALongValueWithoutSplittingACharacter() {
    String longText = "x".repeat(79) + "\uD83D\uDE80" + "y".repeat(1_000_000);

    assertThat(Printable.quote(longText)).isEqualTo("x".repeat(79) + "…");
    assertThat(Printable.quote("y".repeat(200))).isEqualTo("y".repeat(80) + "…");
    assertThat(Printable.quote("short\u001b")).isEqualTo("short\\u001b");
  }
}
