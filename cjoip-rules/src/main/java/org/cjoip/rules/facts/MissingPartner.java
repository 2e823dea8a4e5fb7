package org.cjoip.rules.facts;

import org.cjoip.model.plan.StatutoryPartner;

/**
 * Derived: a statutory partner category that is not among the members of a partnership that
 * lists its members (CJ-PLAN-004).
 *
 * @param category the category
 * @param place the plan's root
 */
public record MissingPartner(StatutoryPartner category, Place place) implements Subject {

  @Override
  public String key() {
    return Keys.segment("partner", category.name());
  }
}
