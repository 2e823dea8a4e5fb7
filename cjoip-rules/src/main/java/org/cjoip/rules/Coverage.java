package org.cjoip.rules;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.framework.Aim;
import org.cjoip.model.framework.Edition;
import org.cjoip.rules.engine.FactBuilder;
import org.cjoip.rules.facts.DeliverableFact;
import org.cjoip.rules.facts.LocalIndicatorFact;
import org.cjoip.rules.facts.NationalMeasure;
import org.cjoip.rules.facts.PriorityActionFact;

/** Summarises an assessment's facts into the coverage matrix a partnership board reads. */
final class Coverage {

  private Coverage() {}

  static List<PriorityActionCoverage> perPriorityAction(
      FactBuilder.Facts facts, List<Finding> findings) {
    List<PriorityActionCoverage> out = new ArrayList<>();
    for (PriorityActionFact pa : facts.priorityActions()) {
      int n = pa.number();
      Optional<Boolean> outcome = Optional.empty();
      if (pa.hasNationalOutcome()) {
        boolean stated =
            facts.outcomes().stream().anyMatch(o -> o.recognised() && o.recognisedAs() == n);
        boolean misattributed =
            facts.outcomes().stream()
                .anyMatch(o -> o.section() == n && o.recognised() && o.recognisedAs() != n);
        outcome = Optional.of(stated && !misattributed);
      }
      List<NationalMeasure> measures =
          facts.nationalMeasures().stream().filter(m -> m.priorityAction() == n).toList();
      Optional<Boolean> indicator =
          measures.isEmpty()
              ? Optional.empty()
              : Optional.of(measures.stream().allMatch(NationalMeasure::used));
      List<LocalIndicatorFact> local =
          facts.localIndicators().stream().filter(l -> l.priorityAction() == n).toList();
      List<DeliverableFact> deliverables =
          facts.deliverables().stream().filter(d -> d.priorityAction() == n).toList();
      long overdue =
          deliverables.stream()
              .filter(
                  d -> d.due() != null && !d.isClosed()
                      && d.due().isBefore(facts.context().asOf()))
              .count();
      out.add(
          PriorityActionCoverage.builder()
              .number(n)
              .aim(pa.aim())
              .addressed(pa.addressed())
              .outcomeStatedAndCorrect(outcome)
              .nationalIndicatorUsed(indicator)
              .localIndicators(local.size())
              .placeholderLocalIndicators(
                  (int) local.stream().filter(LocalIndicatorFact::placeholder).count())
              .deliverables(deliverables.size())
              .overdue((int) overdue)
              .build());
    }
    return out;
  }

  static List<AimCoverage> perAim(Edition edition, FactBuilder.Facts facts) {
    List<AimCoverage> out = new ArrayList<>();
    for (Aim aim : edition.aims()) {
      List<PriorityActionFact> actions =
          facts.priorityActions().stream().filter(p -> p.aim() == aim.number()).toList();
      out.add(
          AimCoverage.builder()
              .number(aim.number())
              .text(aim.text())
              .priorityActions(actions.stream().map(PriorityActionFact::number).toList())
              .addressed((int) actions.stream().filter(PriorityActionFact::addressed).count())
              .build());
    }
    return out;
  }

}
