package org.cjoip.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A partnership's decision to accept findings for now: it covers the findings of one rule that
 * lie at or below a place in the plan ({@link #path()}, that node and everything below it), or
 * that concern a priority action or a deliverable, or both, until it expires. A waiver with
 * neither a path nor a subject covers every finding of its rule. A waived finding stays in the
 * report, counted apart, and does not fail a run.
 */
@Value.Immutable
public abstract class Waiver {

  public abstract String rule();

  /**
   * JSON Pointer; matches that node and what lies below it, whole segments only ({@code
   * /priorityActions/1/deliverables/1} covers itself, not {@code …/deliverables/10}). Empty
   * for anywhere in the plan.
   */
  @Value.Default
  public String path() {
    return "";
  }

  /** The priority action (1–13) whose findings the waiver covers, if it names one. */
  public abstract Optional<Integer> priorityAction();

  /** The id of the deliverable whose findings the waiver covers, if it names one. */
  public abstract Optional<String> deliverable();

  public abstract String reason();

  public abstract Optional<LocalDate> expires();

  /**
   * The 1-based line where the waiver is written in its configuration file; 0 when unknown (a
   * waiver made in code, or read back from a report). Not part of the waiver's identity.
   */
  @Value.Default
  @Value.Auxiliary
  public int line() {
    return 0;
  }

  /** The 1-based column where the waiver is written; 0 when unknown. */
  @Value.Default
  @Value.Auxiliary
  public int column() {
    return 0;
  }

  /** Whether the waiver covers a finding of its rule at the path, whatever its subject. */
  public boolean covers(String ruleId, String findingPath) {
    return rule().equals(ruleId)
        && (findingPath.equals(path()) || findingPath.startsWith(path() + "/")
            || path().isEmpty());
  }

  /** Whether the waiver covers a finding: its rule, at or below its path, about its subject. */
  public boolean covers(Finding finding) {
    return covers(finding.ruleId(), finding.path())
        && priorityAction().map(pa -> finding.priorityAction().equals(Optional.of(pa)))
            .orElse(true)
        && deliverable().map(d -> finding.deliverable().equals(Optional.of(d))).orElse(true);
  }

  /**
   * Where the waiver applies, in words: "at /priorityActions/3", "for priority action 4",
   * "for deliverable 2.1 of priority action 2", "anywhere in the plan" (or "in the return",
   * for a waiver applied to an annual return's findings).
   *
   * @param document the document the findings point into, in words: "plan", "return"
   */
  String describeScope(String document) {
    List<String> parts = new ArrayList<>();
    deliverable().ifPresent(d -> parts.add("deliverable " + d));
    priorityAction().ifPresent(pa -> parts.add((parts.isEmpty() ? "" : "of ")
        + "priority action " + pa));
    String subject = parts.isEmpty() ? "" : "for " + String.join(" ", parts);
    if (path().isEmpty()) {
      return subject.isEmpty() ? "anywhere in the " + document : subject;
    }
    return "at " + path() + (subject.isEmpty() ? "" : ", " + subject);
  }

  /**
   * What the waiver names to find its findings, in words, for a suggestion to correct it:
   * "rule", "rule or path", "rule, priority action or deliverable".
   */
  String describeTerms() {
    List<String> terms = new ArrayList<>(List.of("rule"));
    if (!path().isEmpty()) {
      terms.add("path");
    }
    priorityAction().ifPresent(pa -> terms.add("priority action"));
    deliverable().ifPresent(d -> terms.add("deliverable"));
    int last = terms.size() - 1;
    return last == 0 ? terms.get(0)
        : String.join(", ", terms.subList(0, last)) + " or " + terms.get(last);
  }

  /** Whether the waiver still applies on the day. */
  public boolean isInForce(LocalDate asOf) {
    return expires().map(e -> !e.isBefore(asOf)).orElse(true);
  }

  @Value.Check
  protected void check() {
    priorityAction().ifPresent(pa -> {
      if (pa < 1 || pa > 13) {
        throw new IllegalStateException("priorityAction must be from 1 to 13: " + pa);
      }
    });
    if (line() < 0 || column() < 0) {
      throw new IllegalStateException("line and column must not be negative");
    }
    if (reason().isBlank()) {
      throw new IllegalStateException("reason must not be blank");
    }
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
