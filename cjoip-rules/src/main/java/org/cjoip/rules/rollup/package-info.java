/**
 * The national picture over many partnerships' plans and annual returns ({@code cjoip rollup}).
 *
 * <p>A {@link org.cjoip.rules.rollup.Rollup} reads plans and returns in any order, pairs each
 * return with its partnership's plan, assesses each partnership with the
 * {@link org.cjoip.rules.Assessor} and keeps only a small
 * {@link org.cjoip.rules.rollup.PartnershipSummary} of it (the map step); the
 * {@link org.cjoip.rules.rollup.NationalPicture} is then a small reduce over the summaries:
 * national totals of reported figures, with suppressed figures kept from being worked out, the
 * partnerships reporting action on each national outcome, the plans due for review.
 * {@link org.cjoip.rules.rollup.RollupCsv} and {@link org.cjoip.rules.rollup.RollupJson} write
 * it; the same inputs in any order give the same bytes.
 */
@ValueStyle
package org.cjoip.rules.rollup;

import org.cjoip.model.ValueStyle;
