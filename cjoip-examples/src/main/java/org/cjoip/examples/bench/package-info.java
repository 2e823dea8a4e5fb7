/**
 * {@code cjoip bench}: cjoip's speed measured side by side in one run, on a noisy shared
 * machine, so that every goal is a ratio of two medians taken in the same run: warm
 * throughput, Drools against the plain-Java reference, scaling to very large plans, cold start
 * of the command line, and the heap of a long batch.
 */
package org.cjoip.examples.bench;
