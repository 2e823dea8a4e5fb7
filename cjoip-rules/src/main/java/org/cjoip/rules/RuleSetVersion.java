package org.cjoip.rules;

import org.immutables.value.Value;

/**
 * A rule set that took part in an assessment and its version: the built-in rules ({@value
 * #BUILT_IN}) or a rule pack. Two assessments made with different rule sets may differ for that
 * reason alone.
 */
@Value.Immutable
public abstract class RuleSetVersion {

  /** The name the built-in rules are recorded under. */
  public static final String BUILT_IN = "cjoip";

  public abstract String name();

  public abstract String version();

  public static RuleSetVersion of(String name, String version) {
    return builder().name(name).version(version).build();
  }

  @Value.Check
  protected void check() {
    if (name().isBlank()) {
      throw new IllegalStateException("name must not be blank");
    }
    if (version().isBlank()) {
      throw new IllegalStateException("version must not be blank");
    }
  }

  @Override
  public String toString() {
    return name() + " " + version();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleSetVersion}. */
  public static class Builder extends ImmutableRuleSetVersion.Builder {}
}
