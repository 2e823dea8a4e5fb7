/**
 * Assessments as reports: JSON for machines (with a published schema), text for a terminal, and
 * a self-contained HTML page for a partnership board. The same assessment always gives the same
 * bytes. A {@link org.cjoip.rules.report.Comparison} says what changed between two reports.
 */
package org.cjoip.rules.report;
