/**
 * The national layer as versioned data: a framework <em>edition</em> is everything a plan is
 * assessed against at one time — the National Strategy's aims and priority actions, the
 * nationally determined outcomes with their national indicators and measures, the local evidence
 * of the CJS Improvement Tool, the Care Inspectorate's six-point scale, and the reporting
 * year's calendar (when the s23 report is published, when the return reaches CJS, the
 * disclosure threshold) — each item with the provenance of its wording.
 *
 * <p>Editions are data, not code: the bundled ones are JSON resources under
 * {@code org/cjoip/model/framework/editions/}, listed in that folder's {@code index.json}, and a
 * caller may load an edition of its own from a file ({@link
 * org.cjoip.model.document.Frameworks#load}). A revised framework is a new edition file plus a
 * line in the index. This package holds the editions as values and what changed between two
 * ({@link EditionDiff}); reading and writing them is {@link org.cjoip.model.document}'s.
 *
 * <p>Identifiers of the bundled editions: an outcome is {@code CJPF-O<pa>} after the priority
 * action it belongs to ({@code CJPF-O8}) or {@code OPIF-O<n>} after its number in the 2016
 * framework; its indicator is {@code CJPF-I<pa>}; a measure is {@code CJPF-M<pa>.<k>}, the k-th
 * measure of that indicator; an evidence item is {@code CJPF-E<pa>.<k>}. Every id is unique
 * within its edition.
 */
@ValueStyle
package org.cjoip.model.framework;

import org.cjoip.model.ValueStyle;
