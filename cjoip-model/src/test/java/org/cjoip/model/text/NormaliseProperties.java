package org.cjoip.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * The plain path of {@link Normalise} (ASCII and a few typographic marks) gives what its
 * definition gives.
 */
final class NormaliseProperties {

  /** Any ASCII text, control characters included, with the typographic marks plans use. */
  @Provide
  Arbitrary<String> ascii() {
    return Arbitraries.strings().ascii().withChars("\u2013\u2014\u2018\u2019\u201c\u201d\u2022")
        .ofMaxLength(40);
  }

  /** Plain text made mostly of what the fast path decides on: spaces, dashes, apostrophes. */
  @Provide
  Arbitrary<String> edges() {
    return Arbitraries.strings()
        .withChars(" \t\n\u000b\f\r\u0001\u001f-'aZ0./\u2013\u2014\u2018\u2019\u2022")
        .ofMaxLength(12);
  }

  /** Words with the marks between them, where a mark may join two words or part them. */
  @Provide
  Arbitrary<String> joined() {
    Arbitrary<String> word = Arbitraries.strings().withChars("aZ9").ofMinLength(1).ofMaxLength(3);
    Arbitrary<String> mark = Arbitraries.of("-", "'", " ", "\u2013", "\u2014", "\u2018",
        "\u2019", "\u201c", "\u201d", "\u2022");
    return Combinators.combine(word, mark, word, mark, word)
        .as((a, m, b, n, c) -> a + m + b + n + c);
  }

  /** Any of the three kinds of plain text. */
  @Provide
  Arbitrary<String> plain() {
    return Arbitraries.oneOf(ascii(), edges(), joined());
  }

  @Property
  void fold_plainPathIsTheDefinition(@ForAll("plain") String text) {
    assertThat(Normalise.fold(text)).isEqualTo(Normalise.foldAny(text));
  }

  @Property
  void key_plainPathIsTheDefinition(@ForAll("plain") String text) {
    assertThat(Normalise.key(text)).isEqualTo(Normalise.keyAny(text));
  }

  @Property
  void key_ofPlainTextIsLowerCaseWordsSingleSpaced(@ForAll("ascii") String text) {
    assertThat(Normalise.key(text)).matches("([a-z0-9]+( [a-z0-9]+)*)?");
  }
}
