package org.cjoip.rules.facts;

/**
 * A local indicator entry of a priority action's section.
 *
 * @param path the entry
 * @param priorityAction the section's priority action
 * @param text the plan's wording
 * @param placeholder whether the entry stands for nothing yet ("To be developed")
 */
public record LocalIndicatorFact(String path, int priorityAction, String text,
    boolean placeholder) {}
