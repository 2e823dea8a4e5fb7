/**
 * Recognising framework wording in a plan's own words: which national outcome, indicator or
 * measure a sentence means, tolerating case, punctuation, numbering, bracketed remarks,
 * abbreviations, spelling variants and small typos, but not a different meaning.
 *
 * <p>Scores combine word overlap (Dice over normalised, lightly stemmed content words, typos of
 * one edit allowed in words of five letters or more) with word order (shared word pairs), so
 * "from custody to community" does not match "community to custody". The thresholds live in
 * {@code wording.json}: a candidate is close at 0.70 or more (Clackmannanshire's PA 5 paraphrase scores 0.71); below that it is no match.
 */
@ValueStyle
package org.cjoip.model.wording;

import org.cjoip.model.ValueStyle;
