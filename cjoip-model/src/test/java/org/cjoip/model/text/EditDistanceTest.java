package org.cjoip.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EditDistanceTest {

  @ParameterizedTest(name = "{0} ~ {1} within {2}: {3}")
  @CsvSource(delimiter = '|', value = {
      "'' | '' | 2 | 0",
      "abc | abc | 1 | 0",
      "kitten | sitting | 3 | 3",
      "kitten | sitting | 2 | 3",
      "ab | ba | 1 | 1",
      "abcd | acbd | 1 | 1",
      "abc | abcd | 1 | 1",
      "abc | abcde | 1 | 2",
      "abc | abcde | 2 | 2",
      "desistence | desistance | 1 | 1",
      "abcdef | badcfe | 2 | 3",
      "abcdef | badcfe | 3 | 3",
      "a | b | 0 | 1",
      "ca | abc | 3 | 3",
      "abc | axc | 1 | 1",
      "abc | '' | 3 | 3",
      "'' | abc | 3 | 3",
      "abcdef | abcdefg | 0 | 1",
  })
  void within_optimalStringAlignmentCappedAtLimitPlusOne(
      String s, String t, int limit, int expected) {
    assertThat(EditDistance.within(s, t, limit)).isEqualTo(expected);
    assertThat(EditDistance.within(t, s, limit)).isEqualTo(expected);
  }
}
