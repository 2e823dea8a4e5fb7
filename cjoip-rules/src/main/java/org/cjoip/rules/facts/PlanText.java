package org.cjoip.rules.facts;

/**
 * A statement the plan makes as a whole, one fact per piece of text: its participation
 * statement (s21), its annual reporting arrangement (s23), its plan-wide assessment of the
 * outcomes (s19).
 *
 * @param kind what the text states
 * @param place its node
 * @param text the plan's words
 * @param placeholder whether the text stands for nothing yet ("TBC", "N/A", …)
 */
public record PlanText(Kind kind, Place place, String text, boolean placeholder) {

  /** What a plan-wide text states. */
  public enum Kind {
    /** The participation statement's summary (s21). */
    PARTICIPATION_SUMMARY,
    /** One activity of the participation statement (s21). */
    PARTICIPATION_ACTIVITY,
    /** How the annual report is made and sent (s23). */
    ANNUAL_REPORT,
    /** How often the partnership reviews progress. */
    REVIEW_CYCLE,
    /** The partners' assessment of the national outcomes, for the whole plan (s19). */
    OUTCOMES_ASSESSMENT
  }
}
