package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.cjoip.examples.GoldenTest.assess;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What the assessment must find in the published plans, checked against the sources. */
final class GoldenExpectationsTest {

  private static Assessment perth;
  private static Assessment ayrshire;
  private static Assessment clackmannanshire;

  @BeforeAll
  static void assessAll() throws Exception {
    perth = assess("perth-and-kinross");
    ayrshire = assess("ayrshire");
    clackmannanshire = assess("clackmannanshire");
  }

  private static List<Finding> of(Assessment a, String ruleId) {
    return a.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
  }

  private static Set<String> deliverables(Assessment a, String ruleId) {
    return of(a, ruleId).stream().map(f -> f.deliverable().orElse("?"))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private static Set<Integer> actions(Assessment a, String ruleId) {
    return of(a, ruleId).stream().map(f -> f.priorityAction().orElse(0))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @Test
  void perth_pa1StatesPa2sOutcome() {
    List<Finding> cov3 = of(perth, "CJ-COV-003");

    assertThat(cov3).extracting(Finding::path, Finding::severity)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(
            "/priorityActions/0/nationalOutcome", Severity.ERROR));
    assertThat(cov3.get(0).message()).contains("national outcome of priority action 2");
  }

  @Test
  void perth_pa2IndicatorsMissAndMisquoteNationalMeasures() {
    assertThat(actions(perth, "CJ-COV-005")).contains(2);
    assertThat(of(perth, "CJ-COV-006")).filteredOn(f -> f.priorityAction().orElse(0) == 2)
        .isNotEmpty();
  }

  @Test
  void perth_measuresThatAreNotNational() {
    assertThat(of(perth, "CJ-COV-006")).anySatisfy(f -> {
      assertThat(f.priorityAction()).contains(5);
      assertThat(f.message()).contains("community sentences compared to other disposals");
    });
    assertThat(of(perth, "CJ-COV-006")).anySatisfy(f -> {
      assertThat(f.priorityAction()).contains(7);
      assertThat(f.message()).containsIgnoringCase("community to custody");
    });
  }

  @Test
  void perth_placeholderLocalIndicators() {
    assertThat(actions(perth, "CJ-LIND-002")).containsExactly(4, 6, 12);
  }

  @Test
  void perth_deliverables() {
    assertThat(deliverables(perth, "CJ-DEL-001")).contains("6.2");
    assertThat(deliverables(perth, "CJ-DEL-002"))
        .contains("2.2", "6.1", "6.2", "10.3", "11.1", "11.2", "11.3", "11.6");
    assertThat(deliverables(perth, "CJ-DEL-004"))
        .contains("2.1", "6.1", "6.2", "11.2", "11.3", "11.4", "11.5", "13.3");
    assertThat(deliverables(perth, "CJ-DEL-005")).contains("4.1", "10.1")
        .doesNotContain("5.3", "2.1");
    assertThat(deliverables(perth, "CJ-DEL-007")).contains("2.2", "10.3", "7.5", "8.5");
  }

  @Test
  void perth_hasNoneOfTheseFindings() {
    assertThat(of(perth, "CJ-COV-001")).isEmpty();
    assertThat(of(perth, "CJ-COV-002")).isEmpty();
    assertThat(of(perth, "CJ-PLAN-002")).isEmpty();
    assertThat(of(perth, "CJ-DEL-010")).isEmpty();
  }

  @Test
  void ayrshire_everyDeliverableLacksOwnerAndTimescale() {
    long deliverables = ayrshire.plan().deliverables().count();

    assertThat(of(ayrshire, "CJ-DEL-001")).hasSize((int) deliverables);
    assertThat(of(ayrshire, "CJ-DEL-003")).hasSize((int) deliverables);
  }

  @Test
  void ayrshire_noLocalIndicatorsAnywhere() {
    assertThat(of(ayrshire, "CJ-LIND-001"))
        .extracting(f -> f.priorityAction().orElseThrow(), Finding::severity)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(1, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(2, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(3, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(4, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple(5, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(6, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple(7, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(8, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(9, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(10, Severity.WARNING),
            org.assertj.core.groups.Tuple.tuple(11, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple(12, Severity.ERROR),
            org.assertj.core.groups.Tuple.tuple(13, Severity.WARNING));
  }

  @Test
  void clackmannanshire_addressesOnlyFourActions() {
    assertThat(actions(clackmannanshire, "CJ-COV-001"))
        .containsExactly(3, 4, 6, 7, 8, 9, 10, 11, 12);
    assertThat(clackmannanshire.coverage()).filteredOn(c -> c.addressed())
        .extracting(c -> c.number()).containsExactly(1, 2, 5, 13);
  }

  @Test
  void clackmannanshire_localOutcomesNeedIndicatorsAndDeliverables() {
    List<String> local = new java.util.ArrayList<>();
    for (int i = 0; i < clackmannanshire.plan().outcomes().size(); i++) {
      if (!clackmannanshire.plan().outcomes().get(i).national().orElse(false)) {
        local.add("/outcomes/" + i);
      }
    }

    assertThat(of(clackmannanshire, "CJ-LIND-003")).extracting(Finding::path)
        .containsExactlyElementsOf(local);
    assertThat(of(clackmannanshire, "CJ-LIND-004")).extracting(Finding::path)
        .containsExactlyElementsOf(local);
  }

  @Test
  void clackmannanshire_policyCustodyIsPa2sOutcome() {
    assertThat(clackmannanshire.coverageOf(2).outcomeStatedAndCorrect()).contains(true);
    assertThat(actions(clackmannanshire, "CJ-COV-002")).doesNotContain(2);
    assertThat(of(clackmannanshire, "CJ-COV-003")).isEmpty();
    assertThat(of(clackmannanshire, "CJ-COV-004")).isEmpty();
  }
}
