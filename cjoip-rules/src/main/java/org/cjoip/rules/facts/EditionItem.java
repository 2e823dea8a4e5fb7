package org.cjoip.rules.facts;

/** A fact that stands for an item of the framework edition: a national measure, evidence. */
public interface EditionItem extends Worded {

  /** The item's place in the edition's list, so that several can be named in that order. */
  int order();
}
