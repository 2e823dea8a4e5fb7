package org.cjoip.rules.rollup;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.Unit;
import org.cjoip.rules.MeasureFigure;

/**
 * The reduce step: national totals per measure and the partnerships reporting action on each
 * national outcome, from the partnerships' summaries alone.
 */
final class Totals {

  /** Why a total is withheld, word for word in every output. */
  static final String NONE_REPORTED = "no partnership reports a value";
  static final String NOT_A_COUNT = "not a count: figures of other units are not added up";
  static final String ONE_SUPPRESSED = "one partnership's figure is suppressed: a total would"
      + " let it be worked out";

  private record Key(int priorityAction, String measure) {}

  private static final Comparator<Key> ORDER =
      Comparator.comparingInt(Key::priorityAction).thenComparing(Key::measure);

  private Totals() {}

  static List<MeasureTotal> of(List<PartnershipSummary> partnerships) {
    Map<Key, List<RollupFigure>> byMeasure = new TreeMap<>(ORDER);
    for (PartnershipSummary p : partnerships) {
      for (RollupFigure f : p.figures()) {
        byMeasure.computeIfAbsent(new Key(f.priorityAction(), f.measure()),
            k -> new ArrayList<>()).add(f);
      }
    }
    List<MeasureTotal> out = new ArrayList<>();
    byMeasure.forEach((key, figures) -> out.add(total(key, figures)));
    return out;
  }

  private static MeasureTotal total(Key key, List<RollupFigure> figures) {
    List<RollupFigure> reported = figures.stream()
        .filter(f -> f.state() == MeasureFigure.State.REPORTED).toList();
    int suppressed = count(figures, MeasureFigure.State.SUPPRESSED);
    MeasureTotal.Builder b = MeasureTotal.builder()
        .measure(key.measure())
        .measureText(figures.get(0).measureText())
        .priorityAction(key.priorityAction())
        .reported(reported.size())
        .suppressed(suppressed)
        .unavailable(count(figures, MeasureFigure.State.UNAVAILABLE))
        .missing(count(figures, MeasureFigure.State.MISSING));
    if (reported.isEmpty()) {
      return b.withheld(NONE_REPORTED).build();
    }
    if (reported.stream().anyMatch(f -> f.unit().orElse(null) != Unit.COUNT)) {
      return b.withheld(NOT_A_COUNT).build();
    }
    if (suppressed == 1) {
      return b.withheld(ONE_SUPPRESSED).build();
    }
    BigDecimal sum = reported.stream().map(f -> f.value().orElseThrow())
        .reduce(BigDecimal.ZERO, BigDecimal::add);
    return b.total(sum).unit(Unit.COUNT).build();
  }

  private static int count(List<RollupFigure> figures, MeasureFigure.State state) {
    return (int) figures.stream().filter(f -> f.state() == state).count();
  }

  /** Each national outcome of the editions the plans use, with who reports action on it. */
  static List<OutcomeReach> outcomes(List<PartnershipSummary> partnerships,
      Frameworks frameworks) {
    Map<Key, NationalOutcome> outcomes = new TreeMap<>(ORDER);
    new TreeSet<>(partnerships.stream().map(PartnershipSummary::edition).toList()).stream()
        .map(frameworks::find)
        .flatMap(Optional::stream)
        .map(Edition::outcomes)
        .forEach(list -> list.stream().filter(o -> o.priorityAction().isPresent())
            .forEach(o -> outcomes.putIfAbsent(new Key(o.priorityAction().get(), o.id()), o)));
    List<OutcomeReach> out = new ArrayList<>();
    outcomes.forEach((key, o) -> out.add(OutcomeReach.builder()
        .outcome(o.id())
        .text(o.text())
        .priorityAction(key.priorityAction())
        .partnerships(partnerships.stream()
            .filter(p -> p.outcomesReportedOn().contains(o.id()))
            .map(PartnershipSummary::partnership)
            .toList())
        .build()));
    return out;
  }
}
