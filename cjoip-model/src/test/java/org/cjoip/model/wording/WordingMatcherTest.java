package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cjoip.model.wording.Match.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The matcher against every outcome and national indicator wording the three source plans
 * state, with the CJPF outcomes and measures ({@link CjpfWording#ALL}) as candidates.
 *
 * <p>The rows are in {@code source-wordings.tsv} beside this class, one per wording, with the
 * columns plan, section (where the plan files it), text, expected verdict and expected key (empty
 * for {@code NONE}). Texts are verbatim; an indicator entry with several measures appears as the
 * measures {@link MeasureSplitter} makes of it (stem joined to each item), which {@link
 * MeasureSplitterTest} checks against the entries as printed. Clackmannanshire's Appendix 1
 * reproduces the framework table; its rows check the framework's own wording, misprint
 * included.
 */
final class WordingMatcherTest {

  private static final WordingMatcher<Integer> MATCHER = CjpfWording.MATCHER;

  /** One row of the table. */
  record Row(String plan, String section, String text, Verdict verdict, Optional<String> key) {
    @Override
    public String toString() {
      return plan + " / " + section + ": " + text;
    }
  }

  static List<Row> rows() {
    String resource = "source-wordings.tsv";
    List<Row> rows = new ArrayList<>();
    try (InputStream in = WordingMatcherTest.class.getResourceAsStream(resource);
        BufferedReader r =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String header = r.readLine();
      assertThat(header).isEqualTo("plan\tsection\ttext\tverdict\tkey");
      String line;
      while ((line = r.readLine()) != null) {
        String[] f = line.split("\t", -1);
        assertThat(f).as(line).hasSize(5);
        rows.add(new Row(f[0], f[1], f[2], Verdict.valueOf(f[3]),
            f[4].isEmpty() ? Optional.empty() : Optional.of(f[4])));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return rows;
  }

  static Stream<Row> table() {
    return rows().stream();
  }

  @ParameterizedTest(name = "[{index}] {0}")
  @MethodSource("table")
  void match_sourceWording(Row row) {
    Match<Integer> m = MATCHER.match(row.text());

    assertThat(m.verdict()).as(m.reason()).isEqualTo(row.verdict());
    if (row.verdict() != Verdict.NONE) {
      assertThat(m.candidate().map(Candidate::key)).as(m.reason()).isEqualTo(row.key());
    }
  }

  @Test
  void table_coversThePlans() {
    Map<String, int[]> counts = new LinkedHashMap<>();
    for (Row row : rows()) {
      counts.computeIfAbsent(row.plan(), p -> new int[3])[row.verdict().ordinal()]++;
    }

    assertThat(counts.keySet())
        .containsExactly("perth-and-kinross", "ayrshire", "clackmannanshire");
    assertThat(counts.get("perth-and-kinross")).containsExactly(19, 3, 13);
    assertThat(counts.get("ayrshire")).containsExactly(10, 1, 0);
    assertThat(counts.get("clackmannanshire")).containsExactly(24, 3, 16);
  }

  /**
   * The numbers the package documentation quotes to justify the thresholds: the lowest score of
   * a true close match, the highest score of a text that must not match, and the smallest lead
   * of a true close match over its runner-up.
   */
  @Test
  void table_separatesTrueFromFalseMatches() {
    double closestTrue = 1;
    double highestFalse = 0;
    double smallestLead = 1;
    for (Row row : rows()) {
      Match<Integer> m = MATCHER.match(row.text());
      if (row.verdict() == Verdict.CLOSE) {
        closestTrue = Math.min(closestTrue, m.score());
        smallestLead = Math.min(smallestLead, m.score() - runnerUp(row.text(), m));
      } else if (row.verdict() == Verdict.NONE) {
        highestFalse = Math.max(highestFalse, m.score());
      }
    }

    assertThat(round(closestTrue)).isEqualTo(0.47);
    assertThat(round(highestFalse)).isEqualTo(0.29);
    assertThat(round(smallestLead)).isEqualTo(0.34);
    assertThat(WordingMatcher.closeThreshold()).isEqualTo(0.38);
    assertThat(WordingMatcher.margin()).isEqualTo(0.10);
    assertThat(closestTrue).isGreaterThan(WordingMatcher.closeThreshold());
    assertThat(highestFalse).isLessThan(WordingMatcher.closeThreshold());
    assertThat(smallestLead).isGreaterThan(WordingMatcher.margin());
  }

  private static double runnerUp(String text, Match<Integer> best) {
    Normaliser n = Normaliser.standard();
    Analysis a = n.analyse(text);
    double second = 0;
    for (Candidate<Integer> c : CjpfWording.ALL) {
      if (!c.equals(best.candidate().orElseThrow())) {
        second = Math.max(second, Similarity.of(a, n.analyse(c.text()), n).score);
      }
    }
    return second;
  }

  private static double round(double d) {
    return Math.round(d * 100) / 100.0;
  }

  // --- the plans' known misquotes ----------------------------------------------------------------

  @Test
  void match_perthHomelessnessWordingIsCloseToPa8Measure() {
    Match<Integer> m =
        MATCHER.match("Number of homelessness applications where prison is last known address.");

    assertThat(m.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA8.1");
    assertThat(m.reason())
        .isEqualTo("close to PA8.1 (score 0.48): 'homelessness'~'homeless', 'is last known"
            + " address'~'was the property the main applicant became homeless from'");
  }

  @Test
  void match_perthEmploymentProgrammeWordingIsCloseToPa9Measure() {
    Match<Integer> m = MATCHER.match(
        "Participation in an employment programme percentage of people with convictions.");

    assertThat(m.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA9.1");
  }

  @Test
  void match_perthIndividualsWhoAgreeIsCloseToPa13Measure() {
    Match<Integer> m = MATCHER.match(
        "Percentage of individuals who agree people should help their community as part of a"
            + " community sentence rather than spend a few months in prison for a minor"
            + " offence.");

    assertThat(m.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA13.1");
    assertThat(m.reason())
        .isEqualTo("close to PA13.1 (score 0.94): 'individuals'~'people', missing 'that'");
  }

  @Test
  void match_clackmannanshirePolicyCustodyIsCloseToPa2Outcome() {
    Match<Integer> m =
        MATCHER.match("More people in policy custody receive support to address their needs");

    assertThat(m.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA2");
    assertThat(m.reason()).isEqualTo("close to PA2 (score 1.00): 'policy'~'police'");
  }

  @Test
  void match_clackmannanshireDesistanceFromOffendingIsCloseToPa5Outcome() {
    Match<Integer> m =
        MATCHER.match("More people access services to support desistance from offending.");

    assertThat(m.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA5");
    assertThat(m.reason()).isEqualTo("close to PA5 (score 0.59): 'from offending'~'and"
        + " successfully complete community sentences'");
  }

  @Test
  void match_perthPa1OutcomeIsExactlyPa2sOutcome() {
    Match<Integer> m =
        MATCHER.match("More people in police custody receive support to address their needs.");

    assertThat(m.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(m.candidate().map(Candidate::key)).contains("PA2");
    assertThat(m.candidate().map(Candidate::payload)).contains(2);
    assertThat(m.score()).isEqualTo(1.0);
    assertThat(m.reason()).isEqualTo("same wording after normalising case and punctuation");
  }

  @Test
  void match_perthPa2CustodyProportionsAreNone() {
    String entry = "i) Proportion of people in police custody that were: offered support and"
        + " declined; ii) offered support and accepted; iii) recorded as n/a.";

    List<String> measures = MeasureSplitter.split(entry);
    assertThat(measures).hasSize(3);
    for (String measure : measures) {
      Match<Integer> m = MATCHER.match(measure);
      assertThat(m.verdict()).as(measure).isEqualTo(Verdict.NONE);
      assertThat(m.candidate().map(Candidate::key)).as(measure).contains("PA2");
    }
    assertThat(MATCHER.match(measures.get(0)).reason())
        .isEqualTo("the closest, PA2 (score 0.21), is below 0.38: the text counts something"
            + " and the candidate does not; shared terms: 'police', 'custody', 'support'");
  }

  @Test
  void match_perthCommunitySentencesComparedToOtherDisposalsIsNone() {
    Match<Integer> m = MATCHER.match("Number of community sentences compared to other disposals");

    assertThat(m.verdict()).isEqualTo(Verdict.NONE);
    assertThat(m.score()).isLessThan(WordingMatcher.closeThreshold());
  }

  @Test
  void match_transfersFromCommunityToCustodyIsNone() {
    Match<Integer> m = MATCHER.match(
        "Number of transfers in drug/alcohol treatments from community to custody");

    assertThat(m.verdict()).isEqualTo(Verdict.NONE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA7.1");
    assertThat(m.reason())
        .isEqualTo("the closest, PA7.1 (score 0.27), is below 0.38: 'community … custody'"
            + " reverses 'custody … community'; shared terms: 'number', 'transfers', 'drug',"
            + " 'alcohol', 'treatments', 'community', 'custody'");
  }

  @Test
  void match_transfersFromCustodyToCommunityIsExact() {
    Match<Integer> m = MATCHER.match(
        "Number of transfers in drug/alcohol treatments from custody to community");

    assertThat(m.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(m.candidate().map(Candidate::key)).contains("PA7.1");
    assertThat(m.reason()).isEqualTo("identical wording");
  }

  // --- behaviour ---------------------------------------------------------------------------------

  @Test
  void match_abbreviationsAndBracketedRemarksAreExact() {
    Match<Integer> m = MATCHER.match("Number of DfP (diversion) cases commenced (2022/23)");

    assertThat(m.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(m.candidate().map(Candidate::key)).contains("PA1.2");
    assertThat(m.reason())
        .isEqualTo("same wording after normalising case, punctuation, bracketed remarks,"
            + " numbering and abbreviations");
  }

  @Test
  void match_spellingVariantIsCloseNotExact() {
    Match<Integer> m = MATCHER.match("More people access services to support desistence and"
        + " successfully complete community sentences");

    assertThat(m.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA5");
    assertThat(m.reason()).isEqualTo("close to PA5 (score 1.00): 'desistence'~'desistance'");
  }

  @Test
  void match_typoOfOneEditIsClose() {
    Match<Integer> m =
        MATCHER.match("More people successfuly complete diversion from prosecution");

    assertThat(m.verdict()).isEqualTo(Verdict.CLOSE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA1");
    assertThat(m.reason()).isEqualTo("close to PA1 (score 1.00): 'successfuly'~'successfully'");
  }

  @Test
  void match_oppositeWordIsNone() {
    Match<Integer> m =
        MATCHER.match("Fewer people successfully complete diversion from prosecution");

    assertThat(m.verdict()).isEqualTo(Verdict.NONE);
    assertThat(m.score()).isLessThan(WordingMatcher.closeThreshold());
  }

  @Test
  void match_oppositeWordIsNamedInTheReason() {
    WordingMatcher<Integer> outcomes = WordingMatcher.of(CjpfWording.OUTCOMES);

    Match<Integer> m =
        outcomes.match("Fewer people successfully complete diversion from prosecution");

    assertThat(m.verdict()).isEqualTo(Verdict.NONE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA1");
    assertThat(m.reason()).isEqualTo("the closest, PA1 (score 0.26), is below 0.38: 'fewer'"
        + " against 'more'; shared terms: 'successfully', 'complete', 'diversion',"
        + " 'prosecution'");
  }

  @Test
  void match_twoEquallyCloseMeasuresAreAmbiguous() {
    Match<Integer> m = MATCHER.match("Number of bail supervision cases");

    assertThat(m.verdict()).isEqualTo(Verdict.NONE);
    assertThat(m.candidate().map(Candidate::key)).contains("PA3.2");
    assertThat(m.reason()).isEqualTo("ambiguous between PA3.2 ('Number of bail supervision cases"
        + " commenced', 0.88) and PA3.3 ('Number of bail supervision cases completed', 0.88):"
        + " neither leads by 0.10");
  }

  @Test
  void match_nothingSharedHasNoCandidate() {
    Match<Integer> m = MATCHER.match("Electronic monitoring is used more widely");

    assertThat(m.verdict()).isEqualTo(Verdict.NONE);
    assertThat(m.candidate()).isEmpty();
    assertThat(m.score()).isEqualTo(0.0);
    assertThat(m.reason()).isEqualTo("no candidate shares the key terms");
  }

  @Test
  void match_textWithoutWordsIsNone() {
    for (String text : new String[] {null, "", "  ", "(to be confirmed)", "i) ii)", "..."}) {
      Match<Integer> m = MATCHER.match(text);
      assertThat(m.verdict()).as(text).isEqualTo(Verdict.NONE);
      assertThat(m.candidate()).as(text).isEmpty();
      assertThat(m.reason()).as(text).isEqualTo("the text has no words to recognise");
    }
  }

  @Test
  void match_withoutCandidatesIsNone() {
    Match<String> m = WordingMatcher.<String>of(List.of()).match("Number of referrals");

    assertThat(m.verdict()).isEqualTo(Verdict.NONE);
    assertThat(m.candidate()).isEmpty();
    assertThat(m.reason()).isEqualTo("there are no candidates to recognise");
  }

  @Test
  void match_sameWordingUnderTwoKeysGoesToTheFirst() {
    WordingMatcher<String> matcher = WordingMatcher.of(List.of(
        Candidate.of("B", "Number of referrals from custody centres", "second"),
        Candidate.of("A", "Number of referrals from custody centres.", "first")));

    Match<String> m = matcher.match("number of referrals from custody centres");

    assertThat(m.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(m.candidate().map(Candidate::key)).contains("B");
  }

  @Test
  void of_rejectsDuplicateKeys() {
    List<Candidate<Integer>> twice =
        List.of(Candidate.of("PA1", "One text", 1), Candidate.of("PA1", "Another text", 1));

    assertThatThrownBy(() -> WordingMatcher.of(twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("two candidates share the key PA1");
  }

  @Test
  void of_rejectsCandidateWithoutWords() {
    List<Candidate<Integer>> remark = List.of(Candidate.of("X", "(remark only)", 1));

    assertThatThrownBy(() -> WordingMatcher.of(remark))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("candidate X has no words to match: '(remark only)'");
  }

  @Test
  void candidates_keepTheirOrder() {
    assertThat(MATCHER.candidates()).containsExactlyElementsOf(CjpfWording.ALL);
  }

  @Test
  void match_aMillionCharacterSentenceIsJudgedByItsBeginning() {
    String outcome = "More people successfully complete diversion from prosecution";
    String sentence = outcome + " and " + "more people are supported ".repeat(40_000);

    Match<Integer> whole = MATCHER.match(sentence);
    Match<Integer> beginning = MATCHER.match(sentence.substring(0, WordingMatcher.CONSIDERED));

    assertThat(sentence).hasSizeGreaterThan(1_000_000);
    assertThat(whole).isEqualTo(beginning);
    assertThat(MATCHER.match(outcome + " (" + "x".repeat(1_800) + ")").verdict())
        .isEqualTo(Match.Verdict.EXACT);
  }
}
