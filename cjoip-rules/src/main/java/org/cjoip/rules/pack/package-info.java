/**
 * Rule packs: rules beyond the built-in ones, written by a partnership, a rule-set maintainer or
 * an embedding application, and run in the same rule base as the built-in rules.
 *
 * <p>A {@link org.cjoip.rules.pack.RulePack} is either DRL compiled at run time with {@link
 * org.cjoip.rules.pack.RulePacks#compile} or a jar that carries its rules precompiled to the
 * Drools executable model (like the built-in rules) and names a {@link
 * org.cjoip.rules.pack.PrecompiledRulePack} in {@code META-INF/services}, found by {@link
 * org.cjoip.rules.pack.RulePacks#discover()}. Pack rules match the facts of {@code
 * org.cjoip.rules.facts} and report to its {@code Findings}; their ids live in the pack's own
 * namespace, never {@code CJ-}, and each rule describes itself with {@code @title} and {@code
 * @severity} metadata.
 *
 * <p>A rule pack is code: it runs inside the assessing process with that process's rights. Load
 * only packs you would run as a program.
 */
package org.cjoip.rules.pack;
