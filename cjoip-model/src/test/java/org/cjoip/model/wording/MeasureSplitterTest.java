package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

final class MeasureSplitterTest {

  @Test
  void split_prefixesTheStemToNumberedFragments() {
    assertThat(MeasureSplitter.split(
            "Number of diversion from prosecution: i) assessments undertaken; ii) cases"
                + " commenced"))
        .containsExactly(
            "Number of diversion from prosecution assessments undertaken",
            "Number of diversion from prosecution cases commenced");
  }

  // --- Perth and Kinross, as the example plan encodes the entries -------------------------------

  @Test
  void split_perthPa1() {
    assertThat(MeasureSplitter.split(
            "Number of diversion from prosecution: i) assessments undertaken; ii) cases"
                + " commenced; iii) cases successfully completed."))
        .containsExactly(
            "Number of diversion from prosecution assessments undertaken",
            "Number of diversion from prosecution cases commenced",
            "Number of diversion from prosecution cases successfully completed");
  }

  @Test
  void split_perthPa2_stemInsideTheFirstNumberedItem() {
    assertThat(MeasureSplitter.split(
            "i) Proportion of people in police custody that were: offered support and declined;"
                + " ii) offered support and accepted; iii) recorded as n/a."))
        .containsExactly(
            "Proportion of people in police custody that were offered support and declined",
            "Proportion of people in police custody that were offered support and accepted",
            "Proportion of people in police custody that were recorded as n/a");
  }

  @Test
  void split_perthPa3() {
    assertThat(MeasureSplitter.split(
            "Number of: i) assessment reports for bail suitability; ii) bail supervision cases"
                + " commenced; iii) bail supervision cases completed."))
        .containsExactly(
            "Number of assessment reports for bail suitability",
            "Number of bail supervision cases commenced",
            "Number of bail supervision cases completed");
  }

  @Test
  void split_perthPa5_bulletsFlattenedWithFullStops() {
    assertThat(MeasureSplitter.split(
            "Percentage of: community payback orders successfully completed. drug treatment and"
                + " testing orders successfully completed."))
        .containsExactly(
            "Percentage of community payback orders successfully completed",
            "Percentage of drug treatment and testing orders successfully completed");
    assertThat(MeasureSplitter.split("Number of: community sentences compared to other disposals."))
        .containsExactly("Number of community sentences compared to other disposals");
  }

  @Test
  void split_perthPa7() {
    assertThat(MeasureSplitter.split(
            "Number of transfers in drug/alcohol treatments from: custody to community; community"
                + " to custody."))
        .containsExactly(
            "Number of transfers in drug/alcohol treatments from custody to community",
            "Number of transfers in drug/alcohol treatments from community to custody");
  }

  @Test
  void split_perthSingleMeasuresLoseOnlyTheirFullStop() {
    assertThat(MeasureSplitter.split(
            "Number of homelessness applications where prison is last known address."))
        .containsExactly("Number of homelessness applications where prison is last known address");
    assertThat(MeasureSplitter.split(
            "Participation in an employment programme percentage of people with convictions."))
        .containsExactly(
            "Participation in an employment programme percentage of people with convictions");
    assertThat(MeasureSplitter.split("Number of voluntary throughcare cases commenced."))
        .containsExactly("Number of voluntary throughcare cases commenced");
    assertThat(MeasureSplitter.split("N/A.")).containsExactly("N/A");
  }

  @Test
  void split_perthAsPrintedOnSeveralLines() {
    assertThat(MeasureSplitter.split(
            "Number of diversion from prosecution:\n\n- i) assessments undertaken;\n"
                + "- ii) cases commenced;\n- iii) cases successfully completed.\n"))
        .containsExactly(
            "Number of diversion from prosecution assessments undertaken",
            "Number of diversion from prosecution cases commenced",
            "Number of diversion from prosecution cases successfully completed");
    assertThat(MeasureSplitter.split(
            "Number of transfers in drug/alcohol treatments from:\r\n\r\n- custody to community\r\n"
                + "- community to custody."))
        .containsExactly(
            "Number of transfers in drug/alcohol treatments from custody to community",
            "Number of transfers in drug/alcohol treatments from community to custody");
  }

  // --- Clackmannanshire Appendix 1, bullets flattened into one line -----------------------------

