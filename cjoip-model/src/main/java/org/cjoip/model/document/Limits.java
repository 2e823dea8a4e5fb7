package org.cjoip.model.document;

import org.immutables.value.Value;

/**
 * How much a reader accepts before it refuses a document as too large: a hostile document must
 * fail fast with a clear error, not exhaust memory or time. Every limit is checked while the
 * document is read, so a document is refused at the first value past a limit, named in the
 * message, without the rest being read. The defaults admit a plan of 100,000 deliverables and
 * keep reading, checking and assessing any document within them inside a 256 MB heap.
 */
@Value.Immutable
public abstract class Limits {

  /** Largest document, in bytes. */
  @Value.Default
  public long maxDocumentBytes() {
    return 64L * 1024 * 1024;
  }

  /** Longest single text value, in characters. */
  @Value.Default
  public int maxStringLength() {
    return 1024 * 1024;
  }

  /** Longest key, in characters: the longest field name of a plan has 22. */
  @Value.Default
  public int maxKeyLength() {
    return 50_000;
  }

  /**
   * Most values in one document: objects, lists, texts, numbers, true/false and nulls, all
   * counted. A plan of 100,000 deliverables with a dozen values each needs 1.2 million.
   */
  @Value.Default
  public int maxValues() {
    return 2_000_000;
  }

  /** Most deliverables in one plan, under its priority actions and outcomes together. */
  @Value.Default
  public int maxDeliverables() {
    return 100_000;
  }

  /**
   * Most results of indicators in one plan, over all its indicators together. Each result is a
   * fact the assessment reasons over: 100,000 keep a plan's assessment within a 256 MB heap
   * (a plan gives a few dozen indicators of a few years each).
   */
  @Value.Default
  public int maxIndicatorResults() {
    return 100_000;
  }

  /**
   * Most problems reported for one document; the rest are counted in a last line ("and 12
   * more problems"), so a document of a million mistakes gives a readable answer.
   */
  @Value.Default
  public int maxProblems() {
    return 100;
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
    if (maxKeyLength() < 32) {
      throw new IllegalStateException("maxKeyLength must be at least 32 to admit a plan");
    }
    if (maxValues() < 1) {
      throw new IllegalStateException("maxValues must be positive");
    }
    if (maxDeliverables() < 0) {
      throw new IllegalStateException("maxDeliverables must not be negative");
    }
    if (maxIndicatorResults() < 0) {
      throw new IllegalStateException("maxIndicatorResults must not be negative");
    }
    if (maxProblems() < 1) {
      throw new IllegalStateException("maxProblems must be positive");
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
