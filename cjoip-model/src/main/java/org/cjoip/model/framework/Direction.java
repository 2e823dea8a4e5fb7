package org.cjoip.model.framework;

/**
 * The way figures should move: for a national measure, the way its figures should move for its
 * outcome to be achieved (most should rise, "More people…"; the homeless applications from
 * prison should fall); for a plan's target, the way the partners aim to move them, or to hold
 * them.
 */
public enum Direction {
  /** Up. */
  INCREASE,
  /** Down. */
  DECREASE,
  /**
   * Held at or near the baseline or the target's value: a plan's target ("Maintain"), not a
   * measure's desired direction.
   */
  MAINTAIN
}