  @Test
  void split_clackmannanshireBullets() {
    assertThat(MeasureSplitter.split(
            "Number of diversion from prosecution: • assessments undertaken • cases commenced •"
                + " cases successfully completed"))
        .containsExactly(
            "Number of diversion from prosecution assessments undertaken",
            "Number of diversion from prosecution cases commenced",
            "Number of diversion from prosecution cases successfully completed");
    assertThat(MeasureSplitter.split("Number of: • referrals from custody centres"))
        .containsExactly("Number of referrals from custody centres");
    assertThat(MeasureSplitter.split(
            "Percentage of people who agree that: • people should help their community as part"
                + " of a community sentence rather than spend a few months in prison for a minor"
                + " offence"))
        .containsExactly(
            "Percentage of people who agree that people should help their community as part of a"
                + " community sentence rather than spend a few months in prison for a minor"
                + " offence");
  }

  @Test
  void split_clackmannanshireItemWithoutBullet() {
    assertThat(MeasureSplitter.split(
            "Number of: homeless applications where prison was the property the main"
                + " application became homeless from"))
        .containsExactly(
            "Number of homeless applications where prison was the property the main application"
                + " became homeless from");
  }

  @Test
  void split_theFrameworkTableGivesTheFixtureMeasures() {
    List<String> split = new ArrayList<>();
    for (Candidate<Integer> indicator : CjpfWording.INDICATORS) {
      split.addAll(MeasureSplitter.split(indicator.text()));
    }

    assertThat(split)
        .containsExactlyElementsOf(CjpfWording.MEASURES.stream().map(Candidate::text).toList());
  }

  // --- the rules one by one ---------------------------------------------------------------------

  @Test
  void split_numberedFragmentsWithoutStemStayAsTheyAre() {
    assertThat(MeasureSplitter.split("1) Assessments undertaken 2) Cases commenced"))
        .containsExactly("Assessments undertaken", "Cases commenced");
    assertThat(MeasureSplitter.split("a) assessments undertaken b) cases commenced"))
        .containsExactly("assessments undertaken", "cases commenced");
    assertThat(MeasureSplitter.split("(i) assessments undertaken (ii) cases commenced"))
        .containsExactly("assessments undertaken", "cases commenced");
    assertThat(MeasureSplitter.split("1. Assessments undertaken 2. Cases commenced"))
        .containsExactly("Assessments undertaken", "Cases commenced");
  }

  @Test
  void split_lowerCasesACapitalisedFragmentButNotAnAbbreviation() {
    assertThat(MeasureSplitter.split(
            "Number of diversion from prosecution: 1) Assessments undertaken 2) Cases commenced"))
        .containsExactly(
            "Number of diversion from prosecution assessments undertaken",
            "Number of diversion from prosecution cases commenced");
    assertThat(MeasureSplitter.split("Percentage of: CPOs successfully completed; DTTOs"
            + " successfully completed"))
        .containsExactly(
            "Percentage of CPOs successfully completed",
            "Percentage of DTTOs successfully completed");
  }

  @Test
  void split_partsThatAreMeasuresDropTheHeading() {
    assertThat(MeasureSplitter.split(
            "National indicators: Number of referrals from custody centres; Number of voluntary"
                + " throughcare cases commenced"))
        .containsExactly(
            "Number of referrals from custody centres",
            "Number of voluntary throughcare cases commenced");
    assertThat(MeasureSplitter.split(
            "Number of: • referrals from custody centres • % of referrals accepted"))
        .containsExactly("Number of referrals from custody centres", "% of referrals accepted");
  }

  @Test
  void split_colonAfterASeparatorIsPunctuation() {
    assertThat(MeasureSplitter.split("Number of referrals; Number of cases: all types"))
        .containsExactly("Number of referrals", "Number of cases: all types");
  }

  @Test
  void split_dropsConjunctionsAndEmptyParts() {
    assertThat(MeasureSplitter.split("Number of: cases commenced; and cases completed;;  ;"))
        .containsExactly("Number of cases commenced", "Number of cases completed");
    assertThat(MeasureSplitter.split("Number of: i) cases commenced and ii) cases completed"))
        .containsExactly("Number of cases commenced", "Number of cases completed");
  }

  @Test
  void split_keepsSlashesBracketsAndAbbreviatedFullStops() {
    assertThat(MeasureSplitter.split("Proportion recorded (n/a) by drug/alcohol service"))
        .containsExactly("Proportion recorded (n/a) by drug/alcohol service");
    assertThat(MeasureSplitter.split("Number of referrals e.g. self referrals"))
        .containsExactly("Number of referrals e.g. self referrals");
  }

  @Test
  void split_stemAlone() {
    assertThat(MeasureSplitter.split("Number of:")).containsExactly("Number of");
  }

  @Test
  void split_nothing() {
    assertThat(MeasureSplitter.split(null)).isEmpty();
    assertThat(MeasureSplitter.split("")).isEmpty();
    assertThat(MeasureSplitter.split(" \n ")).isEmpty();
    assertThat(MeasureSplitter.split("; • ;")).isEmpty();
  }
}
