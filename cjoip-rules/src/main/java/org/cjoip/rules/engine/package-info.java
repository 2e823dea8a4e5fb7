/**
 * The rule engine behind the assessor, not API: turning documents into facts, loading the rules
 * compiled at build time to the Drools executable model (or DRL compiled at run time for rule
 * packs), building one shared {@code KieBase} per combination of rule sets, and running a new
 * stateless session per assessment. Nothing here decides what the catalogue defines; the rules
 * do.
 */
package org.cjoip.rules.engine;
