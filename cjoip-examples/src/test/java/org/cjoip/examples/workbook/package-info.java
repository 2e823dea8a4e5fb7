/**
 * Plan workbooks end to end: the bundled examples through export and import, and a workbook
 * made as a person makes one.
 */
package org.cjoip.examples.workbook;
