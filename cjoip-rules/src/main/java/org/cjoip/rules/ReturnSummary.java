package org.cjoip.rules;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cjoip.model.time.FinancialYear;
import org.immutables.value.Value;

/**
 * The annual return an assessment checked against its plan: which return it was, and the
 * state of each national measure's figure for the year, the s23(b) picture a partnership
 * board and Community Justice Scotland read first.
 */
@Value.Immutable
public abstract class ReturnSummary {

  /** The return's title. */
  public abstract String title();

  /** The year the return reports on. */
  public abstract FinancialYear reportingYear();

  /** The plan document's name as the caller gave it. */
  public abstract String planSource();

  /** The returns for earlier years given beside it, by their names, oldest first. */
  public abstract List<String> earlierSources();

  /**
   * A row per national measure of each priority action the plan addresses (edition order),
   * and per figure the return gives for a measure of an action it does not address.
   */
  public abstract List<MeasureFigure> figures();

  /** How many measures' figures are in each state, every state present. */
  @Value.Derived
  public Map<MeasureFigure.State, Integer> figureCounts() {
    Map<MeasureFigure.State, Integer> counts = new EnumMap<>(MeasureFigure.State.class);
    for (MeasureFigure.State s : MeasureFigure.State.values()) {
      counts.put(s, 0);
    }
    figures().forEach(f -> counts.merge(f.state(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReturnSummary}. */
  public static class Builder extends ImmutableReturnSummary.Builder {}
}
