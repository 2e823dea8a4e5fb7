/**
 * A deterministic corpus of synthetic plans, for benchmarks and property tests: realistic
 * plans made from a seed, with the framework edition's wording, the example plans' wording and
 * the gaps real plans have (missing owners, open-ended or placeholder timescales, missing local
 * indicators, duplicates, overdue dates).
 */
package org.cjoip.examples.corpus;
