package org.cjoip.model.framework;

/**
 * The two kinds of national outcome of the 2016 framework (OPIF): outcomes 1–4 are about how
 * partners and communities work ("structural"), 5–7 about the lives of the people supported
 * ("person-centred").
 */
public enum OutcomeCategory {
  STRUCTURAL,
  PERSON_CENTRED
}
