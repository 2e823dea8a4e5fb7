package org.cjoip.rules;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partnership's decision to accept a finding for now: it covers one rule at one place in the
 * plan (that node and everything below it) until it expires. A waived finding stays in the
 * report but does not fail a run.
 */
@Value.Immutable
public abstract class Waiver {

  public abstract String rule();

  /** JSON Pointer; matches that node and what lies below it, whole segments only. */
  public abstract String path();

  public abstract String reason();

  public abstract Optional<LocalDate> expires();

  /** Whether the waiver covers a finding of its rule at the path. */
  public boolean covers(String ruleId, String findingPath) {
    return rule().equals(ruleId)
        && (findingPath.equals(path()) || findingPath.startsWith(path() + "/")
            || path().isEmpty());
  }

  /** Whether the waiver covers a finding: its rule, at or below its path. */
  public boolean covers(Finding finding) {
    return covers(finding.ruleId(), finding.path());
  }

  /** Where the waiver applies, in words: "at /priorityActions/3" or "for the whole plan". */
  String describeScope() {
    return "at " + (path().isEmpty() ? "the whole plan" : path());
  }

  /** Whether the waiver still applies on the day. */
  public boolean isInForce(LocalDate asOf) {
    return expires().map(e -> !e.isBefore(asOf)).orElse(true);
  }

  @Value.Check
  protected void check() {
    if (!path().isEmpty() && !path().startsWith("/")) {
      throw new IllegalStateException("path must be a JSON Pointer: " + path());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Waiver}. */
  public static class Builder extends ImmutableWaiver.Builder {}
}
