/**
 * Recognising framework wording in a plan's own words: which national outcome a stated outcome
 * is, which national measure an indicator entry names, and how sure that is.
 *
 * <p>Plans misquote the framework, abbreviate it, number its sub-measures, mix its editions and
 * misattribute its outcomes. The classes here tolerate small differences and say precisely what
 * differs, but do not know the framework model: callers wrap each piece of framework wording in a
 * {@link org.cjoip.model.wording.Candidate} (id, text, payload), build a {@link
 * org.cjoip.model.wording.WordingMatcher} once, and get a {@link org.cjoip.model.wording.Match}
 * per text: {@code EXACT}, {@code CLOSE} or {@code NONE}, the best candidate (also for {@code
 * NONE}, as "the closest"), a score from 0 to 1 and a one-sentence reason. {@link
 * org.cjoip.model.wording.MeasureSplitter} cuts a plan's indicator entry into its measures so
 * that each is matched alone; {@link org.cjoip.model.wording.Normaliser} gives the normal forms.
 *
 * <h2>Exact and close</h2>
 *
 * <p>A text is {@code EXACT} when its canonical words equal a candidate's: case, punctuation,
 * bracketed remarks, sub-measure numbering and abbreviations set aside ("Number of DfP cases
 * commenced (2022/23)" is exactly "Number of diversion from prosecution cases commenced").
 * Spelling variants and typos are not the same wording: "policy custody", "desistence",
 * "homelessness" and "recieve" make a match {@code CLOSE} at best, even where, as for "policy
 * custody", the score is 1 because every key term agrees.
 *
 * <h2>The score</h2>
 *
 * <p>The score compares the key terms (content words, stemmed, spelling variants resolved) of
 * the text and of a candidate:
 *
 * <pre>
 *   score = (0.7 U + 0.3 B) x 0.5 [if only one of the two counts something]
 *                           x 0.3 per contradiction
 * </pre>
 *
 * <ul>
 *   <li><b>U</b>, the vocabulary: the Dice coefficient of the two texts' content terms, paired
 *       one to one. Two terms pair when their stems agree ("employment" and "employability"),
 *       or when both words have at least 5 letters and lie one edit apart, a transposition
 *       counting as one ("recieve", "successfuly").
 *   <li><b>B</b>, the word order: the Dice coefficient of adjacent pairs of content terms, in
 *       order. A text sharing the candidate's words in its order scores higher than one that
 *       merely shares words. With only one content term on either side, B is U.
 *   <li><b>Kind.</b> A text that counts something (a quantity word: "number", "percentage",
 *       "proportion", "rate", "%") is an indicator; one that does not is an outcome. When one
 *       side counts and the other does not, the score is halved. Without this, Perth and
 *       Kinross's PA 2 "Proportion of people in police custody that were offered support and
 *       declined" scores 0.41 against the PA 2 outcome, above the close threshold; with it,
 *       0.21.
 *   <li><b>Contradictions.</b> Two adjacent terms that the candidate has the other way round,
 *       joined by a relation word ("to", "into", "than", "versus", "against"), state the opposite
 *       relation: "transfers … from community to custody" scores 0.90 against "… from custody to
 *       community" on words and order alone, and 0.27 after the penalty. So does an opposite
 *       word ("fewer" where the candidate says "more"). Each contradiction multiplies the score
 *       by 0.3, and the reason names it.
 * </ul>
 *
 * <p>The weights were chosen on the table test of the three source plans ({@code
 * WordingMatcherTest}, {@code source-wordings.tsv}) for the widest gap between the closest true
 * and the highest false match: 0.6/0.4 leaves 0.12 (0.40 to 0.28), 0.8/0.2 leaves 0.17 but
 * lets a false match reach 0.32, 0.7/0.3 leaves 0.17 (0.47 to 0.29); pairs two terms apart
 * instead of adjacent ones narrow the gap to 0.14. Order weighs less than vocabulary because a
 * plan's rewording keeps the words and loses the order: Perth and Kinross's "Participation in an
 * employment programme percentage of people with convictions" shares three of its five terms
 * with the PA 9 measure and not one adjacent pair. The kind factor is 0.5 rather than a milder
 * 0.6, which the table would also allow, so that an outcome-like text such as "Fewer people
 * successfully complete diversion from prosecution" (0.26 against PA 1) does not fall to the PA
 * 1 measure instead (0.39 at 0.6, 0.32 at 0.5).
 *
 * <h2>Thresholds</h2>
 *
 * <p>Measured on the table test, with the 9 CJPF outcomes and 14 measures as candidates:
 *
 * <ul>
 *   <li>Closest true match: <b>0.47</b>, Perth and Kinross PA 9 "Participation in an employment
 *       programme percentage of people with convictions" to the PA 9 measure; next 0.48, Perth
 *       and Kinross PA 8 "Number of homelessness applications where prison is last known
 *       address" to the PA 8 measure.
 *   <li>Highest false match: <b>0.29</b>, Clackmannanshire's local outcome "Community justice
 *       services and policies are co-produced." against the PA 13 outcome; next 0.28, "More
 *       people access peer support and mentoring." against PA 9, and 0.27 both for "More victims
 *       access services and receive consistent support …" against PA 5 and for the reversed
 *       transfers against the PA 7 measure.
 *   <li><b>close = 0.38</b> sits midway, 0.09 from each.
 *   <li><b>margin = 0.10.</b> A close match must also lead the runner-up by the margin; when two
 *       candidates both reach the threshold within 0.10 of each other, the verdict is {@code
 *       NONE} with the reason "ambiguous between X (…) and Y (…)", and the candidate is the
 *       better of the two. Guessing would pin a finding on the wrong measure: "Number of bail
 *       supervision cases" is equally "… cases commenced" and "… cases completed" (0.88 each).
 *       The smallest lead of a true close match in the table is 0.34 (Clackmannanshire's "More
 *       people access services to support desistance from offending", 0.59 for PA 5 against
 *       0.26 for PA 9), so the margin costs no true match.
 * </ul>
 *
 * <p>{@code WordingMatcherTest.table_separatesTrueFromFalseMatches} recomputes these numbers, so
 * a change to the word lists or weights that moves them fails until this page is updated.
 *
 * <p>All word lists, weights and thresholds are data in {@code
 * org/cjoip/model/wording/wording.json}, loaded once. Everything here is immutable and
 * thread-safe, and the same input always gives the same result.
 */
@ValueStyle
package org.cjoip.model.wording;

import org.cjoip.model.ValueStyle;
