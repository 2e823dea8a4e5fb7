package org.cjoip.rules.facts;

/**
 * A framework edition the registry holds, and the edition it supersedes, if any: what tells a
 * rule that the plan's declared edition has been revised (s22).
 *
 * @param id the edition's id
 * @param title the edition's title
 * @param supersedes the id of the edition it replaces, or null
 */
public record KnownEdition(String id, String title, String supersedes) {}
