package org.cjoip.rules;

import java.util.Comparator;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One thing the assessment found in a plan: which rule, how serious, a sentence a partnership
 * officer understands, and where in the plan document it is (an RFC 6901 JSON Pointer to the
 * deepest node that exists: the offending member when present, the object that lacks it when
 * absent, {@code /priorityActions} for a priority action with no section).
 */
@Value.Immutable
public abstract class Finding {

  /** The stable rule id, e.g. {@code CJ-DEL-001}. */
  public abstract String ruleId();

  public abstract Severity severity();

  /** One sentence, quoting the plan's own words where that helps. */
  public abstract String message();

  /** JSON Pointer into the plan document as given. */
  public abstract String path();

  /** The priority action (1–13) the finding concerns, where it concerns one. */
  public abstract Optional<Integer> priorityAction();

  /** The id of the deliverable the finding concerns, where it has one. */
  public abstract Optional<String> deliverable();

  /** What would fix it. */
  public abstract Optional<String> suggestion();

  /** The duty or framework text the rule rests on. */
  public abstract Optional<String> source();

  /** The waiver that covers this finding, if one does; a waived finding does not fail a run. */
  public abstract Optional<Waiver> waiver();

  /** Whether a waiver covers the finding. */
  public boolean isWaived() {
    return waiver().isPresent();
  }

  /**
   * The order findings are reported in: by place in the document (list items by index, not as
   * text), then by rule id, then by message. Total, so reports are reproducible.
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path, Finding::comparePointers)
          .thenComparing(Finding::ruleId)
          .thenComparing(Finding::message);

  static int comparePointers(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareTokens(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareTokens(String a, String b) {
    boolean na = !a.isEmpty() && a.chars().allMatch(Character::isDigit) && a.length() < 10;
    boolean nb = !b.isEmpty() && b.chars().allMatch(Character::isDigit) && b.length() < 10;
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return a.compareTo(b);
  }

  @Value.Check
  protected void check() {
    if (!path().isEmpty() && !path().startsWith("/")) {
      throw new IllegalStateException("path must be a JSON Pointer: " + path());
    }
    priorityAction()
        .ifPresent(
            pa -> {
              if (pa < 1 || pa > 13) {
                throw new IllegalStateException("priorityAction must be from 1 to 13: " + pa);
              }
            });
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}. */
  public static class Builder extends ImmutableFinding.Builder {}
}
