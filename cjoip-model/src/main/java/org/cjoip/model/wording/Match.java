package org.cjoip.model.wording;

import java.util.Optional;

/**
 * What a text was recognised as: the verdict, the best candidate (present even for no match
 * when any candidate shares a word, so a report can name the closest), the score and why.
 *
 * @param verdict exact, close or none
 * @param candidate the best candidate
 * @param score 0 to 1
 * @param reason one sentence
 * @param <T> the payload's type
 */
public record Match<T>(Verdict verdict, Optional<Candidate<T>> candidate, double score,
    String reason) {

  /** How well a text matches its best candidate. */
  public enum Verdict {
    /** The same wording once case, punctuation, numbering and abbreviations are set aside. */
    EXACT,
    /** The same item in other words: a typo, a variant, a word more or less. */
    CLOSE,
    /** No candidate means the same. */
    NONE
  }
}
