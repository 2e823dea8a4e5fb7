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

  /**
   * The severity a name gives, in any letter case ({@code warning}, {@code WARNING}); empty
   * for any other text. Only ASCII letters fold, so look-alike letters never match.
   */
  public static java.util.Optional<Severity> parse(String name) {
    for (Severity s : values()) {
      if (s.name().equalsIgnoreCase(name) && name.chars().allMatch(c -> c < 128)) {
        return java.util.Optional.of(s);
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether this severity is at least as serious as the other. */
  public boolean isAtLeast(Severity other) {
    return ordinal() <= other.ordinal();
  }
}
