/**
 * The built-in rules. Their source is DRL in the resources beside this package: {@code
 * terms.drl}, the catalogue's terms derived as facts, and one file per rule family ({@code
 * plan.drl}, {@code coverage.drl}, {@code local-indicators.drl}, {@code deliverables.drl},
 * {@code indicators.drl}). The build compiles them into this package as the Drools executable
 * model. Each finding rule carries its catalogue {@code @id}, {@code @severity}, {@code @title}
 * and {@code @source}; each consequence only inserts facts.
 */
package org.cjoip.rules.checks;
