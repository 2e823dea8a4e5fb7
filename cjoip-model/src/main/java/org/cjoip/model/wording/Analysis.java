package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One text as the matcher sees it: its canonical form and words, its key terms, which of them
 * are content terms, and whether it counts or measures something. Immutable.
 */
final class Analysis {

  final String canonical;
  final List<String> words;
  final List<Normaliser.Term> terms;
  /** Indices into {@link #terms} of the content (non-stop) terms, in order. */
  final int[] content;
  /** Whether a quantity word ("number", "percentage", …) occurs: an indicator, not an outcome. */
  final boolean quantified;
  final Set<String> stems;

  Analysis(String canonical, List<String> words, List<Normaliser.Term> terms, Normaliser n) {
    this.canonical = canonical;
    this.words = words;
    this.terms = List.copyOf(terms);
    List<Integer> c = new ArrayList<>();
    Set<String> s = new HashSet<>();
    boolean q = false;
    for (int i = 0; i < terms.size(); i++) {
      Normaliser.Term t = terms.get(i);
      s.add(t.stem());
      if (!t.stop()) {
        c.add(i);
        q |= n.isQuantity(t.stem());
      }
    }
    this.content = c.stream().mapToInt(Integer::intValue).toArray();
    this.quantified = q;
    this.stems = Set.copyOf(s);
  }

  boolean isEmpty() {
    return words.isEmpty();
  }

  Normaliser.Term content(int k) {
    return terms.get(content[k]);
  }

  /** The canonical words that terms {@code from}..{@code to} (exclusive) stand for. */
  String quote(int fromTerm, int toTerm) {
    if (fromTerm >= toTerm) {
      return "";
    }
    int from = terms.get(fromTerm).from();
    int to = terms.get(toTerm - 1).to();
    return String.join(" ", words.subList(from, to));
  }

  /** Whether a relation word ("to", "than", …) stands between the two terms. */
  boolean relatedBetween(int termA, int termB, Normaliser n) {
    int lo = Math.min(termA, termB);
    int hi = Math.max(termA, termB);
    for (int i = lo + 1; i < hi; i++) {
      if (n.isRelation(terms.get(i).form())) {
        return true;
      }
    }
    return false;
  }
}
