/**
 * The one way in for a partnership's documents, whatever their kind: {@link
 * org.cjoip.model.input.Documents} reads a plan (a JSON or YAML document, or a plan workbook)
 * or an annual return, and tells them apart by what the document says it is.
 */
@ValueStyle
package org.cjoip.model.input;

import org.cjoip.model.ValueStyle;
