package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cjoip.model.text.EditDistance;

/**
 * How alike a text and one candidate are, with the evidence a reason quotes: the score, the
 * shared terms, and any contradiction (a reversed relation, an opposite word).
 * See the package documentation for the formula.
 */
final class Similarity {

  private static final int MAX_ITEMS = 4;

  final double score;
  final boolean kindDiffers;
  /** Shared content words, as the text words them. */
  final List<String> shared;
  /** Contradictions in words: reversed relations and opposite words. */
  final List<String> contradictions;

  private Similarity(
      double score, boolean kindDiffers, List<String> shared, List<String> contradictions) {
    this.score = score;
    this.kindDiffers = kindDiffers;
    this.shared = shared;
    this.contradictions = contradictions;
  }

  static Similarity of(Analysis a, Analysis b, Normaliser n) {
    WordingData d = n.data();
    int na = a.content.length;
    int nb = b.content.length;
    if (na == 0 || nb == 0) {
      return new Similarity(0, false, List.of(), List.of());
    }
    // Unigrams, one to one: identical stems first, then near spellings.
    int[] partner = new int[na];
    boolean[] taken = new boolean[nb];
    Arrays.fill(partner, -1);
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < na; i++) {
        if (partner[i] >= 0) {
          continue;
        }
        for (int j = 0; j < nb; j++) {
          if (!taken[j]
              && (pass == 0
                  ? a.content(i).stem().equals(b.content(j).stem())
                  : same(a.content(i), b.content(j), d))) {
            partner[i] = j;
            taken[j] = true;
            break;
          }
        }
      }
    }
    int matched = 0;
    Set<String> shared = new LinkedHashSet<>();
    for (int i = 0; i < na; i++) {
      if (partner[i] >= 0) {
        matched++;
        shared.add(a.quote(a.content[i], a.content[i] + 1));
      }
    }
    double unigram = 2.0 * matched / (na + nb);

    // Ordered pairs of content terms at most bigramWindow apart, one to one: word order counts,
    // but a word slipped in between does not break a pair.
    double bigram;
    if (na < 2 || nb < 2) {
      bigram = unigram;
    } else {
      List<int[]> pa = pairs(na, d.bigramWindow);
      List<int[]> pb = pairs(nb, d.bigramWindow);
      boolean[] usedB = new boolean[pb.size()];
      int found = 0;
      for (int[] x : pa) {
        for (int j = 0; j < pb.size(); j++) {
          int[] y = pb.get(j);
          if (!usedB[j]
              && same(a.content(x[0]), b.content(y[0]), d)
              && same(a.content(x[1]), b.content(y[1]), d)) {
            usedB[j] = true;
            found++;
            break;
          }
        }
      }
      bigram = 2.0 * found / (pa.size() + pb.size());
    }
    // Adjacent terms the candidate has the other way round, joined by a relation word ("from
    // custody to community" against "from community to custody"), state the opposite relation.
    List<String> contradictions = new ArrayList<>();
    boolean[] reversedB = new boolean[Math.max(0, nb - 1)];
    for (int i = 0; i + 1 < na; i++) {
      Normaliser.Term a1 = a.content(i);
      Normaliser.Term a2 = a.content(i + 1);
      if (same(a1, a2, d) || adjacent(b, a1, a2, d)) {
        continue;
      }
      for (int j = 0; j + 1 < nb; j++) {
        if (!reversedB[j]
            && same(a1, b.content(j + 1), d)
            && same(a2, b.content(j), d)
            && !adjacent(a, b.content(j), b.content(j + 1), d)
            && (a.relatedBetween(a.content[i], a.content[i + 1], n)
                || b.relatedBetween(b.content[j], b.content[j + 1], n))) {
          reversedB[j] = true;
          contradictions.add(
              "'" + a.quote(a.content[i], a.content[i] + 1) + " … "
                  + a.quote(a.content[i + 1], a.content[i + 1] + 1) + "' reverses '"
                  + b.quote(b.content[j], b.content[j] + 1) + " … "
                  + b.quote(b.content[j + 1], b.content[j + 1] + 1) + "'");
          break;
        }
      }
    }
    for (List<String> pair : n.oppositeStems()) {
      String x = pair.get(0);
      String y = pair.get(1);
      if (opposed(a, b, x, y)) {
        contradictions.add("'" + word(a, y) + "' against '" + word(b, x) + "'");
      } else if (opposed(a, b, y, x)) {
        contradictions.add("'" + word(a, x) + "' against '" + word(b, y) + "'");
      }
    }
    boolean kindDiffers = a.quantified != b.quantified;
    double score = d.unigramWeight * unigram + d.bigramWeight * bigram;
    if (kindDiffers) {
      score *= d.kindPenalty;
    }
    score *= Math.pow(d.contradictionPenalty, contradictions.size());
    score = Math.max(0, Math.min(1, score));
    return new Similarity(score, kindDiffers, List.copyOf(shared), List.copyOf(contradictions));
  }

  /** The ordered pairs (i, j) of content positions with 1 <= j - i <= window. */
  private static List<int[]> pairs(int n, int window) {
    List<int[]> out = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      for (int j = i + 1; j < n && j - i <= window; j++) {
        out.add(new int[] {i, j});
      }
    }
    return out;
  }

  /** Whether the analysis has the two terms next to each other, in this order. */
  private static boolean adjacent(
      Analysis x, Normaliser.Term first, Normaliser.Term second, WordingData d) {
    for (int k = 0; k + 1 < x.content.length; k++) {
      if (same(x.content(k), first, d) && same(x.content(k + 1), second, d)) {
        return true;
      }
    }
    return false;
  }

  /** Whether the candidate says {@code x} where the text says {@code y}, and neither both. */
  private static boolean opposed(Analysis a, Analysis b, String x, String y) {
    return b.stems.contains(x) && !b.stems.contains(y)
        && a.stems.contains(y) && !a.stems.contains(x);
  }

  private static String word(Analysis a, String stem) {
    for (int i = 0; i < a.terms.size(); i++) {
      if (a.terms.get(i).stem().equals(stem)) {
        return a.quote(i, i + 1);
      }
    }
    return stem;
  }

  /**
   * Whether two terms count as the same word: stop words only when identical; content words
   * when their stems agree, or when both are long enough and one small edit apart (a typo).
   */
  static boolean same(Normaliser.Term x, Normaliser.Term y, WordingData d) {
    if (x.stop() || y.stop()) {
      return x.stop() && y.stop() && x.form().equals(y.form());
    }
    if (x.stem().equals(y.stem())) {
      return true;
    }
    return Math.min(x.form().length(), y.form().length()) >= d.fuzzyMinLength
        && EditDistance.within(x.form(), y.form(), d.fuzzyMaxEdits) <= d.fuzzyMaxEdits;
  }

  /**
   * The differences between the text and the candidate, in reading order, as a reason quotes
   * them: "'homelessness'~'homeless'", "'is last known address'~'was the property …'",
   * "missing 'that'", "extra 'the'"; at most four, then "…".
   */
  static String differences(Analysis a, Analysis b, WordingData d) {
    int m = a.terms.size();
    int k = b.terms.size();
    int[][] lcs = new int[m + 1][k + 1];
    for (int i = m - 1; i >= 0; i--) {
      for (int j = k - 1; j >= 0; j--) {
        lcs[i][j] =
            same(a.terms.get(i), b.terms.get(j), d)
                ? lcs[i + 1][j + 1] + 1
                : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<String> items = new ArrayList<>();
    int i = 0;
    int j = 0;
    int runA = 0;
    int runB = 0;
    while (i < m || j < k) {
      if (i < m && j < k && same(a.terms.get(i), b.terms.get(j), d)
          && lcs[i][j] == lcs[i + 1][j + 1] + 1) {
        addRun(items, a, runA, i, b, runB, j);
        String x = a.quote(i, i + 1);
        String y = b.quote(j, j + 1);
        if (!x.equals(y)) {
          items.add("'" + x + "'~'" + y + "'");
        }
        i++;
        j++;
        runA = i;
        runB = j;
      } else if (j >= k || (i < m && lcs[i + 1][j] >= lcs[i][j + 1])) {
        i++;
      } else {
        j++;
      }
    }
    addRun(items, a, runA, m, b, runB, k);
    List<String> shown = new ArrayList<>(items.subList(0, Math.min(MAX_ITEMS, items.size())));
    if (items.size() > MAX_ITEMS) {
      shown.add("…");
    }
    return String.join(", ", shown);
  }

  private static void addRun(
      List<String> items, Analysis a, int fromA, int toA, Analysis b, int fromB, int toB) {
    String x = a.quote(fromA, toA);
    String y = b.quote(fromB, toB);
    if (!x.isEmpty() && !y.isEmpty()) {
      items.add("'" + x + "'~'" + y + "'");
    } else if (!x.isEmpty()) {
      items.add("extra '" + x + "'");
    } else if (!y.isEmpty()) {
      items.add("missing '" + y + "'");
    }
  }
}
