package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * Finds the framework item a plan's text means, over all candidates, so that another priority
 * action's outcome quoted in the wrong section resolves to that action. Immutable and
 * thread-safe; candidates are normalised once.
 *
 * @param <T> the candidates' payload type
 */
public final class WordingMatcher<T> {

  private record Prepared<T>(Candidate<T> candidate, String normal, List<String> content) {}

  private final Normaliser normaliser = Normaliser.standard();
  private final List<Prepared<T>> candidates;

  private WordingMatcher(Collection<Candidate<T>> candidates) {
    List<Prepared<T>> prepared = new ArrayList<>();
    for (Candidate<T> c : candidates) {
      prepared.add(new Prepared<>(c, normaliser.normalise(c.text()), normaliser.content(c.text())));
    }
    this.candidates = List.copyOf(prepared);
  }

  public static <T> WordingMatcher<T> of(Collection<Candidate<T>> candidates) {
    return new WordingMatcher<>(candidates);
  }

  /** The best candidate for the text, with a verdict. Never throws. */
  public Match<T> match(String text) {
    if (text == null || text.isBlank()) {
      return new Match<>(Match.Verdict.NONE, Optional.empty(), 0, "the text is empty");
    }
    String normal = normaliser.normalise(text);
    List<String> content = normaliser.content(text);
    Prepared<T> best = null;
    double bestScore = 0;
    for (Prepared<T> c : candidates) {
      if (!normal.isEmpty() && c.normal().equals(normal)) {
        return new Match<>(Match.Verdict.EXACT, Optional.of(c.candidate()), 1.0,
            "the same wording once case, punctuation and abbreviations are set aside");
      }
      double s = score(content, c.content());
      if (s > bestScore) {
        bestScore = s;
        best = c;
      }
    }
    if (best == null) {
      return new Match<>(Match.Verdict.NONE, Optional.empty(), 0,
          "no candidate shares a key word");
    }
    boolean close = bestScore >= normaliser.closeThreshold();
    return new Match<>(close ? Match.Verdict.CLOSE : Match.Verdict.NONE,
        Optional.of(best.candidate()), bestScore,
        (close ? "close to " : "closest is ") + best.candidate().key() + String.format(
            " (score %.2f, threshold %.2f)", bestScore, normaliser.closeThreshold()));
  }

  /**
   * Word overlap (the mean of Dice and containment, with one-edit typos forgiven in longer
   * words), reduced when shared words come in reverse order: "from custody to community" is not
   * "community to custody".
   */
  static double score(List<String> a, List<String> b) {
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    List<int[]> pairs = new ArrayList<>();
    boolean[] used = new boolean[b.size()];
    for (int i = 0; i < a.size(); i++) {
      for (int j = 0; j < b.size(); j++) {
        if (!used[j] && same(a.get(i), b.get(j))) {
          used[j] = true;
          pairs.add(new int[] {i, j});
          break;
        }
      }
    }
    int shared = pairs.size();
    if (shared == 0) {
      return 0;
    }
    double dice = 2.0 * shared / (a.size() + b.size());
    double containment = (double) shared / Math.min(a.size(), b.size());
    int inversions = 0;
    int total = 0;
    for (int x = 0; x < pairs.size(); x++) {
      for (int y = x + 1; y < pairs.size(); y++) {
        total++;
        if (pairs.get(y)[1] < pairs.get(x)[1]) {
          inversions++;
        }
      }
    }
    double order = total == 0 ? 1 : Math.max(0, 1 - 5.0 * inversions / total);
    return (dice + containment) / 2 * order;
  }

  private static boolean same(String x, String y) {
    if (x.equals(y)) {
      return true;
    }
    return x.length() >= 5 && y.length() >= 5 && Math.abs(x.length() - y.length()) <= 1
        && edits(x, y) <= 1;
  }

  private static int edits(String x, String y) {
    int[] prev = new int[y.length() + 1];
    int[] cur = new int[y.length() + 1];
    for (int j = 0; j <= y.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= x.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= y.length(); j++) {
        int cost = x.charAt(i - 1) == y.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[y.length()];
  }
}
