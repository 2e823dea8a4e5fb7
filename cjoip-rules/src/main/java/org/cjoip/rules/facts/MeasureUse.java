package org.cjoip.rules.facts;

/**
 * One measure of an indicator the plan gives for a priority action: an entry of a section's
 * national indicators (split into its measures), or an indicator with figures.
 *
 * @param path the indicator entry
 * @param priorityAction the priority action it is given for
 * @param text the measure in the plan's words
 * @param givenAsNational whether the plan presents it as national
 * @param recognised whether it is recognised as a national measure of the edition
 * @param measureId the recognised measure's id, or null
 * @param closestText the closest national measure's wording when not recognised, or null
 */
public record MeasureUse(
    String path,
    int priorityAction,
    String text,
    boolean givenAsNational,
    boolean recognised,
    String measureId,
    String closestText) {}
