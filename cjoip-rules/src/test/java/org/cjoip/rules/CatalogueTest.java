package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cjoip.rules.engine.Engine;
import org.cjoip.rules.engine.RuleBases;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

final class CatalogueTest {

  @Test
  void catalogue_listsEveryRuleOfTheContract() {
    assertThat(Catalogue.builtIn().rules()).extracting(RuleDescription::id).hasSize(35)
        .contains("CJ-PLAN-001", "CJ-COV-007", "CJ-LIND-005", "CJ-DEL-010", "CJ-IND-005",
            "CJ-CFG-002");
  }

  @Test
  void ruleNames_startWithACatalogueIdAndCoverEveryNonConfigurationRule() {
    Set<String> fromRules =
        RuleBases.builtIn().getKiePackages().stream()
            .flatMap(p -> p.getRules().stream())
            .map(Rule::getName)
            .map(Engine::ruleId)
            .collect(Collectors.toCollection(TreeSet::new));
    Set<String> fromCatalogue =
        Catalogue.builtIn().rules().stream()
            .map(RuleDescription::id)
            .filter(id -> !id.startsWith("CJ-CFG-"))
            .collect(Collectors.toCollection(TreeSet::new));

    assertThat(fromRules).isEqualTo(fromCatalogue);
  }

  @Test
  void defaultSeverities_followTheContract() {
    assertThat(Catalogue.builtIn().get("CJ-PLAN-006").defaultSeverity()).isEqualTo(Severity.INFO);
    assertThat(Catalogue.builtIn().get("CJ-COV-005").defaultSeverity()).isEqualTo(Severity.ERROR);
    assertThat(Catalogue.builtIn().get("CJ-LIND-001").defaultSeverity())
        .isEqualTo(Severity.WARNING);
    assertThat(Catalogue.builtIn().get("CJ-DEL-004").defaultSeverity()).isEqualTo(Severity.INFO);
  }
}
