package org.cjoip.rules.facts;

import org.cjoip.model.plan.StatutoryPartner;

/**
 * A member the plan lists for its partnership: a statutory partner category, or another member
 * by name.
 *
 * @param category the statutory partner category, or null for another member
 * @param name how the plan names the member
 */
public record Member(StatutoryPartner category, String name) {}
