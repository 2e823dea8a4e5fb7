package org.cjoip.rules.facts;

/**
 * One measure of an indicator the plan gives as national for a priority action: a measure
 * split from an entry of a section's national indicators, or an indicator with figures that
 * the plan labels national. Recognition has matched it to the edition's national measures.
 *
 * @param place the indicator entry it comes from
 * @param priorityAction the priority action it is given for (0 for an indicator with figures
 *     that names none)
 * @param text the measure in the plan's words
 * @param measureId the national measure it is recognised as, or null
 * @param measureAction the priority action whose national indicator that measure belongs to,
 *     or 0
 * @param closestText the closest national measure's wording when not recognised and it is
 *     genuinely close (a near miss), or null
 */
public record MeasureUse(Place place, int priorityAction, String text, String measureId,
    int measureAction, String closestText) implements Subject, Worded {

  /** Whether it is recognised as a national measure of the edition. */
  public boolean recognised() {
    return measureId != null;
  }

  public String path() {
    return place.path();
  }

  @Override
  public String key() {
    return Keys.join(Keys.priorityAction(priorityAction), Keys.text("measure", text));
  }
}
