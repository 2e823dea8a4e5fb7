package org.cjoip.rules.facts;

/**
 * Something in the plan a finding can be about: a priority action, a deliverable, an outcome,
 * an indicator, a measure, a partner category, or the plan itself. It knows where it stands in
 * the document and the stable names that identify it whatever its position, so that a finding
 * about it keeps its key when other items are reordered, inserted or renumbered.
 */
public interface Subject {

  /** Where the subject stands in the document. */
  Place place();

  /**
   * The stable names of the subject as key segments ({@code pa=5}, {@code deliverable=5.1});
   * empty for the plan itself. Built with {@link Keys}.
   */
  String key();

  /** The priority action (1–13) the subject concerns; 0 when it concerns none. */
  default int priorityAction() {
    return 0;
  }

  /** The plan's id of the deliverable the subject is or belongs to; null when none. */
  default String deliverableId() {
    return null;
  }
}
