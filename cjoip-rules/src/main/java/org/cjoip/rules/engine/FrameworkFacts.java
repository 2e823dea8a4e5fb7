package org.cjoip.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.rules.facts.EvidenceFact;
import org.cjoip.rules.facts.NationalMeasure;
import org.cjoip.rules.facts.Place;
import org.cjoip.rules.facts.PriorityActionFact;

/**
 * The framework edition's facts for one plan: its priority actions (each placed at the plan's
 * section for it, or at the list when the plan has none), its national measures by priority
 * action in the edition's order, its Improvement Tool evidence, and the statutory partner
 * categories.
 */
final class FrameworkFacts {

  private FrameworkFacts() {}

  static List<Object> of(Edition edition, Plan plan, Function<String, Place> place) {
    List<Object> facts = new ArrayList<>();
    for (PriorityAction pa : edition.priorityActions()) {
      int n = pa.number();
      int index = -1;
      for (int i = 0; i < plan.priorityActions().size(); i++) {
        index = plan.priorityActions().get(i).number() == n ? i : index;
      }
      facts.add(new PriorityActionFact(n, pa.aim(), pa.text(),
          edition.outcomeFor(n).map(NationalOutcome::text).orElse(null),
          place.apply(index >= 0 ? "/priorityActions/" + index : "/priorityActions"),
          index >= 0));
    }
    int order = 0;
    for (NationalOutcome o : edition.outcomes()) {
      int pa = o.priorityAction().orElse(0);
      for (var m : o.indicator().map(i -> i.measures()).orElse(List.of())) {
        if (pa > 0) {
          facts.add(new NationalMeasure(pa, m, order));
        }
        order++;
      }
    }
    order = 0;
    for (EvidenceItem item : edition.evidence()) {
      facts.add(new EvidenceFact(item.priorityAction(), item, order++));
    }
    facts.addAll(List.of(StatutoryPartner.values()));
    return facts;
  }
}
