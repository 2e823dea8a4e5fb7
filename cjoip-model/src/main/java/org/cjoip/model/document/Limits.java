package org.cjoip.model.document;

import org.immutables.value.Value;

/**
 * How much a reader accepts before it refuses a document as too large: a hostile document must
 * fail fast with a clear error, not exhaust memory. The defaults admit a plan with 100,000
 * deliverables and refuse a 60 MB string.
 */
@Value.Immutable
public abstract class Limits {

  /** Largest document, in bytes. */
  @Value.Default
  public long maxDocumentBytes() {
    return 128L * 1024 * 1024;
  }

  /** Longest single string value or key, in characters. */
  @Value.Default
  public int maxStringLength() {
    return 1024 * 1024;
  }

  /** Deepest nesting of objects and lists. A plan needs six levels; the rest is headroom. */
  @Value.Default
  public int maxNestingDepth() {
    return 64;
  }

  /**
   * Most YAML aliases in one document. Plan documents need none, and the reader refuses
   * anchors and aliases whatever this says; the limit guards the YAML parser itself.
   */
  @Value.Default
  public int maxYamlAliases() {
    return 50;
  }

  @Value.Check
  protected void check() {
    if (maxDocumentBytes() <= 0) {
      throw new IllegalStateException("maxDocumentBytes must be positive");
    }
    if (maxStringLength() <= 0) {
      throw new IllegalStateException("maxStringLength must be positive");
    }
    if (maxNestingDepth() < 8) {
      throw new IllegalStateException("maxNestingDepth must be at least 8 to admit a plan");
    }
    if (maxYamlAliases() < 0) {
      throw new IllegalStateException("maxYamlAliases must not be negative");
    }
  }

  /** The default limits. */
  public static Limits defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link Limits}. */
  public static class Builder extends ImmutableLimits.Builder {}
}
