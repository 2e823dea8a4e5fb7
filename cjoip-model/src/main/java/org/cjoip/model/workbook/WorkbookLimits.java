package org.cjoip.model.workbook;

import org.immutables.value.Value;

/**
 * How much a workbook reader accepts before it refuses a workbook. A workbook is a zip of XML
 * from an untrusted source: a few kilobytes can expand to gigabytes (a zip bomb), or hold
 * millions of rows. Each limit is checked while reading, so a hostile workbook is refused
 * early, in little memory. The defaults admit a plan of 100,000 deliverables.
 */
@Value.Immutable
public abstract class WorkbookLimits {

  /** Largest workbook file, in bytes. */
  @Value.Default
  public long maxFileBytes() {
    return 64L * 1024 * 1024;
  }

  /** Most entries (files) in the workbook's zip. A plan workbook has a few dozen. */
  @Value.Default
  public int maxEntries() {
    return 1_000;
  }

  /**
   * Most bytes the parts that are read may expand to, all together: twice what a workbook of
   * 100,000 deliverables expands to.
   */
  @Value.Default
  public long maxExpandedBytes() {
    return 128L * 1024 * 1024;
  }

  /**
   * Most a part may expand to relative to its compressed size. Spreadsheet XML compresses
   * well, rarely past 40 to 1; a zip bomb expands by thousands.
   */
  @Value.Default
  public int maxCompressionRatio() {
    return 200;
  }

  /** Most rows in all sheets together, blank ones included. */
  @Value.Default
  public int maxRows() {
    return 250_000;
  }

  /** Most cells in all sheets together, empty ones included. */
  @Value.Default
  public int maxCells() {
    return 3_000_000;
  }

  @Value.Check
  protected void check() {
    if (maxFileBytes() <= 0) {
      throw new IllegalStateException("maxFileBytes must be positive");
    }
    if (maxEntries() <= 0) {
      throw new IllegalStateException("maxEntries must be positive");
    }
    if (maxExpandedBytes() <= 0) {
      throw new IllegalStateException("maxExpandedBytes must be positive");
    }
    if (maxCompressionRatio() < 10) {
      throw new IllegalStateException("maxCompressionRatio must be at least 10 to admit a "
          + "workbook");
    }
    if (maxRows() <= 0) {
      throw new IllegalStateException("maxRows must be positive");
    }
    if (maxCells() <= 0) {
      throw new IllegalStateException("maxCells must be positive");
    }
  }

  /** The default limits. */
  public static WorkbookLimits defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link WorkbookLimits}. */
  public static class Builder extends ImmutableWorkbookLimits.Builder {}
}
