package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cjoip.rules.engine.RuleBases;
import org.cjoip.rules.facts.RuleMetadata;
import org.junit.jupiter.api.Test;
import org.kie.api.definition.rule.Rule;

/** The catalogue ({@code catalogue.json}) and the DRL rules' own metadata, held together. */
final class CatalogueTest {

  private static List<Rule> builtInRules() {
    List<Rule> rules = new ArrayList<>();
    RuleBases.builtIn().getKiePackages().forEach(p -> rules.addAll(p.getRules()));
    return rules;
  }

  private static String meta(Rule rule, String key) {
    return RuleMetadata.text(rule.getMetaData().get(key));
  }

  @Test
  void catalogue_listsEveryRuleOfTheContract() {
    assertThat(Catalogue.builtIn().rules()).extracting(RuleDescription::id).hasSize(55)
        .contains("CJ-PLAN-001", "CJ-COV-007", "CJ-COV-008", "CJ-COV-009", "CJ-COV-010",
            "CJ-LIND-005", "CJ-DEL-010", "CJ-DEL-011", "CJ-IND-005", "CJ-CFG-002");
  }

  @Test
  void findingRules_coverEveryCatalogueRuleButTheConfiguration() {
    Set<String> fromRules = builtInRules().stream().map(r -> meta(r, "id"))
        .filter(java.util.Objects::nonNull).collect(Collectors.toCollection(TreeSet::new));
    Set<String> fromCatalogue = Catalogue.builtIn().rules().stream().map(RuleDescription::id)
        .filter(id -> !id.startsWith("CJ-CFG-")).collect(Collectors.toCollection(TreeSet::new));

    assertThat(fromRules).isEqualTo(fromCatalogue);
  }

  @Test
  void findingRules_carryTheCatalogueTitleSeverityAndSource() {
    for (Rule rule : builtInRules()) {
      String id = meta(rule, "id");
      if (id == null) {
        continue;
      }
      RuleDescription entry = Catalogue.builtIn().get(id);
      assertThat(rule.getName()).as("name of %s", id).startsWith(id + " ");
      assertThat(meta(rule, "title")).as("title of %s", rule.getName()).isEqualTo(entry.title());
      assertThat(meta(rule, "severity")).as("severity of %s", rule.getName())
          .isEqualTo(entry.defaultSeverity().name());
      assertThat(meta(rule, "source")).as("source of %s", rule.getName())
          .isEqualTo(entry.source());
    }
  }

  @Test
  void otherRules_deriveFactsOrEscalateAKnownRule() {
    for (Rule rule : builtInRules()) {
      if (meta(rule, "id") != null) {
        continue;
      }
      assertThat(meta(rule, "title")).as("title of %s", rule.getName()).isNull();
      if (meta(rule, "severity") != null) {
        String escalated = rule.getName().split(" ", 2)[0];
        assertThat(rule.getName()).as(rule.getName()).containsAnyOf(" escalated: ", " lowered: ");
        assertThat(Catalogue.builtIn().contains(escalated)).as(rule.getName()).isTrue();
      }
    }
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
