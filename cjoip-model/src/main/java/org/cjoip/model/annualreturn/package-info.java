/**
 * The reporting year: a partnership's annual return, the s23 report on one reporting year
 * (1 April to 31 March) of its plan, as the partnership wrote it.
 *
 * <p>An {@link org.cjoip.model.annualreturn.AnnualReturn} is read beside the plan it reports on:
 * it names that plan, and its progress entries and figures name the plan's deliverables and
 * indicators. Like a plan it keeps the partnership's own words. The model refuses only what
 * cannot be a return at all (a priority action outside 1–13, a self-evaluation score outside
 * the six-point scale, a completion date on an unfinished deliverable); what is well-formed but
 * wrong or incomplete (a figure both given and suppressed, a revised date without a reason, a
 * year outside the plan's period, names the plan lacks) is kept for the checks to report.
 */
@ValueStyle
package org.cjoip.model.annualreturn;

import org.cjoip.model.ValueStyle;
