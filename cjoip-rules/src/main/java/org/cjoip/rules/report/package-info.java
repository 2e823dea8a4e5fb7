/**
 * Assessments as reports: JSON for machines (with a published schema), text for a terminal.
 * The same assessment always gives the same bytes.
 */
package org.cjoip.rules.report;
