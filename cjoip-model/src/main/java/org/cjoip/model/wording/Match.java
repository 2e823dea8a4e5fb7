package org.cjoip.model.wording;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a plan's text was recognised as: the verdict, the best candidate, the score behind it and
 * one sentence saying why.
 *
 * <p>The candidate is present for {@link Verdict#EXACT} and {@link Verdict#CLOSE}, and also for
 * {@link Verdict#NONE} whenever some candidate scored above zero, so that a finding can name
 * "the closest measure". A {@code NONE} with a candidate is not a recognition: it is only the
 * nearest wording there is.
 *
 * @param <T> what the caller attached to the candidates
 */
@Value.Immutable
public abstract class Match<T> {

  /** How well the text matches its best candidate. */
  public enum Verdict {
    /** The same words as the candidate, once case, punctuation and typography are set aside. */
    EXACT,
    /** Not the same words, but close enough, and clearly closer than any other candidate. */
    CLOSE,
    /** Not recognised: nothing close enough, or two candidates equally close. */
    NONE
  }

  public abstract Verdict verdict();

  /** The best candidate; see the class documentation for when it is present. */
  public abstract Optional<Candidate<T>> candidate();

  /** The similarity to the best candidate, from 0 (nothing shared) to 1 (exact). */
  public abstract double score();

  /** One sentence saying why: what differs, what is shared, or what stands in the way. */
  public abstract String reason();

  /** Whether the text was recognised as a candidate (exactly or closely). */
  public boolean recognised() {
    return verdict() != Verdict.NONE;
  }

  @Value.Check
  protected void check() {
    if (!(score() >= 0 && score() <= 1)) {
      throw new IllegalStateException("score must be from 0 to 1: " + score());
    }
    if (verdict() != Verdict.NONE && candidate().isEmpty()) {
      throw new IllegalStateException("candidate must be present for verdict " + verdict());
    }
    if (verdict() == Verdict.EXACT && score() != 1) {
      throw new IllegalStateException("score must be 1 for an exact match: " + score());
    }
    if (reason().isBlank()) {
      throw new IllegalStateException("reason must not be blank");
    }
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link Match}.
   *
   * @param <T> what the caller attached to the candidates
   */
  public static class Builder<T> extends ImmutableMatch.Builder<T> {}
}
