/**
 * The published annual report as a Word document (.docx, Office Open XML), written with Apache
 * POI's XWPF: real headings in the document's own {@code Heading1} to {@code Heading3} styles,
 * so Word's navigation pane and a PDF export find them; real tables whose header row repeats on
 * every page; real bulleted lists; A4 pages; no macros.
 *
 * <p>This is the only package of the rules module that uses Apache POI, an optional dependency
 * of the module: an application that writes the Word report declares {@code
 * org.apache.poi:poi-ooxml}; one that does not never loads POI.
 */
package org.cjoip.rules.publish.word;
