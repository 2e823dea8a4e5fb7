package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * The wording of the Community Justice Performance Framework (2023) as candidates: the 9
 * nationally determined outcomes keyed "PA1", "PA2", … by their priority action, and the
 * measures of the national indicators keyed "PA1.1", "PA1.2", …, each with its priority action
 * as payload.
 *
 * <p>Copied verbatim from the national layer table of the domain reference (the Clackmannanshire
 * plan's Appendix 1). An indicator with several measures is written there as a stem and a list
 * ("Number of: assessment reports for bail suitability; …"); each measure here is the stem
 * joined to one item, and {@link #INDICATORS} keeps the indicator as the table prints it.
 */
final class CjpfWording {

  /** The outcomes, keyed by priority action. */
  static final List<Candidate<Integer>> OUTCOMES =
      List.of(
          Candidate.of("PA1", "More people successfully complete diversion from prosecution", 1),
          Candidate.of(
              "PA2", "More people in police custody receive support to address their needs", 2),
          Candidate.of(
              "PA3", "More people are assessed for and successfully complete bail supervision", 3),
          Candidate.of(
              "PA5",
              "More people access services to support desistance and successfully complete"
                  + " community sentences",
              5),
          Candidate.of(
              "PA7",
              "More people have access to, and continuity of, health and social care following"
                  + " release from a prison sentence",
              7),
          Candidate.of(
              "PA8",
              "More people have access to suitable accommodation following release from a prison"
                  + " sentence",
              8),
          Candidate.of(
              "PA9",
              "More people with convictions access support to enhance their readiness for"
                  + " employment",
              9),
          Candidate.of(
              "PA10",
              "More people access voluntary throughcare following a short term prison sentence",
              10),
          Candidate.of(
              "PA13",
              "More people across the workforce and in the community understand, and have"
                  + " confidence in, community justice",
              13));

  /** The national indicators as the table prints them, keyed by priority action. */
  static final List<Candidate<Integer>> INDICATORS =
      List.of(
          Candidate.of(
              "PA1",
              "Number of diversion from prosecution: assessments undertaken; cases commenced;"
                  + " cases successfully completed",
              1),
          Candidate.of("PA2", "Number of referrals from custody centres", 2),
          Candidate.of(
              "PA3",
              "Number of: assessment reports for bail suitability; bail supervision cases"
                  + " commenced; bail supervision cases completed",
              3),
          Candidate.of(
              "PA5",
              "Percentage of: community payback orders successfully completed; drug treatment and"
                  + " testing orders successfully completed",
              5),
          Candidate.of(
              "PA7", "Number of transfers in drug/alcohol treatments from custody to community", 7),
          Candidate.of(
              "PA8",
              "Number of homeless applications where prison was the property the main applicant"
                  + " became homeless from",
              8),
          Candidate.of("PA9", "Percentage of those in employability services with convictions", 9),
          Candidate.of("PA10", "Number of voluntary throughcare cases commenced", 10),
          Candidate.of(
              "PA13",
              "Percentage of people who agree that people should help their community as part of"
                  + " a community sentence rather than spend a few months in prison for a minor"
                  + " offence",
              13));

  /** The measures of the national indicators, keyed "PA1.1", "PA1.2", …. */
  static final List<Candidate<Integer>> MEASURES =
      List.of(
          Candidate.of("PA1.1", "Number of diversion from prosecution assessments undertaken", 1),
          Candidate.of("PA1.2", "Number of diversion from prosecution cases commenced", 1),
          Candidate.of(
              "PA1.3", "Number of diversion from prosecution cases successfully completed", 1),
          Candidate.of("PA2.1", "Number of referrals from custody centres", 2),
          Candidate.of("PA3.1", "Number of assessment reports for bail suitability", 3),
          Candidate.of("PA3.2", "Number of bail supervision cases commenced", 3),
          Candidate.of("PA3.3", "Number of bail supervision cases completed", 3),
          Candidate.of(
              "PA5.1", "Percentage of community payback orders successfully completed", 5),
          Candidate.of(
              "PA5.2",
              "Percentage of drug treatment and testing orders successfully completed",
              5),
          Candidate.of(
              "PA7.1",
              "Number of transfers in drug/alcohol treatments from custody to community",
              7),
          Candidate.of(
              "PA8.1",
              "Number of homeless applications where prison was the property the main applicant"
                  + " became homeless from",
              8),
          Candidate.of(
              "PA9.1", "Percentage of those in employability services with convictions", 9),
          Candidate.of("PA10.1", "Number of voluntary throughcare cases commenced", 10),
          Candidate.of(
              "PA13.1",
              "Percentage of people who agree that people should help their community as part of"
                  + " a community sentence rather than spend a few months in prison for a minor"
                  + " offence",
              13));

  /** Outcomes and measures together: the candidates of the table test. */
  static final List<Candidate<Integer>> ALL = concat(OUTCOMES, MEASURES);

  /** A matcher over {@link #ALL}. */
  static final WordingMatcher<Integer> MATCHER = WordingMatcher.of(ALL);

  private CjpfWording() {}

  private static List<Candidate<Integer>> concat(
      List<Candidate<Integer>> a, List<Candidate<Integer>> b) {
    List<Candidate<Integer>> out = new ArrayList<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
