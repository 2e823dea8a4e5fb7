package org.cjoip.model.plan;

import java.math.BigDecimal;
import java.util.Optional;
import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * One figure of an indicator: a value for a reporting year. {@link #text()} keeps the figure as
 * the plan wrote it ("below the national average"); a figure with text but no value is not a
 * number the assessment can use.
 */
@Value.Immutable
public abstract class Figure {

  /**
   * Figures are smaller than this in size: 10<sup>15</sup>, a thousand million million, far
   * beyond any count or rate a plan reports.
   */
  public static final BigDecimal LIMIT = BigDecimal.TEN.pow(15);

  /** The most decimal places a figure has, trailing zeros aside. */
  public static final int MAX_DECIMAL_PLACES = 10;

  // Digits enough for any figure within the limits, however it is written.
  private static final int MAX_PRECISION = 1100;

  public abstract Optional<FinancialYear> period();

  public abstract Optional<BigDecimal> value();

  public abstract Optional<String> text();

  /**
   * Whether a number is one a figure may be: smaller than {@link #LIMIT} in size, with at most
   * {@link #MAX_DECIMAL_PLACES} decimal places. Within these bounds every comparison and
   * difference of figures takes a few steps and a few bytes, and every figure can be drawn;
   * outside them a number of twelve characters ({@code 1e100000000}) would need a hundred
   * million digits. Decided without arithmetic on the number itself.
   */
  public static boolean isFigure(BigDecimal value) {
    if (value.signum() == 0) {
      return true;
    }
    // In long: the magnitude of 1e2147483647 overflows an int and would pass as negative.
    if (value.precision() > MAX_PRECISION || (long) value.precision() - value.scale() > 15) {
      return false;
    }
    return value.scale() <= MAX_DECIMAL_PLACES
        || value.stripTrailingZeros().scale() <= MAX_DECIMAL_PLACES;
  }

  /** What a figure may be, for messages. */
  public static String bounds() {
    return "a number smaller than 10^15 in size, with at most " + MAX_DECIMAL_PLACES
        + " decimal places";
  }

  @Value.Check
  protected void check() {
    value().filter(v -> !isFigure(v)).ifPresent(v -> {
      throw new IllegalStateException("value must be " + bounds() + ", not " + v);
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Figure}. */
  public static class Builder extends ImmutableFigure.Builder {}
}
