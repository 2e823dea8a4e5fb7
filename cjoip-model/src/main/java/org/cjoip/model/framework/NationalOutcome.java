package org.cjoip.model.framework;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A nationally determined outcome ("More people successfully complete diversion from
 * prosecution"). In the 2023 framework each belongs to one priority action and has a national
 * indicator; the 2016 framework's outcomes belong to no priority action and have a category.
 */
@Value.Immutable
public abstract class NationalOutcome {

  /** Unique within the edition ({@code CJPF-O1}, {@code OPIF-O5}). */
  public abstract String id();

  /** The number of the priority action the outcome re-frames, if the edition has them. */
  public abstract Optional<Integer> priorityAction();

  /** The outcome as the framework words it. */
  public abstract String text();

  /**
   * The substantive clauses of an outcome that asks for more than one thing, each in the
   * framework's words ("access services to support desistance", "successfully complete
   * community sentences"); empty for an outcome of one clause. A plan that states the outcome
   * must state every clause.
   */
  public abstract List<String> clauses();

  /** Structural or person-centred, where the edition classifies its outcomes. */
  public abstract Optional<OutcomeCategory> category();

  /** The outcome's national indicator, where the edition gives one. */
  public abstract Optional<NationalIndicator> indicator();

  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    EditionChecks.requireText(id(), "id");
    priorityAction().ifPresent(pa -> EditionChecks.requirePositive(pa, "priorityAction"));
    EditionChecks.requireText(text(), "text");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalOutcome}. */
  public static class Builder extends ImmutableNationalOutcome.Builder {}
}
