package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Recognises which of a fixed set of framework wordings a plan's text means, and how surely.
 *
 * <p>{@link #match} compares the text with every candidate and keeps the best:
 *
 * <ul>
 *   <li>{@link Match.Verdict#EXACT} when the text has the candidate's {@link
 *       Normaliser#canonical canonical} words (case, punctuation, bracketed remarks, sub-measure
 *       numbering and abbreviations set aside). Should two candidates share their canonical
 *       words, the one given first wins.
 *   <li>{@link Match.Verdict#CLOSE} when the best score reaches the close threshold and leads
 *       the runner-up by at least the margin.
 *   <li>{@link Match.Verdict#NONE} otherwise: below the threshold, or "ambiguous between" two
 *       candidates that both reach it but lie within the margin of each other. A text that
 *       could be either of two measures is not recognised as one of them at random; the reason
 *       names both, and the candidate is the better of the two.
 * </ul>
 *
 * <p>The score and the thresholds are explained in the {@linkplain org.cjoip.model.wording
 * package documentation}. Ties between equal scores go to the candidate given first, so results
 * are deterministic for a given candidate order.
 *
 * <p>The candidates' normal forms are computed once, when the matcher is made. A matcher is
 * immutable and safe to share between threads.
 *
 * @param <T> what the caller attaches to the candidates
 */
public final class WordingMatcher<T> {

  /**
   * How much of a text is compared, in characters. The longest framework wording has a few
   * hundred; a plan's text is compared by its beginning, so that a sentence of a million
   * characters costs what a long one does.
   */
  public static final int CONSIDERED = 2_000;

  private final List<Candidate<T>> candidates;
  private final List<Analysis> analyses;
  private final Normaliser normaliser;
  private final WordingData data;

  private WordingMatcher(List<Candidate<T>> candidates, Normaliser normaliser) {
    this.candidates = candidates;
    this.normaliser = normaliser;
    this.data = normaliser.data();
    List<Analysis> a = new ArrayList<>(candidates.size());
    for (Candidate<T> c : candidates) {
      Analysis analysis = normaliser.analyse(c.text());
      if (analysis.isEmpty()) {
        throw new IllegalArgumentException(
            "candidate " + c.key() + " has no words to match: '" + c.text() + "'");
      }
      a.add(analysis);
    }
    this.analyses = List.copyOf(a);
  }

  /**
   * A matcher over the given candidates, in their iteration order.
   *
   * @throws IllegalArgumentException if two candidates share a key, or a candidate's text has
   *     no words once brackets and numbering are dropped
   */
  public static <T> WordingMatcher<T> of(Collection<Candidate<T>> candidates) {
    Objects.requireNonNull(candidates, "candidates");
    List<Candidate<T>> list = List.copyOf(candidates);
    Set<String> keys = new HashSet<>();
    for (Candidate<T> c : list) {
      if (!keys.add(c.key())) {
        throw new IllegalArgumentException("two candidates share the key " + c.key());
      }
    }
    return new WordingMatcher<>(list, Normaliser.standard());
  }

  /** The candidates, in the order given. */
  public List<Candidate<T>> candidates() {
    return candidates;
  }

  /** The score a close match must reach. */
  static double closeThreshold() {
    return WordingData.standard().close;
  }

  /** How far a close match must lead the runner-up. */
  static double margin() {
    return WordingData.standard().margin;
  }

  /**
   * The best candidate for a text, with the verdict, the score and the reason. Never throws on
   * any string; {@code null} is a text with no words. Only the first {@link #CONSIDERED}
   * characters are compared.
   */
  public Match<T> match(String whole) {
    String text = considered(whole);
    Analysis a = normaliser.analyse(text);
    if (a.isEmpty()) {
      return none(null, 0, "the text has no words to recognise");
    }
    if (candidates.isEmpty()) {
      return none(null, 0, "there are no candidates to recognise");
    }
    for (int i = 0; i < candidates.size(); i++) {
      if (analyses.get(i).canonical.equals(a.canonical)) {
        return Match.<T>builder()
            .verdict(Match.Verdict.EXACT)
            .candidate(candidates.get(i))
            .score(1.0)
            .reason(exactReason(text, candidates.get(i).text()))
            .build();
      }
    }
    int best = -1;
    int second = -1;
    Similarity[] sims = new Similarity[candidates.size()];
    for (int i = 0; i < candidates.size(); i++) {
      sims[i] = Similarity.of(a, analyses.get(i), normaliser);
      if (best < 0 || sims[i].score > sims[best].score) {
        second = best;
        best = i;
      } else if (second < 0 || sims[i].score > sims[second].score) {
        second = i;
      }
    }
    Similarity s = sims[best];
    Candidate<T> c = candidates.get(best);
    if (s.score <= 0) {
      return none(null, 0, "no candidate shares the key terms");
    }
    if (s.score >= data.close) {
      double lead = second < 0 ? s.score : s.score - sims[second].score;
      if (lead < data.margin) {
        Candidate<T> r = candidates.get(second);
        return none(
            c,
            s.score,
            "ambiguous between " + c.key() + " ('" + c.text() + "', " + fmt(s.score) + ") and "
                + r.key() + " ('" + r.text() + "', " + fmt(sims[second].score)
                + "): neither leads by " + fmt(data.margin));
      }
      String diff = Similarity.differences(a, analyses.get(best), data);
      return Match.<T>builder()
          .verdict(Match.Verdict.CLOSE)
          .candidate(c)
          .score(s.score)
          .reason("close to " + c.key() + " (score " + fmt(s.score) + ")"
              + (diff.isEmpty() ? "" : ": " + diff))
          .build();
    }
    StringBuilder why = new StringBuilder();
    why.append("the closest, ").append(c.key()).append(" (score ").append(fmt(s.score))
        .append("), is below ").append(fmt(data.close));
    List<String> notes = new ArrayList<>(s.contradictions);
    if (s.kindDiffers) {
      notes.add(a.quantified
          ? "the text counts something and the candidate does not"
          : "the candidate counts something and the text does not");
    }
    notes.add("shared terms: " + (s.shared.isEmpty() ? "none" : quoted(s.shared)));
    why.append(": ").append(String.join("; ", notes));
    return none(c, s.score, why.toString());
  }

  /**
   * Whether an unrecognised text's nearest candidate is nonetheless genuinely close: its score
   * reaches the near-miss floor ({@code thresholds.nearMiss} in the wording data), so a finding
   * may name it as "the closest". Below the floor the nearest candidate shares little more
   * than a word or two, and naming it would mislead.
   */
  public boolean isNearMiss(Match<T> match) {
    return !match.recognised() && match.candidate().isPresent()
        && match.score() >= data.nearMiss;
  }

  /** The beginning of a text that is compared, cut between characters. */
  static String considered(String text) {
    if (text == null || text.length() <= CONSIDERED) {
      return text;
    }
    int end = Character.isHighSurrogate(text.charAt(CONSIDERED - 1)) ? CONSIDERED - 1
        : CONSIDERED;
    return text.substring(0, end);
  }

  private String exactReason(String text, String candidate) {
    if (text.equals(candidate)) {
      return "identical wording";
    }
    if (normaliser.plainWords(text).equals(normaliser.plainWords(candidate))) {
      return "same wording after normalising case and punctuation";
    }
    return "same wording after normalising case, punctuation, bracketed remarks, numbering and"
        + " abbreviations";
  }

  private Match<T> none(Candidate<T> c, double score, String reason) {
    return Match.<T>builder()
        .verdict(Match.Verdict.NONE)
        .candidate(Optional.ofNullable(c))
        .score(score)
        .reason(reason)
        .build();
  }

  private static String quoted(List<String> words) {
    List<String> out = new ArrayList<>(words.size());
    for (String w : words) {
      out.add("'" + w + "'");
    }
    return String.join(", ", out);
  }

  private static String fmt(double d) {
    return String.format(Locale.ROOT, "%.2f", d);
  }
}
