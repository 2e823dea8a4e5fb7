package org.cjoip.model.framework;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One of the thirteen priority actions of the National Strategy for Community Justice (2022),
 * under one of its aims. Plans answer to the framework priority action by priority action.
 */
@Value.Immutable
public abstract class PriorityAction {

  /** The priority action's number, 1 to 13. */
  public abstract int number();

  /** The number of the aim it serves. */
  public abstract int aim();

  /** The priority action as the strategy words it. */
  public abstract String text();

  /**
   * The framework's own note for a priority action that has no nationally determined outcome
   * (why not, and that local evidence can still be collected); empty for one that has.
   */
  public abstract Optional<String> noOutcomeNote();

  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    EditionChecks.requireRange(number(), 1, 13, "number");
    EditionChecks.requirePositive(aim(), "aim");
    EditionChecks.requireText(text(), "text");
    noOutcomeNote().ifPresent(n -> EditionChecks.requireText(n, "noOutcomeNote"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PriorityAction}. */
  public static class Builder extends ImmutablePriorityAction.Builder {}
}
