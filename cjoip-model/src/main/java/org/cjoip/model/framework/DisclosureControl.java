package org.cjoip.model.framework;

import org.immutables.value.Value;

/**
 * The disclosure control published figures follow: a count from 1 up to, not including, the
 * threshold can identify the people it counts, so it is suppressed rather than published. Zero
 * identifies nobody.
 */
@Value.Immutable
public abstract class DisclosureControl {

  /** The smallest count that may be published, other than zero. */
  public abstract int threshold();

  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    EditionChecks.requirePositive(threshold(), "threshold");
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DisclosureControl}. */
  public static class Builder extends ImmutableDisclosureControl.Builder {}
}
