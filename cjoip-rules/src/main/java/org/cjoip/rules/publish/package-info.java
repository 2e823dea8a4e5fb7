/**
 * The s23 annual report a partnership publishes, made from its annual return, the plan the
 * return reports on, the returns of earlier years and the assessment of the return.
 *
 * <p>A {@link org.cjoip.rules.publish.PublishedReport} is the report's content in reading
 * order, every figure and date already in the words the report prints: the partnership, the
 * year and its sign-off; a {@link org.cjoip.rules.publish.ReportSection} per priority action
 * the return reports on (edition order) and per local outcome, each with the action taken, the
 * year's figures against the plan's baseline and target and the year before
 * ({@link org.cjoip.rules.publish.ReportedFigure}), and the deliverables' progress
 * ({@link org.cjoip.rules.publish.ReportedDeliverable}); achievements, challenges and next
 * steps; consultation and governance; and the checks' findings as an appendix. A suppressed
 * figure is never printed as a number, and where the return is silent the report says "not
 * reported" rather than inventing anything.
 *
 * <p>{@link org.cjoip.rules.publish.PublishedHtml} writes it as one self-contained HTML page.
 * The Word document is written by {@code org.cjoip.rules.publish.word}, the one package of
 * this module that needs Apache POI.
 */
@ValueStyle
package org.cjoip.rules.publish;

import org.cjoip.model.ValueStyle;
