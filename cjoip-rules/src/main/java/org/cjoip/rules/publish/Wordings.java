package org.cjoip.rules.publish;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.cjoip.model.text.Normalise;
import org.cjoip.model.wording.Candidate;
import org.cjoip.model.wording.Match;
import org.cjoip.model.wording.Normaliser;
import org.cjoip.model.wording.WordingMatcher;

/**
 * Finds, among a list of items worded by a plan or a return, the one a text names: the same
 * words first, else the wording matcher's recognition. Immutable once made.
 *
 * @param <T> the items
 */
final class Wordings<T> {

  /**
   * Lists longer than this are searched by the same words only: the matcher compares a text
   * with every candidate, and a return of a hundred thousand results would make that ten
   * thousand million comparisons.
   */
  static final int MATCHED_AT_MOST = 500;

  private final Map<String, T> byKey = new HashMap<>();
  private final WordingMatcher<T> matcher;

  private Wordings(List<T> items, Function<T, String> text) {
    List<Candidate<T>> candidates = new ArrayList<>();
    Normaliser normaliser = Normaliser.standard();
    for (int i = 0; i < items.size(); i++) {
      T item = items.get(i);
      String words = text.apply(item);
      byKey.putIfAbsent(Normalise.key(words), item);
      if (items.size() <= MATCHED_AT_MOST && !normaliser.canonical(words).isBlank()) {
        candidates.add(Candidate.of(Integer.toString(i), words, item));
      }
    }
    this.matcher = candidates.isEmpty() ? null : WordingMatcher.of(candidates);
  }

  static <T> Wordings<T> of(List<T> items, Function<T, String> text) {
    return new Wordings<>(items, text);
  }

  /** The item the text names, if one does. */
  Optional<T> find(String text) {
    T same = byKey.get(Normalise.key(text));
    if (same != null || matcher == null) {
      return Optional.ofNullable(same);
    }
    Match<T> m = matcher.match(text);
    return m.recognised() ? m.candidate().map(Candidate::payload) : Optional.empty();
  }
}
