package org.cjoip.rules.facts;

import java.time.LocalDate;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.time.Timescale;

/**
 * A deliverable (improvement action), under a priority action or an outcome, with its
 * timescale understood and its description normalised.
 *
 * @param place the deliverable's node
 * @param deliverable the deliverable as the plan gives it
 * @param priorityAction the priority action it sits under, or 0 under an outcome
 * @param ownerCount how many owners are named that are not placeholders
 * @param measureCount how many impact measures are given that are not placeholders
 * @param timescale the timescale understood, or null when none is given
 * @param due the due date: the explicit one, else the timescale's, else null
 * @param key the description normalised for comparison (case, whitespace, punctuation)
 */
public record DeliverableFact(
    Place place,
    Deliverable deliverable,
    int priorityAction,
    int ownerCount,
    int measureCount,
    Timescale timescale,
    LocalDate due,
    String key) {

  public String path() {
    return place.path();
  }

  public String at(String member) {
    return place.at(member);
  }

  /** The plan's id for it, or null. */
  public String id() {
    return deliverable.id().orElse(null);
  }

  /** How a message names it: "1.1", or the start of its description when it has no id. */
  public String label() {
    return deliverable
        .id()
        .orElseGet(
            () -> {
              String d = deliverable.description().strip();
              return "\"" + (d.length() > 60 ? d.substring(0, 57) + "…" : d) + "\"";
            });
  }

  public boolean hasTimescaleText() {
    return deliverable.timescale().isPresent();
  }

  public boolean hasExplicitDue() {
    return deliverable.due().isPresent();
  }

  /** The timescale's kind, or null when the plan gives none. */
  public Timescale.Kind timescaleKind() {
    return timescale == null ? null : timescale.kind();
  }

  /** Whether the plan counts it finished with: complete or dropped. */
  public boolean isClosed() {
    return deliverable
        .status()
        .map(s -> s == org.cjoip.model.plan.Status.COMPLETE
            || s == org.cjoip.model.plan.Status.DROPPED)
        .orElse(false);
  }

  public boolean hasPriority() {
    return deliverable.priority().isPresent();
  }

  /** Days from the due date to the day, negative when not yet due; 0 without a due date. */
  public long daysOverdue(LocalDate asOf) {
    return due == null ? 0 : java.time.temporal.ChronoUnit.DAYS.between(due, asOf);
  }
}
