package org.cjoip.rules.checks;

import static org.cjoip.rules.checks.RuleTesting.assertFindings;
import static org.cjoip.rules.checks.RuleTesting.finding;
import static org.cjoip.rules.checks.RuleTesting.good;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Period;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Reporting;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;

final class PlanRulesTest {

  @Test
  void goodPlan_hasNoFindings() {
    assertFindings(good()).isEmpty();
  }

  @Test
  void plan001_missingPeriod() {
    Plan plan = Plan.builder().from(good()).period(java.util.Optional.empty()).build();

    assertFindings(plan).containsExactly(finding("CJ-PLAN-001", "", Severity.ERROR));
  }

  @Test
  void plan001_periodEndsBeforeItStarts() {
    Plan plan = Plan.builder().from(good())
        .period(Period.of(LocalDate.of(2028, 3, 31), LocalDate.of(2023, 4, 1))).build();

    assertFindings(plan).containsExactly(finding("CJ-PLAN-001", "/period", Severity.ERROR));
  }

  @Test
  void plan002_noParticipationStatement() {
    Plan plan = Plan.builder().from(good()).participationStatement(java.util.Optional.empty())
        .build();

    assertFindings(plan).containsExactly(finding("CJ-PLAN-002", "", Severity.ERROR));
  }

  @Test
  void plan003_supersededEdition() {
    Plan plan = Plan.builder().from(good()).framework("opif-2016").build();

    // Assessed against its own (superseded) edition, which has no priority actions or measures.
    assertFindings(plan).contains(finding("CJ-PLAN-003", "/framework", Severity.WARNING));
  }

  @Test
  void plan004_statutoryPartnerMissing() {
    List<StatutoryPartner> some = List.of(StatutoryPartner.values()).subList(0, 7);
    Plan plan = Plan.builder().from(good()).partnership(Partnership.builder()
        .from(good().partnership()).statutoryPartners(some).build()).build();

    assertFindings(plan).containsExactly(
        finding("CJ-PLAN-004", "/partnership/statutoryPartners", Severity.WARNING));
  }

  @Test
  void plan004_noStatutoryPartnersListedPointsAtThePartnership() {
    Plan plan = Plan.builder().from(good()).partnership(Partnership.builder()
        .name("P").addLocalAuthorities("Goodshire").addOtherMembers("Goodshire Council")
        .build()).build();

    assertFindings(plan).filteredOn(t -> t.toList().get(0).equals("CJ-PLAN-004"))
        .extracting(t -> t.toList().get(1)).containsOnly("/partnership");
  }

  @Test
  void plan005_noAnnualReport() {
    Plan plan = Plan.builder().from(good())
        .reporting(Reporting.builder().reviewCycle("Quarterly").build()).build();

    assertFindings(plan).containsExactly(finding("CJ-PLAN-005", "/reporting", Severity.WARNING));
  }

  @Test
  void plan006_membersNotListed() {
    Plan plan = Plan.builder().from(good()).partnership(Partnership.builder()
        .name("P").addLocalAuthorities("Goodshire").build()).build();

    // Silent on CJ-PLAN-004: with no members listed at all, CJ-PLAN-006 says it once.
    assertFindings(plan).containsExactly(finding("CJ-PLAN-006", "/partnership", Severity.INFO));
  }
}
