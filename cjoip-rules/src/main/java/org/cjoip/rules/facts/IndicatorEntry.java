package org.cjoip.rules.facts;

/**
 * One entry of a section's national indicators, as the plan heads it (measures included). Its
 * measures, split and recognised, are {@link MeasureUse} facts.
 *
 * @param place the entry's node
 * @param section the priority action of the section
 * @param text the plan's wording
 * @param placeholder whether the entry stands for nothing yet
 */
public record IndicatorEntry(Place place, int section, String text, boolean placeholder) {}
