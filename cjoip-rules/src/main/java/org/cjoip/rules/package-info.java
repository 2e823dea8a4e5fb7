/**
 * Assessing a plan: the public API.
 *
 * <p>An {@link org.cjoip.rules.Assessor} checks a {@link org.cjoip.model.plan.Plan} against a
 * framework edition as of a date and returns an {@link org.cjoip.rules.Assessment}: the
 * {@link org.cjoip.rules.Finding}s, each with a stable rule id from the
 * {@link org.cjoip.rules.Catalogue}, a {@link org.cjoip.rules.Severity}, a key that stays the
 * same across versions of the plan, and a JSON Pointer, line and column into the plan document;
 * plus a coverage summary per aim and priority action and the deliverables' schedule, both made
 * from what the rules derived and the findings as finally reported.
 */
@ValueStyle
package org.cjoip.rules;

import org.cjoip.model.ValueStyle;
