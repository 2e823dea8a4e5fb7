/**
 * The {@code cjoip} command line: check plan documents, assess plans, list the rules, the
 * framework editions and the bundled examples. Exit codes: 0 success, 1 findings at or above
 * {@code --fail-on}, 2 bad input or usage.
 */
package org.cjoip.examples.cli;
