package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class NormaliserTest {

  private final Normaliser normaliser = Normaliser.standard();

  @ParameterizedTest(name = "[{index}] ''{0}'' -> ''{1}''")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          More people in police custody.           | more people in police custody
          MORE PEOPLE,  in police-custody!!        | more people in police custody
          short-term prison sentence               | short term prison sentence
          drug/alcohol treatments                  | drug alcohol treatments
          Enhance individual's life skills         | enhance individuals life skills
          individuals’ access                      | individuals access
          referrals (including self-referrals)     | referrals
          referrals (see (a) and [b]) from custody | referrals from custody
          referrals [2022/23]                      | referrals
          referrals (unclosed remark               | referrals unclosed remark
          i) assessments undertaken                | assessments undertaken
          (ii) cases commenced; iii) cases closed  | cases commenced cases closed
          1) Assessments 2) cases                  | assessments cases
          a) assessments b) cases                  | assessments cases
          1. Assessments undertaken                | assessments undertaken
          1.1 Continue training                    | continue training
          % people leaving prison                  | percentage people leaving prison
          Health & Social Care                     | health and social care
          n/a                                      | n a
          2022/23 baseline of 70                   | 2022 23 baseline of 70
          "...!!!"                                 | ""
          """)
  void canonical_foldsTypography(String text, String expected) {
    assertThat(normaliser.canonical(text)).isEqualTo(expected);
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          DfP   | diversion from prosecution
          CPO   | community payback order
          CPOs  | community payback orders
          DTTO  | drug treatment and testing order
          DTTOs | drug treatment and testing orders
          EM    | electronic monitoring
          SDS   | skills development scotland
          VT    | voluntary throughcare
          CJSW  | criminal justice social work
          SPS   | scottish prison service
          COPFS | crown office and procurator fiscal service
          ADP   | alcohol and drug partnership
          ADPs  | alcohol and drug partnerships
          dfp   | diversion from prosecution
          """)
  void canonical_writesOutAbbreviations(String abbreviation, String expansion) {
    assertThat(normaliser.canonical(abbreviation)).isEqualTo(expansion);
    assertThat(normaliser.canonical("Number of " + abbreviation + " (2022/23)"))
        .isEqualTo("number of " + expansion);
  }

  @Test
  void canonical_nullIsEmpty() {
    assertThat(normaliser.canonical(null)).isEmpty();
    assertThat(normaliser.words(null)).isEmpty();
  }

  @Test
  void canonical_keepsSpellingVariantsApart() {
    // Variants are a close match, not the same wording, so the canonical form keeps them.
    assertThat(normaliser.canonical("desistence")).isEqualTo("desistence");
    assertThat(normaliser.canonical("policy custody")).isEqualTo("policy custody");
    assertThat(normaliser.canonical("homelessness")).isEqualTo("homelessness");
  }

  @Test
  void words_areTheCanonicalWords() {
    assertThat(normaliser.words("Number of DfP cases (2022/23) commenced."))
        .containsExactly("number", "of", "diversion", "from", "prosecution", "cases", "commenced");
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' ~ ''{1}''")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          desistence from offending           | desistance from offending
          More people in policy custody       | More people in police custody
          homelessness applications           | homeless applications
          organization                        | organisation
          organizations                       | organisations
          employment programme                | employment program
          Complex Need Co-ordination          | Complex Need Coordination
          co-ordinated pre-release plan       | coordinated prerelease plan
          voluntary through care              | voluntary throughcare
          recieve                             | receive
          """)
  void terms_treatVariantsAsTheSameWord(String variant, String preferred) {
    assertThat(normaliser.terms(variant)).isEqualTo(normaliser.terms(preferred));
  }

  @ParameterizedTest(name = "[{index}] {0} -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          employment      | employ
          employability   | employ
          applications    | applic
          applicant       | applic
          receive         | rece
          received        | rece
          complete        | complet
          completed       | complet
          successfully    | success
          successful      | success
          assessments     | assess
          assessed        | assess
          desistance      | desist
          communities     | commun
          community       | commun
          suitability     | suit
          suitable        | suit
          convictions     | convict
          treatments      | treat
          supervision     | supervis
          services        | servic
          homeless        | homeless
          address         | address
          bail            | bail
          cases           | case
          needs           | need
          2022            | 2022
          """)
  void terms_stemLightly(String word, String stem) {
    assertThat(normaliser.terms(word)).containsExactly(stem);
  }

  @Test
  void terms_dropStopWordsAndKeepOrder() {
    assertThat(normaliser.terms(
            "More people in police custody receive support to address their needs"))
        .containsExactly("polic", "custody", "rece", "support", "address", "need");
    assertThat(normaliser.terms("Number of transfers from custody to community"))
        .containsExactly("number", "transfer", "custody", "commun");
  }

  @Test
  void terms_keepNegationsAndComparisons() {
    assertThat(normaliser.terms("Fewer people not in custody"))
        .containsExactly("fewer", "not", "custody");
  }

  @Test
  void terms_writeOutAbbreviationsFirst() {
    assertThat(normaliser.terms("DfP cases"))
        .containsExactly("divers", "prosecut", "case");
  }
}
