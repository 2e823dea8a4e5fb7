package org.cjoip.model.framework;

/** What an indicator's figures count: a number of cases, a percentage, or a rate. */
public enum Unit {
  COUNT,
  PERCENT,
  RATE
}
