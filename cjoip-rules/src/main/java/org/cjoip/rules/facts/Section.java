package org.cjoip.rules.facts;

/**
 * A plan's entry for a priority action, with its s19 statements: the partners' assessment of
 * how close the outcome is, and their decision on whether it is a priority. What the entry
 * contains (outcome, indicators, deliverables) are facts of their own.
 *
 * @param number the priority action, 1 to 13
 * @param place the entry's node
 * @param assessment the assessment as written, or null
 * @param assessmentPlaceholder whether the assessment stands for nothing yet
 * @param prioritised the plan's decision, or null when it makes none
 * @param deliverableCount how many deliverables the entry lists
 */
public record Section(int number, Place place, String assessment, boolean assessmentPlaceholder,
    Boolean prioritised, int deliverableCount) {

  /** Whether the section gives an assessment that is not a placeholder. */
  public boolean hasAssessment() {
    return assessment != null && !assessmentPlaceholder;
  }

  /** Whether the section decides whether the action is a priority. */
  public boolean hasPriorityDecision() {
    return prioritised != null;
  }
}
