package org.cjoip.rules.facts;

import java.util.List;

/**
 * An outcome as the plan states it, in a priority action's section or in its list of
 * outcomes, with the framework outcome its wording is recognised as.
 *
 * @param place the node of the wording
 * @param owner the section, or the entry of the list of outcomes
 * @param text the plan's wording
 * @param section the priority action whose section states it, or 0 for the list of outcomes
 * @param outcomeId the plan's id for an outcome in the list, or null
 * @param labelledNational true or false as the plan labels it, null when unlabelled
 * @param placeholder whether the text stands for no outcome ("No National Outcome", "N/A")
 * @param recognisedId the id of the framework outcome it is recognised as, or null
 * @param recognisedAs the priority action whose framework outcome it is, or 0
 * @param recognisedText the framework outcome's wording, or null
 * @param exact whether the recognition is exact
 * @param closestText the closest framework outcome's wording when not recognised and it is
 *     genuinely close (a near miss), or null
 * @param missingClauses the clauses of the recognised outcome the wording leaves out
 * @param namedActions the priority actions an outcome in the list names itself
 * @param indicatorCount how many indicators an outcome in the list gives
 * @param deliverableCount how many deliverables an outcome in the list gives
 */
public record OutcomeStatement(
    Place place,
    Place owner,
    String text,
    int section,
    String outcomeId,
    Boolean labelledNational,
    boolean placeholder,
    String recognisedId,
    int recognisedAs,
    String recognisedText,
    boolean exact,
    String closestText,
    List<String> missingClauses,
    List<Integer> namedActions,
    int indicatorCount,
    int deliverableCount)
    implements Subject {

  /** Whether it is recognised as a framework outcome, exactly or closely. */
  public boolean recognised() {
    return recognisedId != null;
  }

  /** Whether it is recognised as a framework outcome but leaves out some of its clauses. */
  public boolean leavesOutClauses() {
    return !missingClauses.isEmpty();
  }

  /** Whether the plan labels it national. */
  public boolean isLabelledNational() {
    return Boolean.TRUE.equals(labelledNational);
  }

  /** Whether it stands in the plan's list of outcomes rather than in a section. */
  public boolean isListed() {
    return section == 0;
  }

  public String path() {
    return place.path();
  }

  /** The pointer of a member of the statement's owner: a section or an outcome entry. */
  public String at(String member) {
    return owner.at(member);
  }

  @Override
  public int priorityAction() {
    return section;
  }

  @Override
  public String key() {
    if (section > 0) {
      return Keys.join(Keys.priorityAction(section), "outcome");
    }
    return outcomeId != null ? Keys.segment("outcome", outcomeId) : Keys.text("outcome", text);
  }
}
