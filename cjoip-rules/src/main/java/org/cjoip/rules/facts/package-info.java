/**
 * The facts the rules match: the stable fact API for the built-in rules and for custom rule
 * packs.
 *
 * <p>Before the rules run, the assessor derives these facts from the plan and the framework
 * edition, so each rule reads like its catalogue line: recognition of the plan's wording (which
 * framework outcome or measure a sentence means), parsed timescales, normalised descriptions
 * and grouped duplicates. Every fact that stands for a place in the plan knows its JSON Pointer
 * ({@code path()}) and, through {@code at(member)}, the pointer of a member or, when the member
 * is absent, of the deepest node that exists. Rules report to the {@link
 * org.cjoip.rules.facts.Findings} fact and never modify a fact.
 */
package org.cjoip.rules.facts;
