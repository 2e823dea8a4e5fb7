package org.cjoip.rules;

import java.time.LocalDate;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.plan.Plan;
import org.immutables.value.Value;

/**
 * The result of assessing a plan against a framework edition as of a date: the findings in a
 * stable order, their counts, and the coverage of each aim and priority action. The same plan,
 * edition, configuration and date always give an equal assessment.
 */
@Value.Immutable
public abstract class Assessment {

  /** The plan assessed. */
  public abstract Plan plan();

  /**
   * The name, as the caller gave it, of the document the findings point into: the plan's, or
   * the annual return's when a return was checked.
   */
  public abstract String source();

  /** The id of the framework edition the plan was assessed against. */
  public abstract String edition();

  /** The edition's title. */
  public abstract String editionTitle();

  /**
   * The SHA-256 of the edition's content ({@code EditionWriter.sha256}): tells an edition from
   * another of the same id. Empty only in a report written before it was recorded.
   */
  public abstract Optional<String> editionSha256();

  /** The edition the plan itself declares; differs from {@link #edition()} when overridden. */
  public abstract String declaredEdition();

  public abstract LocalDate asOf();

  /** The version of the cjoip library that made the assessment. */
  public abstract String libraryVersion();

  /** The version of the built-in rule set. */
  public abstract String rulesetVersion();

  /** Every rule set that took part, the built-in rules first, then packs in the order given. */
  public abstract List<RuleSetVersion> ruleSets();

  /** The SHA-256 of the configuration file the assessment was made with, if any. */
  public abstract Optional<String> configurationSha256();

  /**
   * The configuration file's name as the caller gave it, when the assessment was made with
   * one read from a file. The configuration's own findings (CJ-CFG) stand in it: their line and
   * column are those of the waiver in this file, not of a node of the plan.
   */
  public abstract Optional<String> configuration();

  /**
   * The name of the document a finding's line, column or cell are in: {@link #configuration()}
   * for a finding about the configuration (CJ-CFG) when the file is known, otherwise {@link
   * #source()}.
   */
  public String documentOf(Finding finding) {
    return finding.isAboutConfiguration() && configuration().isPresent()
        ? configuration().get() : source();
  }

  /**
   * The rules turned off for this assessment, in id order: they made no findings, and a report
   * says so, so that a reader can tell a check not made from one passed.
   */
  public abstract List<String> disabledRules();

  /** The waivers that waived at least one finding, in the order the configuration gives. */
  public abstract List<Waiver> waiversApplied();

  /** The findings, in {@link Finding#ORDER}. */
  public abstract List<Finding> findings();

  /**
   * The annual return checked, when the assessment is of a return against its plan: its year
   * and its figures. Its findings are the ANN rules'; coverage, aims and schedule, which are
   * the plan's, are then empty.
   */
  public abstract Optional<ReturnSummary> annualReturn();

  /**
   * The annual returns given with the plan when it was assessed with its history, oldest
   * first, each saying whether it was used; empty when the plan was assessed alone or a return
   * was checked.
   */
  public abstract List<GivenReturn> returns();

  /** Coverage per priority action, 1 to 13; empty when a return was checked. */
  public abstract List<PriorityActionCoverage> coverage();

  /** Coverage per aim, 1 to 4. */
  public abstract List<AimCoverage> aims();

  /** Every deliverable of the plan, in document order, with its due date and state. */
  public abstract List<ScheduledDeliverable> schedule();

  /** Whether the plan was assessed against an edition other than the one it declares. */
  public boolean editionOverridden() {
    return !edition().equals(declaredEdition());
  }

  /**
   * How many findings no waiver covers there are of each severity, every severity present:
   * the headline counts of every report, and what {@code --fail-on} judges.
   */
  @Value.Derived
  public Map<Severity, Integer> counts() {
    Map<Severity, Integer> counts = new EnumMap<>(Severity.class);
    for (Severity s : Severity.values()) {
      counts.put(s, 0);
    }
    findings().stream().filter(f -> !f.isWaived())
        .forEach(f -> counts.merge(f.severity(), 1, Integer::sum));
    return Collections.unmodifiableMap(counts);
  }

  /** How many findings a waiver covers; they are counted apart from {@link #counts()}. */
  @Value.Derived
  public int waivedCount() {
    return (int) findings().stream().filter(Finding::isWaived).count();
  }

  /** The most serious severity among findings no waiver covers, if any. */
  public Optional<Severity> worstUnwaived() {
    return findings().stream()
        .filter(f -> !f.isWaived())
        .map(Finding::severity)
        .min(Enum::compareTo);
  }

  /** The coverage of a priority action. */
  public PriorityActionCoverage coverageOf(int priorityAction) {
    return coverage().stream()
        .filter(c -> c.number() == priorityAction)
        .findFirst()
        .orElseThrow(() -> new IllegalArgumentException("no priority action " + priorityAction));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Assessment}. */
  public static class Builder extends ImmutableAssessment.Builder {}
}
