package org.cjoip.rules;

/**
 * How much a finding matters, most serious first. A partnership can change the severity of any
 * rule without touching the rules themselves.
 */
public enum Severity {
  /** The plan misses something the Act or the framework requires. */
  ERROR,
  /** The plan is weaker than it should be; a reviewer would ask about it. */
  WARNING,
  /** Worth knowing; not a defect. */
  INFO;

  /** Whether this severity is at least as serious as the other. */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
