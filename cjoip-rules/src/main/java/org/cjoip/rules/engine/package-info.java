/**
 * The rule engine behind the {@link org.cjoip.rules.Assessor}: loading the rules compiled at
 * build time to the Drools executable model, building one shared {@code KieBase} per
 * combination of rule sets, and running a new stateless session per assessment. Not API.
 */
package org.cjoip.rules.engine;
