package org.cjoip.model.framework;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The national indicator of a nationally determined outcome, which partners must use (s19). It
 * may ask for several figures, its measures.
 */
@Value.Immutable
public abstract class NationalIndicator {

  /** Unique within the edition ({@code CJPF-I3}). */
  public abstract String id();

  /** The indicator as the framework words it, measures included. */
  public abstract String text();

  /** Its measures, in the framework's order; at least one. */
  public abstract List<Measure> measures();

  public abstract Provenance provenance();

  @Value.Check
  protected void check() {
    EditionChecks.requireText(id(), "id");
    EditionChecks.requireText(text(), "text");
    if (measures().isEmpty()) {
      throw EditionChecks.invalid("measures", "an indicator has at least one measure");
    }
    Set<String> ids = new HashSet<>();
    for (int i = 0; i < measures().size(); i++) {
      if (!ids.add(measures().get(i).id())) {
        throw EditionChecks.invalid("measures[" + i + "].id", "measure id '"
            + measures().get(i).id() + "' is used twice");
      }
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NationalIndicator}. */
  public static class Builder extends ImmutableNationalIndicator.Builder {}
}
