package org.cjoip.model.framework;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One edition of the national framework a plan is written against and assessed by: the
 * Community Justice Performance Framework of 2023 with the 2022 strategy's aims and priority
 * actions ({@code cjpf-2023}), or the Outcomes, Performance and Improvement Framework of 2016
 * ({@code opif-2016}), which it superseded. What the sources of an edition do not confirm is
 * recorded in its {@link #notes()}, never invented.
 *
 * <p>An edition is consistent: ids are unique, each priority action's aim exists, each
 * outcome's priority action exists and has no other outcome, each evidence item's priority
 * action exists. A violation fails the build with an {@link InvalidEditionException} that
 * locates each one and whose message names the offending field ({@code priorityActions[3].aim:
 * …}).
 */
@Value.Immutable
public abstract class Edition {

  /** The version of the edition file format that the reader reads and the writer writes. */
  public static final int FORMAT_VERSION = 1;

  /** The edition's id, lower-case words joined by hyphens ({@code cjpf-2023}). */
  public abstract String id();

  public abstract String title();

  public abstract String publisher();

  /** The day the edition was published. */
  public abstract LocalDate published();

  /** The day it came into force, where known. */
  public abstract Optional<LocalDate> inForce();

  /** The id of the edition this one replaced. */
  public abstract Optional<String> supersedes();

  /** Where the edition as a whole is documented. */
  public abstract Provenance provenance();

  /** The National Strategy's aims, in order; none for an edition that predates them. */
  public abstract List<Aim> aims();

  /** The National Strategy's priority actions, in order. */
  public abstract List<PriorityAction> priorityActions();

  /** The nationally determined outcomes, in order; at least one. */
  public abstract List<NationalOutcome> outcomes();

  /** The local evidence items per priority action, in order. */
  public abstract List<EvidenceItem> evidence();

  /** The self-evaluation scale, from the highest point down. */
  public abstract List<ScalePoint> scale();

  /**
   * The reporting year's calendar: the s23 publication deadline, the date the annual return
   * reaches Community Justice Scotland and the disclosure threshold; absent where the edition
   * sets none.
   */
  public abstract Optional<ReportingCalendar> reporting();

  /** What the edition's sources do not confirm, and how the data deals with it. */
  public abstract List<String> notes();

  /** The aim with this number. */
  public Optional<Aim> aim(int number) {
    return aims().stream().filter(a -> a.number() == number).findFirst();
  }

  /** The priority action with this number. */
  public Optional<PriorityAction> priorityAction(int number) {
    return priorityActions().stream().filter(p -> p.number() == number).findFirst();
  }

  /** The priority actions that serve an aim, in order. */
  public List<PriorityAction> priorityActionsOf(int aim) {
    return priorityActions().stream().filter(p -> p.aim() == aim).toList();
  }

  /** The nationally determined outcome of a priority action; empty where it has none. */
  public Optional<NationalOutcome> outcomeFor(int priorityAction) {
    return outcomes().stream()
        .filter(o -> o.priorityAction().isPresent() && o.priorityAction().get() == priorityAction)
        .findFirst();
  }

  /** The outcome with this id. */
  public Optional<NationalOutcome> outcome(String id) {
    return outcomes().stream().filter(o -> o.id().equals(id)).findFirst();
  }

  /** Every measure of every national indicator, in outcome order. */
  public List<Measure> measures() {
    List<Measure> out = new ArrayList<>();
    for (NationalOutcome o : outcomes()) {
      o.indicator().ifPresent(i -> out.addAll(i.measures()));
    }
    return List.copyOf(out);
  }

  /** The measure with this id. */
  public Optional<Measure> measure(String id) {
    return measures().stream().filter(m -> m.id().equals(id)).findFirst();
  }

  /** The evidence items of a priority action, in order. */
  public List<EvidenceItem> evidenceFor(int priorityAction) {
    return evidence().stream().filter(e -> e.priorityAction() == priorityAction).toList();
  }

  @Value.Check
  protected void check() {
    List<InvalidEditionException.Violation> violations = EditionChecks.violations(this);
    if (!violations.isEmpty()) {
      throw new InvalidEditionException(violations);
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link Edition}. */
  public static class Builder extends ImmutableEdition.Builder {}
}
