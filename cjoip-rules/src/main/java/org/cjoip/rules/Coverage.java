package org.cjoip.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cjoip.model.framework.Aim;
import org.cjoip.model.framework.Edition;
import org.cjoip.rules.facts.Addressed;
import org.cjoip.rules.facts.DeliverableFact;
import org.cjoip.rules.facts.LocalIndicatorFact;
import org.cjoip.rules.facts.NationalMeasure;
import org.cjoip.rules.facts.PriorityActionFact;
import org.cjoip.rules.facts.SetAside;

/**
 * The coverage matrix a partnership board reads, made from what the rules derived and the
 * findings as finally reported: a rule that is disabled, or a finding that is waived, never
 * shows as a failure here.
 */
final class Coverage {

  /**
   * The findings that say a priority action's national outcome is not stated correctly: not
   * stated, another action's, or with a clause left out.
   */
  static final Set<String> OUTCOME_RULES = Set.of("CJ-COV-002", "CJ-COV-003", "CJ-COV-009");

  /** The findings that say a priority action's national indicator is not used in full. */
  static final Set<String> INDICATOR_RULES = Set.of("CJ-COV-005");

  static final String OVERDUE_RULE = "CJ-DEL-005";

  private Coverage() {}

  static List<PriorityActionCoverage> perPriorityAction(Memory memory, List<Finding> findings) {
    List<PriorityActionCoverage> out = new ArrayList<>();
    List<PriorityActionFact> actions = new ArrayList<>(memory.all(PriorityActionFact.class));
    actions.sort(Comparator.comparingInt(PriorityActionFact::number));
    // Grouped once: a large plan has a hundred thousand findings and deliverables, and each
    // priority action would otherwise read them all again.
    Map<Integer, List<Finding>> findingsOf = new HashMap<>();
    for (Finding f : findings) {
      findingsOf.computeIfAbsent(f.priorityAction().orElse(0), k -> new ArrayList<>()).add(f);
    }
    Map<Integer, Integer> deliverablesOf = new HashMap<>();
    memory.all(DeliverableFact.class)
        .forEach(d -> deliverablesOf.merge(d.priorityAction(), 1, Integer::sum));
    for (PriorityActionFact pa : actions) {
      int n = pa.number();
      boolean addressed = memory.all(Addressed.class).stream().anyMatch(a -> a.number() == n);
      Optional<SetAside> aside = memory.all(SetAside.class).stream()
          .filter(a -> a.number() == n).findFirst();
      List<Finding> about = findingsOf.getOrDefault(n, List.of());
      List<Finding> standing = about.stream().filter(f -> !f.isWaived()).toList();
      boolean measures = memory.all(NationalMeasure.class).stream()
          .anyMatch(m -> m.priorityAction() == n);
      List<LocalIndicatorFact> local = memory.all(LocalIndicatorFact.class).stream()
          .filter(l -> l.priorityAction() == n).toList();
      out.add(PriorityActionCoverage.builder()
          .number(n)
          .aim(pa.aim())
          .addressed(addressed)
          .setAside(aside.isPresent())
          .setAsideReason(aside.filter(a -> a.section().hasAssessment())
              .map(a -> a.section().assessment()))
          .outcomeStatedAndCorrect(addressed && pa.hasNationalOutcome()
              ? Optional.of(none(standing, OUTCOME_RULES)) : Optional.empty())
          .nationalIndicatorUsed(addressed && measures
              ? Optional.of(none(standing, INDICATOR_RULES)) : Optional.empty())
          .localIndicators(local.size())
          .placeholderLocalIndicators(
              (int) local.stream().filter(LocalIndicatorFact::placeholder).count())
          .deliverables(deliverablesOf.getOrDefault(n, 0))
          .overdue(count(standing, Set.of(OVERDUE_RULE)))
          .errors(count(standing, Severity.ERROR))
          .warnings(count(standing, Severity.WARNING))
          .info(count(standing, Severity.INFO))
          .waived(about.size() - standing.size())
          .build());
    }
    return out;
  }

  static List<AimCoverage> perAim(Edition edition, Memory memory) {
    List<AimCoverage> out = new ArrayList<>();
    for (Aim aim : edition.aims()) {
      List<Integer> actions = edition.priorityActionsOf(aim.number()).stream()
          .map(p -> p.number()).toList();
      out.add(AimCoverage.builder()
          .number(aim.number())
          .text(aim.text())
          .priorityActions(actions)
          .addressed((int) memory.all(Addressed.class).stream()
              .filter(a -> actions.contains(a.number())).count())
          .build());
    }
    return out;
  }

  private static boolean none(List<Finding> findings, Set<String> rules) {
    return findings.stream().noneMatch(f -> rules.contains(f.ruleId()));
  }

  private static int count(List<Finding> findings, Set<String> rules) {
    return (int) findings.stream().filter(f -> rules.contains(f.ruleId())).count();
  }

  private static int count(List<Finding> findings, Severity severity) {
    return (int) findings.stream().filter(f -> f.severity() == severity).count();
  }
}
