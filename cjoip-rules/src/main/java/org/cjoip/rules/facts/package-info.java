/**
 * The facts the rules match: the stable fact API for the built-in rules and for rule packs.
 *
 * <p>Input facts stand for the items of the plan document and the framework edition, with the
 * plan's wording recognised (which framework outcome or measure a sentence means), timescales
 * parsed and placeholders spotted. Derived facts ({@link org.cjoip.rules.facts.Addressed},
 * {@link org.cjoip.rules.facts.Due}, {@link org.cjoip.rules.facts.Overdue}, …) are the
 * catalogue's terms, inserted by rules. A rule makes a finding by inserting a {@link
 * org.cjoip.rules.facts.Draft}, and raises one's severity by inserting an {@link
 * org.cjoip.rules.facts.Escalation}; rules never modify a fact. Facts that stand for a place in
 * the plan know its JSON Pointer ({@code path()}) and, through {@code at(member)}, the pointer
 * of a member or, when the member is absent, of the deepest node that exists. The whole model
 * is described in {@code docs/fact-model.md}.
 */
package org.cjoip.rules.facts;
