/**
 * The local layer: a partnership's Community Justice Outcome Improvement Plan as published.
 *
 * <p>A {@link org.cjoip.model.plan.Plan} keeps the plan's own wording, numbering and gaps: text
 * fields hold what the plan wrote, typos included, and an absent value means the plan gives
 * none. Working out which framework item a sentence means is the job of
 * {@link org.cjoip.model.wording}, and judging the plan is the job of the rules, not of this
 * model. The model therefore refuses only what cannot be a plan at all (a priority action
 * outside 1–13, a completion date on an unfinished deliverable), never a plan's weaknesses.
 */
@ValueStyle
package org.cjoip.model.plan;

import org.cjoip.model.ValueStyle;
