/**
 * The built-in rules. Their source is DRL, one file per rule family, in the resources beside
 * this package ({@code plan.drl}, {@code coverage.drl}, {@code local-indicators.drl},
 * {@code deliverables.drl}, {@code indicators.drl}); the build compiles them into this package
 * as the Drools executable model. Each rule's name starts with its catalogue id; each
 * consequence only reports to {@link org.cjoip.rules.facts.Findings}.
 */
package org.cjoip.rules.checks;
