package org.cjoip.rules.engine;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.facts.FigureFact;
import org.cjoip.rules.facts.IndicatorFact;

/**
 * How many of an indicator's results with a value are for a later year than each result: the
 * count a figure fact carries, so that the rule deriving an indicator's latest figure joins a
 * figure with nothing but its own indicator. Counting here is bookkeeping over the document's
 * years; which figure is the latest is still the rule's to say.
 */
final class LaterResults {

  private LaterResults() {}

  /** How many of these years, in ascending order, come after {@code year}. */
  static int after(List<FinancialYear> ascending, FinancialYear year) {
    // The first index past every year not after this one: what follows is later.
    int at = Collections.binarySearch(ascending, year, (a, b) -> a.compareTo(b) <= 0 ? -1 : 1);
    return ascending.size() - (-at - 1);
  }

  /**
   * The facts again, with each result's count of later results made over every result among
   * them: the figures a plan's returns give (ReturnFactBuilder) count beside the plan's own, so
   * that only the latest of them all is an indicator's latest figure.
   */
  static List<Object> recount(List<Object> facts) {
    Map<IndicatorFact, List<FinancialYear>> years = new IdentityHashMap<>();
    for (Object o : facts) {
      if (o instanceof FigureFact f && !f.baseline() && f.value() != null && f.year() != null) {
        years.computeIfAbsent(f.indicator(), k -> new ArrayList<>()).add(f.year());
      }
    }
    years.values().forEach(Collections::sort);
    List<Object> out = new ArrayList<>(facts.size());
    for (Object o : facts) {
      if (o instanceof FigureFact f && !f.baseline() && f.year() != null) {
        o = new FigureFact(f.indicator(), f.year(), f.value(), false,
            after(years.getOrDefault(f.indicator(), List.of()), f.year()));
      }
      out.add(o);
    }
    return out;
  }
}
