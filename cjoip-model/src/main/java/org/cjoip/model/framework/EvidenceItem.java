package org.cjoip.model.framework;

import org.immutables.value.Value;

/**
 * An item of local evidence that supplements the national indicators of a priority action
 * (the CJS Improvement Tool), gathered through the year and returned with the annual report.
 * The bundled items are a reconstruction; their provenance says so.
 */
@Value.Immutable
public abstract class EvidenceItem {

  /** Unique within the edition ({@code CJPF-E1.2}). */
  public abstract String id();

  /** The number of the priority action the evidence supports. */
  public abstract int priorityAction();

  /** The evidence item's wording. */
  public abstract String text();

  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    EditionChecks.requireText(id(), "id");
    EditionChecks.requirePositive(priorityAction(), "priorityAction");
    EditionChecks.requireText(text(), "text");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EvidenceItem}. */
  public static class Builder extends ImmutableEvidenceItem.Builder {}
}
