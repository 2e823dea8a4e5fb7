package org.cjoip.model.annualreturn;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Figure;
import org.immutables.value.Value;

/**
 * A figure for the reporting year against one indicator: the plan's indicator or local
 * indicator in the plan's wording, or a national measure by its framework id
 * ({@code CJPF-M1.2}).
 *
 * <p>A figure is one of three things: a {@link #value()}; {@link #suppressed()}, withheld
 * because so few people are counted that they could be identified; or {@link #unavailable()},
 * with the reason there is none. A result that is none of these reports no figure; one that is
 * two of them, or that is unavailable for no stated reason, is kept as written for the checks.
 */
@Value.Immutable
public abstract class Result {

  /** The indicator as the plan words it, or a framework measure id. */
  public abstract String indicator();

  public abstract Optional<BigDecimal> value();

  public abstract Optional<Unit> unit();

  /** With a percentage or rate: the count the figure is made from. */
  public abstract Optional<BigDecimal> numerator();

  /** With a percentage or rate: the count it is out of. */
  public abstract Optional<BigDecimal> denominator();

  /** Where the figure comes from ("Justice Social Work Statistics 2023-24"). */
  public abstract Optional<String> source();

  /** Whether the figure is withheld as too small to publish safely. */
  @Value.Default
  public boolean suppressed() {
    return false;
  }

  /** Why there is no figure; empty text when the return gives no reason. */
  public abstract Optional<String> unavailable();

  /**
   * Whether the result reports a figure: a value, a suppressed figure, or none with a reason.
   * {@code unavailable} with no reason (empty or blank) is not a figure.
   */
  public boolean hasFigure() {
    return value().isPresent() || suppressed() || unavailable().filter(r -> !r.isBlank())
        .isPresent();
  }

  /** Whether the result says there is no figure but gives no reason (empty or blank). */
  public boolean isUnavailableWithoutReason() {
    return unavailable().filter(String::isBlank).isPresent();
  }

  /**
   * The count this result publishes that lies from 1 up to, not including, the threshold: its
   * value when it is a {@link Unit#COUNT}, otherwise its numerator. Such a count can identify
   * people and should be suppressed instead (disclosure control). Empty when it publishes no
   * such count; a suppressed result that still gives its value publishes it.
   */
  public Optional<BigDecimal> countBelow(int threshold) {
    BigDecimal limit = BigDecimal.valueOf(threshold);
    Optional<BigDecimal> count = unit().orElse(null) == Unit.COUNT ? value() : Optional.empty();
    return Stream.of(count, numerator())
        .flatMap(Optional::stream)
        .filter(v -> v.compareTo(BigDecimal.ONE) >= 0 && v.compareTo(limit) < 0)
        .findFirst();
  }

  @Value.Check
  protected void check() {
    require(value(), "value");
    require(numerator(), "numerator");
    require(denominator(), "denominator");
  }

  private static void require(Optional<BigDecimal> number, String field) {
    number.filter(v -> !Figure.isFigure(v)).ifPresent(v -> {
      throw new IllegalStateException(field + " must be " + Figure.bounds() + ", not " + v);
    });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Result}. */
  public static class Builder extends ImmutableResult.Builder {}
}
