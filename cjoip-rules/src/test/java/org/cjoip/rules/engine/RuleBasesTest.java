package org.cjoip.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.kie.api.KieBase;
import org.kie.api.definition.KiePackage;
import org.kie.api.definition.rule.Rule;

final class RuleBasesTest {

  private static List<String> ids(KieBase base) {
    List<String> ids = new ArrayList<>();
    for (KiePackage p : base.getKiePackages()) {
      for (Rule r : p.getRules()) {
        ids.add(String.valueOf(r.getMetaData().get("id")));
      }
    }
    return ids;
  }

  @Test
  void forPlans_neverBuildsTheReturnsPackage() {
    KieBase plans = RuleBases.forPlans(List.of(RuleBases.builtInSet()));

    assertThat(plans.getKiePackages()).extracting(KiePackage::getName)
        .doesNotContain(RuleBases.RETURNS_PACKAGE).contains("org.cjoip.rules.checks");
    assertThat(ids(plans)).contains("CJ-COV-001", "CJ-DEL-005")
        .noneMatch(id -> id.startsWith("CJ-ANN-"));
  }

  @Test
  void builtIn_holdsThePlansRulesAndTheReturns() {
    KieBase all = RuleBases.builtIn();

    assertThat(all.getKiePackages()).extracting(KiePackage::getName)
        .contains(RuleBases.RETURNS_PACKAGE, "org.cjoip.rules.checks");
    assertThat(ids(all)).contains("CJ-COV-001", "CJ-ANN-001", "CJ-ANN-016");
  }

  @Test
  void builtInFromDrl_leavesTheReturnsPackageOutOfThePlansRuleBaseAlike() {
    RuleBases.RuleSet drl = RuleBases.builtInFromDrl();

    assertThat(ids(RuleBases.forPlans(List.of(drl))))
        .containsExactlyInAnyOrderElementsOf(ids(RuleBases.forPlans(
            List.of(RuleBases.builtInSet()))));
    assertThat(ids(RuleBases.of(List.of(drl))))
        .containsExactlyInAnyOrderElementsOf(ids(RuleBases.builtIn()));
  }
}
