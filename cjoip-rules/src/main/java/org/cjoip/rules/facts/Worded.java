package org.cjoip.rules.facts;

/** A fact that stands for a piece of framework or plan wording. */
public interface Worded {

  /** The wording. */
  String text();
}
