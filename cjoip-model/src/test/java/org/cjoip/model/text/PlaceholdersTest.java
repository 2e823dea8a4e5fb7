package org.cjoip.model.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class PlaceholdersTest {

  private final Placeholders placeholders = Placeholders.standard();

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # Whole-text placeholders.
          ""                                               | true
          "   "                                            | true
          -                                                | true
          \u2013                                           | true
          ---                                              | true
          N/A                                              | true
          n/a                                              | true
          N / A                                            | true
          None                                             | true
          TBC                                              | true
          tbc                                              | true
          TBA                                              | true
          TBD                                              | true
          To be confirmed                                  | true
          to be agreed                                     | true
          To be decided                                    | true
          TO BE DEVELOPED                                  | true
          To be determined                                 | true
          # Text that begins with a placeholder phrase.
          TBC - partner agencies                           | true
          TBC.                                             | true
          N/A - no national indicator                      | true
          None identified                                  | true
          To be confirmed with partners                    | true
          To be developed following the SNSA               | true
          Local indicators will be developed following completion of the SNSA | true
          Measures will be agreed by the partnership       | true
          Targets will be confirmed                        | true
          # Text that defers (catalogue 2).
          Plan will have its own measures                  | true
          The delivery plan will have their own indicators | true
          Measures to follow                               | true
          To follow.                                       | true
          Detailed measures to follow (autumn 2024)        | false
          Guidance for partners to follow when referring   | false
          Partners will have their own budgets             | false
          # Placeholders as the Perth and Kinross plan writes them.
          To be developed.                                 | true
          N/A.                                             | true
          # Not placeholders.
          Number of referrals (n/a where not recorded)     | false
          Police Scotland                                  | false
          CJ Co-ordinator                                  | false
          Referral numbers                                 | false
          Post training survey                             | false
          - Police Scotland                                | false
          Nature of offending                              | false
          Nonetheless monitored                            | false
          TBCs agreed                                      | false
          Tobacco use                                      | false
          To be reviewed annually                          | false
          Increase in referrals to be confirmed by audit   | false
          """)
  void isPlaceholder_followsTheCatalogue(String text, boolean expected) {
    assertThat(placeholders.isPlaceholder(text)).isEqualTo(expected);
  }

  @Test
  void isPlaceholder_willBeDevelopedNeedsAShortSubject() {
    assertThat(
            placeholders.isPlaceholder(
                "Local indicators will be developed following completion of Strategic Needs "
                    + "and Strengths Assessment"))
        .isTrue();
    assertThat(
            placeholders.isPlaceholder(
                "A programme of multi-agency training for staff across all partners will be "
                    + "developed"))
        .isFalse();
  }

  @Test
  void isPlaceholder_null() {
    assertThat(placeholders.isPlaceholder(null)).isTrue();
  }

  @Test
  void isPlaceholder_ignoresUnicodeWhitespaceAndCompatibilityForms() {
    assertThat(placeholders.isPlaceholder("\u00a0TBC\t")).isTrue();
    assertThat(placeholders.isPlaceholder("\uff34\uff22\uff23")).isTrue();
    assertThat(placeholders.isPlaceholder("To\u00a0be\n  confirmed")).isTrue();
  }

  @Test
  void isPlaceholder_nationalOutcomeWordingIsNotGeneral() {
    assertThat(placeholders.isPlaceholder("No National Outcome")).isFalse();
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          No National Outcome                                          | true
          No National Outcome.                                         | true
          no national outcomes                                         | true
          None Given (Nationally)                                      | true
          None given nationally                                        | true
          None Given Nationally                                        | true
          N/A                                                          | true
          TBC                                                          | true
          No nationally determined outcome.                            | true
          No nationally determined outcome. This will be considered.   | true
          More people access voluntary throughcare                     | false
          More people in police custody receive support to address their needs. | false
          National outcome to follow                                   | true
          National outcome to follow the consultation                  | false
          """)
  void isNationalOutcomePlaceholder_followsTheFormat(String text, boolean expected) {
    assertThat(placeholders.isNationalOutcomePlaceholder(text)).isEqualTo(expected);
  }

  @Test
  void isNationalOutcomePlaceholder_null() {
    assertThat(placeholders.isNationalOutcomePlaceholder(null)).isTrue();
  }

  @Test
  void of_usesTheGivenPatternsAgainstTheWholeFoldedText() {
    Placeholders custom = Placeholders.of(List.of("^pending$"), List.of("^not set(?: .*)?$"));

    assertThat(custom.isPlaceholder("  PENDING ")).isTrue();
    assertThat(custom.isPlaceholder("pending review")).isFalse();
    assertThat(custom.isPlaceholder("TBC")).isFalse();
    assertThat(custom.isNationalOutcomePlaceholder("Not set yet")).isTrue();
    assertThat(custom.isNationalOutcomePlaceholder("Pending")).isTrue();
    assertThat(custom.isPlaceholder("Not set yet")).isFalse();
  }

  @Test
  void of_rejectsAnInvalidPattern() {
    assertThatThrownBy(() -> Placeholders.of(List.of("^(tbc$"), List.of()))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void standard_isOneInstance() {
    assertThat(Placeholders.standard()).isSameAs(Placeholders.standard());
  }

  @Test
  void isPlaceholder_copesWithVeryLongText() {
    String words = "word ".repeat(200_000);

    assertThat(placeholders.isPlaceholder(words + "will be developed")).isFalse();
    assertThat(placeholders.isPlaceholder("TBC " + words)).isTrue();
    assertThat(placeholders.isPlaceholder("x".repeat(1_000_000))).isFalse();
  }
}
