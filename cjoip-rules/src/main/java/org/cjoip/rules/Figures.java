package org.cjoip.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cjoip.rules.facts.Addressed;
import org.cjoip.rules.facts.NationalMeasure;
import org.cjoip.rules.facts.ResultFact;

/**
 * The state of each national measure's figure in the return checked, made from what the rules
 * derived: the measures of the actions the plan addresses, and the figures the return gives,
 * recognised as measures.
 */
final class Figures {

  private Figures() {}

  static List<MeasureFigure> of(Memory memory) {
    Set<Integer> addressed = new HashSet<>();
    memory.all(Addressed.class).forEach(a -> addressed.add(a.number()));
    // The first figure the return gives for a measure of the action counts, as a reader reads;
    // but a measure the return also marks suppressed stays suppressed, whichever comes first.
    Map<String, ResultFact> given = new LinkedHashMap<>();
    memory.all(ResultFact.class).stream()
        .filter(r -> r.current() && r.measureId() != null && r.priorityAction() > 0)
        .sorted(Comparator.comparing(r -> r.place().path(), Finding::comparePointers))
        .forEach(r -> given.merge(r.priorityAction() + " " + r.measureId(), r,
            (first, next) -> next.suppressed() && !first.suppressed() ? next : first));
    List<NationalMeasure> measures = new ArrayList<>(memory.all(NationalMeasure.class));
    measures.sort(Comparator.comparingInt(NationalMeasure::order));
    List<MeasureFigure> rows = new ArrayList<>();
    for (NationalMeasure m : measures) {
      ResultFact r = given.get(m.priorityAction() + " " + m.id());
      if (addressed.contains(m.priorityAction()) || r != null) {
        rows.add(row(m.priorityAction(), m.id(), r));
      }
    }
    return rows;
  }

  private static MeasureFigure row(int priorityAction, String measureId, ResultFact r) {
    MeasureFigure.Builder b = MeasureFigure.builder()
        .priorityAction(priorityAction)
        .measureId(measureId);
    if (r == null) {
      return b.state(MeasureFigure.State.MISSING).build();
    }
    if (r.suppressed()) {
      return b.state(MeasureFigure.State.SUPPRESSED).build();
    }
    if (r.value() != null) {
      b.value(r.value());
      if (r.unit() != null) {
        b.unit(r.unit());
      }
      return b.state(MeasureFigure.State.REPORTED).build();
    }
    return b.state(r.unavailable() != null && !r.unavailable().isBlank()
        ? MeasureFigure.State.UNAVAILABLE
        : MeasureFigure.State.MISSING).build();
  }
}
