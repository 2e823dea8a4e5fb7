package org.cjoip.model.text;

/**
 * How far apart two words are as typed: the optimal string alignment distance, the fewest
 * insertions, deletions, substitutions and transpositions of adjacent letters that make one the
 * other, counted only as far as a limit. Recognising a plan's wording and offering the member a
 * rule writer meant both ask whether a word is within a few slips of another.
 */
public final class EditDistance {

  private EditDistance() {}

  /** The distance between two texts, or {@code limit + 1} when it is more than {@code limit}. */
  public static int within(String s, String t, int limit) {
    int m = s.length();
    int k = t.length();
    if (Math.abs(m - k) > limit) {
      return limit + 1;
    }
    // Three rows of the table, the two before and this one: a transposition looks back two.
    int[] before = new int[k + 1];
    int[] last = new int[k + 1];
    int[] row = new int[k + 1];
    for (int j = 0; j <= k; j++) {
      last[j] = j;
    }
    for (int i = 1; i <= m; i++) {
      // The row's first cell counts: against an empty string it is the only one.
      row[0] = i;
      int rowMin = i;
      for (int j = 1; j <= k; j++) {
        int cost = s.charAt(i - 1) == t.charAt(j - 1) ? 0 : 1;
        int v = Math.min(last[j] + 1, row[j - 1] + 1);
        v = Math.min(v, last[j - 1] + cost);
        if (i > 1 && j > 1 && s.charAt(i - 1) == t.charAt(j - 2)
            && s.charAt(i - 2) == t.charAt(j - 1)) {
          v = Math.min(v, before[j - 2] + 1);
        }
        row[j] = v;
        rowMin = Math.min(rowMin, v);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] spare = before;
      before = last;
      last = row;
      row = spare;
    }
    return Math.min(last[k], limit + 1);
  }
}
