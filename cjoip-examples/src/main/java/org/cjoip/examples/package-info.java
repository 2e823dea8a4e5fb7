/**
 * The example plans, encoded faithfully from published CJOIPs (Perth and Kinross 2023-2028,
 * Ayrshire 2024-2029 and Clackmannanshire 2023-2028), and runnable example code.
 */
package org.cjoip.examples;
