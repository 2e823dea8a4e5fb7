package org.cjoip.rules.publish;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One line of a section's figures in the published report: an indicator, the reporting year's
 * figure in the words the report prints, and, beside it, the plan's baseline and target and the
 * figure of the year before. Every text is ready to print; a suppressed figure reads
 * {@code "suppressed"} and never a number.
 */
@Value.Immutable
public abstract class ReportedFigure {

  /** What the return says of the year's figure. */
  public enum State {
    /** A value is given. */
    REPORTED,
    /** The figure is withheld as too small to publish safely. */
    SUPPRESSED,
    /** The return says there is no figure, and why. */
    UNAVAILABLE,
    /** The return gives no figure for an indicator the plan or the framework asks for. */
    NOT_REPORTED
  }

  /** The indicator as the return words it; a measure named by its id is given its text. */
  public abstract String indicator();

  public abstract State state();

  /**
   * The year's figure as printed: {@code "81"}, {@code "72% (81 of 112)"}, {@code
   * "suppressed"}, {@code "unavailable: reason"} or {@code "not reported"}.
   */
  public abstract String figure();

  /** Where the figure comes from, as the return says. */
  public abstract Optional<String> source();

  /**
   * The plan's baseline for the indicator ({@code "60 (2021/22)"}), {@code "none in the
   * plan"} when the plan has the indicator without one; empty when the plan gives no figures
   * for it.
   */
  public abstract Optional<String> baseline();

  /** The plan's target, as {@link #baseline()} is the plan's baseline. */
  public abstract Optional<String> target();

  /**
   * The figure of the year before, from the return for that year when it was given, else from
   * the plan's results for that year; {@code "not reported"} when that return gives none, and
   * empty when neither says anything of the year.
   */
  public abstract Optional<String> yearBefore();

  @Value.Check
  protected void check() {
    if (state() == State.SUPPRESSED && !figure().equals(PublishedReport.SUPPRESSED)) {
      throw new IllegalStateException("figure must be '" + PublishedReport.SUPPRESSED
          + "' when state is SUPPRESSED, not '" + figure() + "'");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportedFigure}. */
  public static class Builder extends ImmutableReportedFigure.Builder {}
}
