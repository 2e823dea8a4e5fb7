package org.cjoip.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.lang.reflect.RecordComponent;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.checks.RuleTesting;
import org.cjoip.rules.pack.RulePacks;
import org.junit.jupiter.api.Test;

/**
 * docs/fact-model.md, the rule writer's reference, holds to the facts package and to the rules
 * that derive facts: a fact or a member the page leaves out, or names wrongly, is a rule that
 * does not parse.
 */
final class FactModelPageTest {

  private static final Path ROOT = Path.of("").toAbsolutePath().getParent();
  private static final Path FACTS = ROOT.resolve("cjoip-rules/src/main/java/org/cjoip/rules/facts");
  private static final Path CHECKS =
      ROOT.resolve("cjoip-rules/src/main/resources/org/cjoip/rules/checks");
  /** A pattern as the page writes one: {@code `Overdue( deliverable, due, days )`}. */
  private static final Pattern PATTERN = Pattern.compile("`(\\w+)\\( (\\w+(?:, \\w+)*) \\)`");
  private static final Pattern RULE = Pattern.compile("(?m)^rule \"([^\"]+)\"\\n((?:  @.*\\n)*)");

  private static String page() throws IOException {
    return Files.readString(ROOT.resolve("docs/fact-model.md"));
  }

  private static List<String> classNames() throws IOException {
    try (Stream<Path> files = Files.list(FACTS)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith(".java") && !n.equals("package-info.java"))
          .map(n -> n.substring(0, n.length() - ".java".length())).sorted().toList();
    }
  }

  @Test
  void page_namesEveryClassOfTheFactsPackage() throws IOException {
    String page = page();

    assertThat(classNames()).hasSize(57)
        .filteredOn(name -> !page.contains("`" + name)).isEmpty();
  }

  @Test
  void page_writesEveryRecordAsAPatternWithItsComponentsInOrder() throws Exception {
    Map<String, List<String>> written = new LinkedHashMap<>();
    Matcher pattern = PATTERN.matcher(page());
    while (pattern.find()) {
      written.computeIfAbsent(pattern.group(1), n -> new ArrayList<>())
          .add(pattern.group(2));
    }
    List<String> wrong = new ArrayList<>();
    for (String name : classNames()) {
      Class<?> type = Class.forName("org.cjoip.rules.facts." + name);
      if (!type.isRecord()) {
        continue;
      }
      String components = String.join(", ", Arrays.stream(type.getRecordComponents())
          .map(RecordComponent::getName).toList());
      List<String> forms = written.getOrDefault(name, List.of());
      if (forms.isEmpty() || !forms.stream().allMatch(components::equals)) {
        wrong.add(name + "( " + components + " ) written as " + forms);
      }
    }

    assertThat(wrong).isEmpty();
    assertThat(written.get("Overdue")).containsOnly("deliverable, due, days");
    assertThat(written.get("Addressed")).containsOnly("number");
  }

  @Test
  void page_namesEveryRuleThatDerivesAFactBesideItsFile() throws IOException {
    List<String> page = page().lines().toList();
    List<String> missing = new ArrayList<>();
    int rules = 0;
    try (Stream<Path> files = Files.walk(CHECKS)) {
      for (Path drl : files.filter(f -> f.toString().endsWith(".drl")).sorted().toList()) {
        String file = CHECKS.relativize(drl).toString().replace('\\', '/');
        Matcher rule = RULE.matcher(Files.readString(drl));
        while (rule.find()) {
          if (rule.group(2).contains("@id(")) {
            continue;   // a finding rule: the catalogue names it
          }
          rules++;
          String name = rule.group(1);
          String clause = "\"" + name.substring(name.indexOf(": ") + 2) + "\"";
          List<String> rows = page.stream()
              .filter(l -> l.contains("\"" + name + "\"") || l.contains(clause)).toList();
          if (rows.isEmpty() || !rows.stream().allMatch(l -> l.contains("(" + file))) {
            missing.add(file + ": " + name);
          }
        }
      }
    }

    assertThat(rules).isEqualTo(46);
    assertThat(missing).isEmpty();
  }

  @Test
  void missingPartnerExample_compilesAndLandsWhereTheBuiltInRuleDoes() throws Exception {
    Matcher block = Pattern.compile("```drl\n(.*?)```", Pattern.DOTALL).matcher(page());
    assertThat(block.find()).isTrue();
    Plan good = RuleTesting.good();
    Plan plan = Plan.builder().from(good).partnership(Partnership.builder()
        .from(good.partnership()).statutoryPartners(List.of(StatutoryPartner.values()).stream()
            .filter(c -> c != StatutoryPartner.SCOTTISH_FIRE_AND_RESCUE).toList())
        .build()).build();

    List<Finding> findings = Assessor.builder()
        .rulePack(RulePacks.compile("partners", Map.of("partners.drl", block.group(1))))
        .build().assess(plan, RuleTesting.AS_OF).findings();

    assertThat(findings).extracting(Finding::ruleId, Finding::path, Finding::key)
        .containsExactlyInAnyOrder(
            tuple("CJ-PLAN-004", "/partnership/statutoryPartners",
                "CJ-PLAN-004/partner=SCOTTISH_FIRE_AND_RESCUE"),
            tuple("XX-PART-001", "/partnership/statutoryPartners",
                "XX-PART-001/partner=SCOTTISH_FIRE_AND_RESCUE"));
  }
}
