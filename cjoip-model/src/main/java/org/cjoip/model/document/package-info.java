/**
 * Reading and writing documents: plan documents (format version 1, JSON or YAML) and the
 * located problems a reader reports. Every problem names its place in the text (line and
 * column) and in the tree (an RFC 6901 JSON Pointer).
 */
@ValueStyle
package org.cjoip.model.document;

import org.cjoip.model.ValueStyle;
