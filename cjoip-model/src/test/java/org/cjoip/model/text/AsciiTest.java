package org.cjoip.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

final class AsciiTest {

  @ParameterizedTest
  @ValueSource(strings = {"MONDAY", "monday", "Monday", "mOnDaY"})
  void constant_ignoresAsciiLetterCase(String text) {
    assertThat(Ascii.constant(DayOfWeek.class, text)).contains(DayOfWeek.MONDAY);
  }

  @ParameterizedTest
  // Letters that upper-case to ASCII under Unicode rules: long s, dotless i, Kelvin sign.
  @ValueSource(strings = {"ſunday", "frıday", "\u212Aelvin", "MONDAY ", "", "MONDAYS"})
  void constant_takesNoOtherLetterForAnAsciiOne(String text) {
    assertThat(Ascii.constant(DayOfWeek.class, text)).isEmpty();
  }

  @Test
  void upperCase_ofAsciiOnly() {
    assertThat(Ascii.upperCase("in_progress-2")).contains("IN_PROGRESS-2");
    assertThat(Ascii.upperCase("ın_progress")).isEmpty();
  }
}
