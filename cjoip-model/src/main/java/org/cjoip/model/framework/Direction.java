package org.cjoip.model.framework;

/**
 * The way a measure's figures should move for its outcome to be achieved: most national measures
 * should rise ("More people…"); the homeless applications from prison should fall.
 */
public enum Direction {
  INCREASE,
  DECREASE
}
