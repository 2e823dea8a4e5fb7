package org.cjoip.rules.facts;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Status;
import org.cjoip.model.time.Timescale;

/**
 * A deliverable (improvement action), under a priority action or an outcome, with its timescale
 * understood, its description normalised and its impact measures recognised.
 *
 * @param place the deliverable's node
 * @param deliverable the deliverable as the plan gives it
 * @param section the priority action whose section it sits in, or 0 under an outcome
 * @param outcome the key segment of the outcome it sits under ({@code outcome=3}), or null in a
 *     section
 * @param priorityAction the priority action it serves: its section's, or for a deliverable of
 *     an outcome the action that outcome is recognised as or names first; 0 when none
 * @param index its position among all the plan's deliverables, in document order
 * @param position where it stands as a reader finds it: "1st deliverable of priority action 2",
 *     "2nd deliverable of outcome 3"
 * @param ownerCount how many owners are named that are not placeholders
 * @param measureCount how many impact measures are given that are not placeholders
 * @param timescale the timescale understood, or null when none is given
 * @param descriptionKey the description normalised for comparison (case, whitespace,
 *     punctuation)
 * @param descriptionShares how many of the plan's deliverables have this description key,
 *     this one included
 * @param idShares how many of the plan's deliverables have this id, this one included; 0
 *     without an id
 * @param impactMeasureIds the national measures its impact measures are recognised as; never
 *     null
 */
public record DeliverableFact(
    Place place,
    Deliverable deliverable,
    int section,
    String outcome,
    int priorityAction,
    int index,
    String position,
    int ownerCount,
    int measureCount,
    Timescale timescale,
    String descriptionKey,
    int descriptionShares,
    int idShares,
    List<String> impactMeasureIds)
    implements Subject {

  /** A fact whose impact measures are given as null quotes no national measure. */
  public DeliverableFact {
    impactMeasureIds = impactMeasureIds == null ? List.of() : impactMeasureIds;
  }

  /**
   * One deliverable at one place in the document: two facts are the same when they stand at
   * the same path of the same document. Rules join on deliverables by equality, and hashing a
   * whole deliverable (its texts, owners, measures and timescale) at every join of a large
   * plan cost more than the join.
   */
  @Override
  public boolean equals(Object other) {
    return other instanceof DeliverableFact d && d.place.equals(place);
  }

  @Override
  public int hashCode() {
    return place.hashCode();
  }

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

  @Override
  public String deliverableId() {
    return id();
  }

  /**
   * By its id when it has one, so that it stays the same deliverable when the plan moves it
   * to another priority action; otherwise by where it sits and its description.
   */
  @Override
  public String key() {
    String id = id();
    return id != null ? Keys.segment("deliverable", id)
        : Keys.join(section > 0 ? Keys.priorityAction(section) : outcome,
            Keys.text("deliverable-text", deliverable.description()));
  }

  /** How a message names it: "1.1", or the start of its description when it has no id. */
  public String label() {
    String id = id();
    return id != null ? id : "\"" + Texts.cut(deliverable.description(), 60) + "\"";
  }

  /** The status the plan gives it, or null. */
  public Status status() {
    return deliverable.status().orElse(null);
  }

  /** The due date the plan gives explicitly, or null. */
  public LocalDate explicitDue() {
    return deliverable.due().orElse(null);
  }

  /** The date its timescale gives, or null. */
  public LocalDate timescaleDue() {
    return timescale == null ? null : timescale.due().orElse(null);
  }

  /** The timescale's kind, or null when the plan gives none. */
  public Timescale.Kind timescaleKind() {
    return timescale == null ? null : timescale.kind();
  }

  /** The pointer a finding about its due date points at: {@code due} when given. */
  public String dueAt() {
    return deliverable.due().isPresent() ? place.at("due") : place.at("timescale");
  }

  public boolean hasPriority() {
    return deliverable.priority().isPresent();
  }
}
