/**
 * Plan workbooks: the plan document laid out as an Office Open XML spreadsheet (.xlsx) that a
 * partnership officer fills in, sorts and shares. {@link WorkbookReader} imports a workbook
 * into the same {@link org.cjoip.model.document.PlanDocument} the plan reader gives for the
 * same plan, every problem located by sheet and cell as well as by JSON Pointer;
 * {@link WorkbookWriter} exports a plan, and writes the empty template of an edition.
 *
 * <p>This is the only package that uses Apache POI, an optional dependency of this module: an
 * application that reads or writes workbooks declares {@code org.apache.poi:poi-ooxml}.
 */
@ValueStyle
package org.cjoip.model.workbook;

import org.cjoip.model.ValueStyle;
