/**
 * A deliberately simple, plain-Java reference implementation of the core rules (CJ-COV-001,
 * 002, 003, 005, CJ-LIND-001, 002, CJ-DEL-001, 002, 003, 005, 007), written from the rule
 * catalogue independently of the Drools rules and their facts. It is the speed reference of
 * {@code cjoip bench} and a differential oracle for the Drools assessment. Not library API.
 */
package org.cjoip.examples.reference;
