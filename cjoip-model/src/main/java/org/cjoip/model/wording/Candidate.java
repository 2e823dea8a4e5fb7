package org.cjoip.model.wording;

import org.immutables.value.Value;

/**
 * One piece of framework wording a plan's text may mean: a national outcome, a measure of a
 * national indicator, an Improvement Tool evidence item. The matcher knows nothing of the
 * framework model; it compares {@link #text()} and hands back {@link #payload()} (the framework
 * item itself, say) with the verdict.
 *
 * @param <T> what the caller attaches to the wording
 */
@Value.Immutable
public abstract class Candidate<T> {

  /** The candidate's id, unique among the candidates of one matcher ("PA2", "CJPF-M8.1"). */
  public abstract String key();

  /** The framework's wording, as published. */
  public abstract String text();

  /** What the caller attaches to the wording, handed back with a match. */
  public abstract T payload();

  @Value.Check
  protected void check() {
    if (key().isBlank()) {
      throw new IllegalStateException("key must not be blank");
    }
    if (text().isBlank()) {
      throw new IllegalStateException("text must not be blank (candidate " + key() + ")");
    }
  }

  /** A candidate with the given id, wording and payload. */
  public static <T> Candidate<T> of(String key, String text, T payload) {
    return Candidate.<T>builder().key(key).text(text).payload(payload).build();
  }

  public static <T> Builder<T> builder() {
    return new Builder<>();
  }

  /**
   * Builds a {@link Candidate}.
   *
   * @param <T> what the caller attaches to the wording
   */
  public static class Builder<T> extends ImmutableCandidate.Builder<T> {}
}
