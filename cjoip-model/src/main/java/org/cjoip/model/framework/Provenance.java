package org.cjoip.model.framework;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * Where an item of an edition comes from: the source document its wording is taken from, the
 * place in it, and whether the item is a reconstruction (the library's reading of a document
 * that is not itself among its sources, such as the Improvement Tool's evidence items read from
 * a plan's local indicators).
 */
@Value.Immutable
public abstract class Provenance {

  /** The title of the source document, with its author and date where known. */
  public abstract String source();

  /** The place in the source: an appendix, table, section or page. */
  public abstract Optional<String> location();

  /** Whether the item is reconstructed from a secondary source rather than quoted from its own. */
  @Value.Default
  public boolean reconstruction() {
    return false;
  }

  /** What a reader of the item should know about its wording or its source. */
  public abstract Optional<String> note();

  @Value.Check
  protected void check() {
    EditionChecks.requireText(source(), "source");
    location().ifPresent(l -> EditionChecks.requireText(l, "location"));
    note().ifPresent(n -> EditionChecks.requireText(n, "note"));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Provenance}. */
  public static class Builder extends ImmutableProvenance.Builder {}
}
