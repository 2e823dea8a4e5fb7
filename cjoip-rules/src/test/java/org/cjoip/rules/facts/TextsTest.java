package org.cjoip.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class TextsTest {

  private static final String CLAUSE = "Enhance life skills and readiness for employment by"
      + " ensuring increased access to employability support through effective education";

  @Test
  void excerpt_shortTextIsQuotedWholeWithItsSpacesFolded() {
    assertThat(Texts.excerpt("  Reduce   reoffending.\n")).isEqualTo("Reduce reoffending.");
  }

  @Test
  void excerpt_cutAtACommaLeavesNoCommaBeforeTheEllipsis() {
    String text = CLAUSE + ", learning, training, and volunteering across every partner of the"
        + " community justice partnership in the area and beyond its boundaries";

    assertThat(Texts.excerpt(text)).isEqualTo(CLAUSE + ", learning, training …");
  }

  @Test
  void excerpt_cutAtASentenceKeepsItsFullStop() {
    String text = CLAUSE + ". Then a second sentence that is long enough to take the quote past"
        + " two hundred characters, so that it must be cut somewhere sensible";

    assertThat(Texts.excerpt(text)).isEqualTo(CLAUSE + ". …");
  }

  @Test
  void excerpt_withoutAClauseIsCutAtAWord() {
    String text = "word ".repeat(60).strip();

    assertThat(Texts.excerpt(text)).isEqualTo("word ".repeat(40).strip() + "…");
  }

  @Test
  void ordinal_saysAPlaceAsAReaderDoes() {
    assertThat(java.util.stream.IntStream.of(1, 2, 3, 4, 11, 12, 13, 21, 22, 101, 111)
        .mapToObj(Texts::ordinal))
        .containsExactly("1st", "2nd", "3rd", "4th", "11th", "12th", "13th", "21st", "22nd",
            "101st", "111th");
  }
}
