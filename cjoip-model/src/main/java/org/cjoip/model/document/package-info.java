/**
 * Reading and writing documents: plan documents (format version 1, JSON or YAML), framework
 * edition documents and the {@link org.cjoip.model.document.Frameworks} registry they are
 * loaded into, and the located problems a reader reports. Every problem names its place in the
 * text (line and column) and in the tree (an RFC 6901 JSON Pointer).
 *
 * <p>Every input file is opened one way ({@link org.cjoip.model.document.InputFiles}: regular
 * files only, within a size limit, through a bounded stream). Every reader of this package
 * parses a document into a located tree as it reads it and binds it to values by hand, with the
 * same refusals and {@link org.cjoip.model.document.Limits}; the tree reader and the binder are
 * internal to the package. Readers in other modules (configurations,
 * assessment reports) read a {@link org.cjoip.model.document.DocumentTree} and bind it
 * themselves.
 */
@ValueStyle
package org.cjoip.model.document;

import org.cjoip.model.ValueStyle;
