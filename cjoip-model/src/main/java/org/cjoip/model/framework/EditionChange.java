package org.cjoip.model.framework;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * One difference between two framework editions: an aim, priority action, outcome, national
 * indicator, measure or local-evidence item that was added, removed, reworded, or moved to
 * another parent (an outcome to another priority action, say); or a date or threshold of the
 * reporting calendar that was added, removed or changed. An item reworded and moved is two
 * changes.
 */
@Value.Immutable
public abstract class EditionChange {

  /** What kind of framework item changed. */
  public enum Element {
    AIM("aim"),
    PRIORITY_ACTION("priority action"),
    OUTCOME("outcome"),
    INDICATOR("indicator"),
    MEASURE("measure"),
    EVIDENCE("evidence"),
    /**
     * An entry of the reporting calendar: {@code publication}, {@code returnToCjs} or
     * {@code disclosure}, named as the edition file names them.
     */
    REPORTING("reporting calendar");

    private final String label;

    Element(String label) {
      this.label = label;
    }

    /** The item kind in words, as reports name it. */
    public String label() {
      return label;
    }
  }

  /** How it changed. */
  public enum Kind {
    ADDED,
    REMOVED,
    REWORDED,
    MOVED,
    /** A value changed: a day or a threshold of the reporting calendar. */
    CHANGED
  }

  public abstract Element element();

  public abstract Kind kind();

  /** The item's id in the older edition (for aims and priority actions, the number). */
  public abstract Optional<String> before();

  /** The item's id in the newer edition; differs from {@link #before()} when renumbered. */
  public abstract Optional<String> after();

  /** The older wording. */
  public abstract Optional<String> oldText();

  /** The newer wording. */
  public abstract Optional<String> newText();

  /** What the item belonged to in the older edition ("priority action 3", "outcome CJPF-O2"). */
  public abstract Optional<String> oldParent();

  /** What the item belongs to in the newer edition. */
  public abstract Optional<String> newParent();

  /** For a reworded item, how alike the two wordings are, from 0 to 1 (the wording matcher's). */
  public abstract Optional<Double> similarity();

  /** The id that names the item: the newer one where it exists. */
  public String id() {
    return after().or(this::before).orElseThrow();
  }

  /** The change in one line of words. */
  public String describe() {
    String what = element().label() + " " + id();
    switch (kind()) {
      case ADDED:
        return "added " + what + newParent().map(p -> " (" + p + ")").orElse("") + ": \""
            + newText().orElse("") + "\"";
      case REMOVED:
        return "removed " + what + oldParent().map(p -> " (" + p + ")").orElse("") + ": \""
            + oldText().orElse("") + "\"";
      case REWORDED:
        return "reworded " + what
            + (before().equals(after()) ? "" : " (was " + before().orElse("") + ")") + ": \""
            + oldText().orElse("") + "\" → \"" + newText().orElse("") + "\""
            + similarity().map(s -> String.format(java.util.Locale.ROOT, " (similarity %.2f)", s))
                .orElse("");
      case CHANGED:
        return "changed " + what + ": " + oldText().orElse("") + " → " + newText().orElse("");
      case MOVED:
      default:
        return "moved " + what + ": " + oldParent().orElse("nothing") + " → "
            + newParent().orElse("nothing");
    }
  }

  @Value.Check
  protected void check() {
    if (before().isEmpty() && after().isEmpty()) {
      throw new IllegalStateException("before or after must be present");
    }
    if (kind() == Kind.ADDED && (before().isPresent() || after().isEmpty())) {
      throw new IllegalStateException("an added item has after and no before");
    }
    if (kind() == Kind.REMOVED && (after().isPresent() || before().isEmpty())) {
      throw new IllegalStateException("a removed item has before and no after");
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EditionChange}. */
  public static class Builder extends ImmutableEditionChange.Builder {}
}
