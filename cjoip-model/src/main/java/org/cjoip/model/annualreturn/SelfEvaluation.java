package org.cjoip.model.annualreturn;

import java.util.List;
import org.immutables.value.Value;

/**
 * The partners' own grading of their work on a priority action in the year, on the edition's
 * six-point self-evaluation scale (6 excellent … 1 unsatisfactory), with the evidence it rests
 * on.
 */
@Value.Immutable
public abstract class SelfEvaluation {

  /** The lowest point of the six-point scale. */
  public static final int LOWEST = 1;

  /** The highest point of the six-point scale. */
  public static final int HIGHEST = 6;

  public abstract int score();

  /** What the grade rests on, in the return's words ("Case file audit, March 2024"). */
  public abstract List<String> evidence();

  @Value.Check
  protected void check() {
    if (score() < LOWEST || score() > HIGHEST) {
      throw new IllegalStateException(
          "score must be from " + LOWEST + " to " + HIGHEST + ": " + score());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SelfEvaluation}. */
  public static class Builder extends ImmutableSelfEvaluation.Builder {}
}
