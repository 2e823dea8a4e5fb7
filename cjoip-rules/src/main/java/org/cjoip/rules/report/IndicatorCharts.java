package org.cjoip.rules.report;

import static org.cjoip.rules.report.HtmlView.map;
import static org.cjoip.rules.report.Timeline.fmt;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Target;
import org.cjoip.model.time.FinancialYear;

/**
 * A small bar chart per indicator the plan gives figures for: the baseline, the results by year
 * in the plan's order and the target, in SVG coordinates the template draws, with the figures
 * also as a table. An indicator whose figures are all words gets the table only.
 */
final class IndicatorCharts {

  static final int WIDTH = 360;

  static final int HEIGHT = 190;

  private static final int LEFT = 44;

  private static final int RIGHT = 350;

  private static final int TOP = 22;

  private static final int BOTTOM = 150;

  private IndicatorCharts() {}

  private record Bar(String what, String kind, Optional<FinancialYear> year,
      Optional<BigDecimal> value, Optional<String> text) {}

  /**
   * The charts of the plan's indicators that have figures, in the plan's order. Each is drawn
   * when the page asks for it, so that a plan of many indicators never holds every chart's
   * drawing at once: the page is written one chart at a time.
   */
  static List<Map<String, Object>> of(Plan plan) {
    List<Indicator> charted = plan.indicators().stream()
        .filter(i -> i.baseline().isPresent() || !i.results().isEmpty() || i.target().isPresent())
        .toList();
    return Timeline.lazy(charted.size(),
        i -> chart(charted.get(i), bars(charted.get(i)), i + 1));
  }

  private static List<Bar> bars(Indicator indicator) {
    List<Bar> bars = new ArrayList<>();
    indicator.baseline().ifPresent(f -> bars.add(bar("Baseline", "baseline", f)));
    for (Figure f : indicator.results()) {
      bars.add(bar("Result", "result", f));
    }
    indicator.target().ifPresent(t -> bars.add(target(t)));
    return bars;
  }

  private static Bar bar(String what, String kind, Figure f) {
    return new Bar(what, kind, f.period(), f.value(), f.text());
  }

  private static Bar target(Target t) {
    Optional<String> words = t.text()
        .or(() -> t.direction().map(d -> d.name().toLowerCase(Locale.ROOT)));
    return new Bar("Target", "target", t.period(), t.value(), words);
  }

  private static Map<String, Object> chart(Indicator indicator, List<Bar> bars, int number) {
    String unit = indicator.unit().map(u -> u == Unit.PERCENT ? "%" : "").orElse("");
    List<Bar> numeric = bars.stream().filter(b -> b.value().isPresent()).toList();
    double max = 0;
    double min = 0;
    for (Bar b : numeric) {
      max = Math.max(max, b.value().get().doubleValue());
      min = Math.min(min, b.value().get().doubleValue());
    }
    if (max == min) {
      max = min + 1;
    }
    double range = max - min;
    double zero = BOTTOM - (BOTTOM - TOP) * (0 - min) / range;
    double slot = (double) (RIGHT - LEFT) / Math.max(numeric.size(), 1);
    double width = Math.min(44, slot - 10);
    List<Map<String, Object>> drawn = new ArrayList<>();
    for (int i = 0; i < numeric.size(); i++) {
      Bar b = numeric.get(i);
      double v = b.value().get().doubleValue();
      double y = BOTTOM - (BOTTOM - TOP) * (v - min) / range;
      double top = Math.min(y, zero);
      double x = LEFT + slot * i + (slot - width) / 2;
      drawn.add(map("kind", b.kind(), "x", fmt(x), "y", fmt(top), "w", fmt(width),
          "h", fmt(Math.max(Math.abs(zero - y), 1)), "cx", fmt(x + width / 2),
          "vy", fmt(top - 5), "value", plain(b.value().get()) + unit,
          "what", b.what(), "year", b.year().map(Object::toString).orElse("")));
    }
    List<Map<String, Object>> rows = new ArrayList<>();
    for (Bar b : bars) {
      rows.add(map("what", b.what(), "kind", b.kind(),
          "year", b.year().map(Object::toString).orElse(null),
          "value", b.value().map(v -> plain(v) + unit).orElse(null),
          "text", b.text().orElse(null)));
    }
    return map("id", "indicator-" + number, "name", indicator.name(),
        "action", indicator.priorityAction().orElse(null),
        "national", indicator.isNational(), "unit", unit, "width", WIDTH, "height", HEIGHT,
        "left", LEFT, "right", RIGHT, "top", TOP, "bottom", BOTTOM, "zero", fmt(zero),
        "max", plain(BigDecimal.valueOf(max).stripTrailingZeros()) + unit,
        "bars", drawn, "rows", rows);
  }

  private static String plain(BigDecimal v) {
    return v.stripTrailingZeros().toPlainString();
  }
}
