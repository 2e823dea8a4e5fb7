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

  /**
   * The finding's identity across reports: the rule id and the stable names of its subject
   * (priority action number, deliverable id, outcome id or text, indicator name, measure,
   * partner category), such as {@code CJ-DEL-001/deliverable=2.2}. Reordering,
   * inserting or renumbering other items of the plan changes no key.
   */
  @Value.Default
  public String key() {
    // A finding made by hand, or read from a report that predates keys, is known by its place.
    return ruleId() + (path().isEmpty() ? "" : "@" + path());
  }

  /**
   * 1-based line of the node {@link #path()} names in the document's text (of the key that
   * names it, for a list or an object written as a block); 0 when unknown. For a finding about
   * a waiver (CJ-CFG), the waiver's line in the configuration file: {@link
   * Assessment#documentOf(Finding)} names the document.
   */
  @Value.Default
  public int line() {
    return 0;
  }

  /** 1-based column of that node; 0 when unknown. */
  @Value.Default
  public int column() {
    return 0;
  }

  /**
   * The spreadsheet cell of that node ({@code Deliverables!E12}), for a plan read from a
   * workbook.
   */
  public abstract Optional<String> cell();

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

  /**
   * Whether the finding is about the configuration itself (CJ-CFG: a waiver expired, or
   * matching nothing): its line and column are in the configuration file, not the plan.
   */
  public boolean isAboutConfiguration() {
    return ruleId().startsWith("CJ-CFG-");
  }

  /** Whether a waiver covers the finding. */
  public boolean isWaived() {
    return waiver().isPresent();
  }

  /**
   * The order findings are reported in: by place in the document (list items by index, not as
   * text), then by rule id, then by priority action (as a number), then by message, so reports
   * are reproducible. Total over the paths findings can have (schema keys and list indexes); a
   * list index and a key that starts with a digit at the same depth compare as text, which is
   * not transitive ({@code /2 < /10 < /1a < /2}).
   */
  public static final Comparator<Finding> ORDER =
      Comparator.comparing(Finding::path, Finding::comparePointers)
          .thenComparing(Finding::ruleId)
          .thenComparingInt(f -> f.priorityAction().orElse(0))
          .thenComparing(Finding::message);

  /**
   * Compares two pointers token by token, list indexes as numbers, without splitting them:
   * sorting the findings of a very large plan makes millions of comparisons.
   */
  static int comparePointers(String a, String b) {
    // The start of the current token in each pointer; -1 once its tokens are used up.
    int i = a.isEmpty() ? -1 : 1;
    int j = b.isEmpty() ? -1 : 1;
    while (i >= 0 && j >= 0) {
      int ei = a.indexOf('/', i);
      int ej = b.indexOf('/', j);
      ei = ei < 0 ? a.length() : ei;
      ej = ej < 0 ? b.length() : ej;
      int c = compareTokens(a, i, ei, b, j, ej);
      if (c != 0) {
        return c;
      }
      i = ei < a.length() ? ei + 1 : -1;
      j = ej < b.length() ? ej + 1 : -1;
    }
    return Boolean.compare(i >= 0, j >= 0);
  }

  private static int compareTokens(String a, int as, int ae, String b, int bs, int be) {
    if (isIndex(a, as, ae) && isIndex(b, bs, be)) {
      return Integer.compare(Integer.parseInt(a, as, ae, 10), Integer.parseInt(b, bs, be, 10));
    }
    int n = Math.min(ae - as, be - bs);
    for (int k = 0; k < n; k++) {
      int c = a.charAt(as + k) - b.charAt(bs + k);
      if (c != 0) {
        return c;
      }
    }
    return (ae - as) - (be - bs);
  }

  /** Whether {@code s[start, end)} is a list index as {@link #ORDER} reads one. */
  static boolean isIndex(String s, int start, int end) {
    if (start == end || end - start >= 10) {
      return false;
    }
    for (int k = start; k < end; k++) {
      if (!Character.isDigit(s.charAt(k))) {
        return false;
      }
    }
    return true;
  }

  @Value.Check
  protected void check() {
    if (line() < 0 || column() < 0) {
      throw new IllegalStateException("line and column must not be negative");
    }
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
