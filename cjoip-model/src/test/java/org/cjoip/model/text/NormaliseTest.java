package org.cjoip.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NormaliseTest {

  @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          Develop a DfP dashboard.                     | develop a dfp dashboard
          "  Develop   a DfP\tdashboard  "             | develop a dfp dashboard
          DEVELOP A DFP DASHBOARD!!                    | develop a dfp dashboard
          Mental Health / Substance Use Protocol       | mental health substance use protocol
          Mental Health/Substance Use Protocol         | mental health substance use protocol
          Complex Need Co-ordination                   | complex need coordination
          Complex Need Co—ordination                   | complex need coordination
          Alcohol and Drug Partnership's Recover May   | alcohol and drug partnerships recover may
          Alcohol and Drug Partnership’s Recover May   | alcohol and drug partnerships recover may
          CJ&SP members                                | cj sp members
          "Expand capacity (increase from 5 to 10)"    | expand capacity increase from 5 to 10
          - bullet                                     | bullet
          "well -- spaced - dashes"                    | well spaced dashes
          Straße                                       | strasse
          Ｆｕｌｌｗｉｄｔｈ                              | fullwidth
          Ünïcödé café                                 | ünïcödé café
          Ελληνικά ΚΕΙΜΕΝΑ                             | ελληνικά κειμενα
          مرحبا، بالعالم                                | مرحبا بالعالم
          हिन्दी पाठ।                                   | हिन्दी पाठ
          二〇二五年 計画                                  | 二〇二五年 計画
          "...!!!"                                     | ""
          """)
  void key_foldsCaseWhitespaceAndPunctuation(String text, String expected) {
    assertThat(Normalise.key(text)).isEqualTo(expected);
  }

  @Test
  void key_nullAndBlankAreEmpty() {
    assertThat(Normalise.key(null)).isEmpty();
    assertThat(Normalise.key(" \u00a0\n")).isEmpty();
  }

  @Test
  void key_ignoresInvisibleFormatCharacters() {
    assertThat(Normalise.key("co\u00adordination\u200b plan")).isEqualTo("coordination plan");
  }

  @Test
  void key_sameForTheRepeatedPerthAndKinrossAction() {
    String split =
        "Development of a Mental Health / Substance Use Protocol which will outline how mental "
            + "health and substance use services work together in supporting\n\tpeople with a "
            + "range of mental health and substance use.";
    String whole =
        "Development of a Mental Health / Substance Use Protocol which will outline how mental "
            + "health and substance use services work together in supporting people with a "
            + "range of mental health and substance use.";

    assertThat(Normalise.key(split)).isEqualTo(Normalise.key(whole));
  }

  @Test
  void key_differsWhenTheWordsDiffer() {
    assertThat(Normalise.key("Develop a DfP dashboard"))
        .isNotEqualTo(Normalise.key("Develop an EM dashboard"));
  }

  @Test
  void fold_keepsPunctuation() {
    assertThat(Normalise.fold("  N/A.\u00a0 (Nationally) ")).isEqualTo("n/a. (nationally)");
    assertThat(Normalise.fold(null)).isEmpty();
  }

  @Test
  void titleKey_ignoresCaseSpacingDashesAndPunctuation_notWords() {
    assertThat(Normalise.titleKey("Plan 2023 - 2028 (fictional)"))
        .isEqualTo(Normalise.titleKey("PLAN 2023\u20132028  fictional."))
        .isEqualTo("plan20232028fictional");
    assertThat(Normalise.titleKey("Outcome Plan"))
        .isNotEqualTo(Normalise.titleKey("Outcomes Plan"));
    assertThat(Normalise.titleKey(null)).isEmpty();
  }

  @Test
  void titleKey_thePlansNameInTheSingularOrThePlural_isOneTitle() {
    assertThat(Normalise.titleKey("Glenmore Community Justice Outcomes Improvement Plan"))
        .isEqualTo(Normalise.titleKey("Glenmore Community Justice Outcome Improvement Plan"))
        .isEqualTo("glenmorecommunityjusticeoutcomeimprovementplan");
    assertThat(Normalise.titleKey("Outcomes Improvement Plans"))
        .isNotEqualTo(Normalise.titleKey("Outcome Improvement Plan"));
  }
}
