package org.cjoip.model.framework;

import org.immutables.value.Value;

/**
 * One figure a national indicator asks for ("Number of bail supervision cases commenced"), with
 * its unit and the direction it should move in for the outcome to be achieved.
 */
@Value.Immutable
public abstract class Measure {

  /** Unique within the edition ({@code CJPF-M3.2}). */
  public abstract String id();

  /** The measure as a whole sentence: the indicator's stem joined to one of its items. */
  public abstract String text();

  public abstract Unit unit();

  /** The desired direction of the figures. */
  public abstract Direction direction();

  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    EditionChecks.requireText(id(), "id");
    EditionChecks.requireText(text(), "text");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Measure}. */
  public static class Builder extends ImmutableMeasure.Builder {}
}
