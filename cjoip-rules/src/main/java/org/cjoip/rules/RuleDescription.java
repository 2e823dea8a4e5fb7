package org.cjoip.rules;

import org.immutables.value.Value;

/** One entry of the rule catalogue: what a rule id means, and its default severity. */
@Value.Immutable
public abstract class RuleDescription {

  /** The stable id, e.g. {@code CJ-COV-001}; never reused with another meaning. */
  public abstract String id();

  /** The rule family: PLAN, COV, LIND, DEL, IND or CFG for the built-in rules. */
  public abstract String family();

  public abstract Severity defaultSeverity();

  /** A short phrase, as in the rule's name. */
  public abstract String title();

  /** When the rule fires, in one or two sentences. */
  public abstract String description();

  /** The duty or framework text the rule rests on. */
  public abstract String source();

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link RuleDescription}. */
  public static class Builder extends ImmutableRuleDescription.Builder {}
}
