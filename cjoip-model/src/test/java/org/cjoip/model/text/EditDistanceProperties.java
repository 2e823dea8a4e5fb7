package org.cjoip.model.text;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** The edit distance, kept in three rows, is the whole table's, capped at the limit plus one. */
final class EditDistanceProperties {

  /** Short words over a few letters, so they are often a transposition or two apart. */
  @Provide
  Arbitrary<String> words() {
    return Arbitraries.strings().withChars("abcde").ofMaxLength(9);
  }

  @Property
  void within_isTheTablesCapped(@ForAll("words") String s, @ForAll("words") String t,
      @ForAll @IntRange(min = 0, max = 4) int limit) {
    assertThat(EditDistance.within(s, t, limit))
        .isEqualTo(Math.min(table(s, t), limit + 1));
  }

  /** Optimal string alignment distance by its whole table, as the textbook writes it. */
  private static int table(String s, String t) {
    int[][] d = new int[s.length() + 1][t.length() + 1];
    for (int i = 0; i <= s.length(); i++) {
      d[i][0] = i;
    }
    for (int j = 0; j <= t.length(); j++) {
      d[0][j] = j;
    }
    for (int i = 1; i <= s.length(); i++) {
      for (int j = 1; j <= t.length(); j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        d[i][j] = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
        if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2)
            && s.charAt(i - 2) == t.charAt(j - 1)) {
          d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
        }
      }
    }
    return d[s.length()][t.length()];
  }
}
