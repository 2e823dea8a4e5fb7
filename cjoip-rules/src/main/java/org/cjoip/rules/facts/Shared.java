package org.cjoip.rules.facts;

/**
 * Derived: a value that two or more deliverables share and that should be unique to one: a
 * normalised description, or an id. The members are gathered into a {@link DuplicateGroup}.
 *
 * @param kind what is shared
 * @param value the shared value
 */
public record Shared(DuplicateGroup.Kind kind, String value) {}
