package org.cjoip.rules.facts;

/**
 * An outcome as the plan states it, in a priority-action section or in its list of outcomes,
 * with the framework outcome it is recognised as.
 *
 * @param path where the plan states it
 * @param text the plan's wording
 * @param section the priority action whose section states it, or 0 for the list of outcomes
 * @param labelledNational true or false as the plan labels it, null when unlabelled
 * @param placeholder whether the text stands for no outcome ("No National Outcome", "N/A")
 * @param recognised whether it is recognised as a framework outcome (exactly or closely)
 * @param exact whether the recognition is exact
 * @param recognisedAs the priority action whose framework outcome it is, or 0
 * @param recognisedText the framework outcome's wording, or null
 * @param closestText the closest framework outcome's wording when not recognised, or null
 */
public record OutcomeStatement(
    String path,
    String text,
    int section,
    Boolean labelledNational,
    boolean placeholder,
    boolean recognised,
    boolean exact,
    int recognisedAs,
    String recognisedText,
    String closestText) {

  /** Whether the plan labels it national. */
  public boolean isLabelledNational() {
    return Boolean.TRUE.equals(labelledNational);
  }
}
