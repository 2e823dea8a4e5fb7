package org.cjoip.rules.report;

import static org.cjoip.rules.report.HtmlView.map;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.IntFunction;
import org.cjoip.model.plan.Period;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.ScheduledDeliverable;

/**
 * The deliverables timeline: every deliverable's due date laid against the plan period and the
 * assessment date, in SVG coordinates the template draws, and the same facts as table rows.
 * It draws the assessment's schedule, so a deliverable is overdue here exactly when a finding
 * that no waiver covers says so, as the coverage counts it.
 */
final class Timeline {

  /** The drawing's width in SVG user units; the page scales it to fit. */
  static final int WIDTH = 960;

  /** Where the plot starts, after the deliverables' labels, and where it ends. */
  static final int LEFT = 150;

  static final int RIGHT = 940;

  static final int TOP = 62;

  static final int ROW = 18;

  /** The most reporting years the axis names; beyond that it names every n-th. */
  static final int MAX_YEAR_LABELS = 10;

  private Timeline() {}

  /** The kinds of timeline entry, each with its words for the legend and the table. */
  enum Kind {
    OVERDUE("Overdue"),
    OVERDUE_WAIVED("Overdue, waived"),
    DUE("Due"),
    RECURRING("Recurring"),
    COMPLETE("Complete"),
    DROPPED("Dropped"),
    OPEN_ENDED("Open-ended"),
    NO_DATE("No date");

    final String word;

    Kind(String word) {
      this.word = word;
    }
  }

  private record Entry(ScheduledDeliverable d, Kind kind) {

    Optional<LocalDate> due() {
      return d.due();
    }
  }

  static Map<String, Object> of(Assessment a) {
    Plan plan = a.plan();
    List<Entry> entries = new ArrayList<>();
    for (ScheduledDeliverable d : a.schedule()) {
      entries.add(new Entry(d, Kind.valueOf(d.state().name())));
    }
    LocalDate from = a.asOf();
    LocalDate to = a.asOf();
    Optional<Period> period = plan.period().filter(Period::isWellFormed);
    if (period.isPresent()) {
      from = min(from, period.get().start());
      to = max(to, period.get().end());
    }
    for (Entry e : entries) {
      if (e.due().isPresent()) {
        from = min(from, e.due().get());
        to = max(to, e.due().get());
      }
    }
    // Whole reporting years, so that the ticks fall on 1 April.
    LocalDate start = FinancialYear.containing(from).start();
    LocalDate end = FinancialYear.containing(to).end().plusDays(1);
    Scale scale = new Scale(start, end);

    List<Map<String, Object>> years = new ArrayList<>();
    FinancialYear first = FinancialYear.containing(start);
    int count = FinancialYear.containing(end.minusDays(1)).startYear() - first.startYear() + 1;
    // A mistyped date decades away must not crowd the axis: at most about ten labels.
    int step = (count + MAX_YEAR_LABELS - 1) / MAX_YEAR_LABELS;
    for (FinancialYear y = first; y.start().isBefore(end); y = y.next()) {
      boolean labelled = (y.startYear() - first.startYear()) % step == 0;
      years.add(map("x", scale.x(y.start()), "mid", scale.mid(y.start(), y.end().plusDays(1)),
          "label", labelled ? y.toString() : ""));
    }
    // Rows and marks are made as the page asks for them, one at a time: a plan of many
    // deliverables never holds every row's drawing at once.
    List<Integer> drawn = new ArrayList<>();
    for (int i = 0; i < entries.size(); i++) {
      Entry e = entries.get(i);
      // Without a date to draw (closed without one, or none given): listed in the table only.
      if (e.due().isPresent() || e.kind() == Kind.OPEN_ENDED) {
        drawn.add(i);
      }
    }
    List<Map<String, Object>> rows = lazy(entries.size(), i -> row(entries.get(i)));
    LocalDate periodStart = period.map(Period::start).orElse(start);
    List<Map<String, Object>> plotted = lazy(drawn.size(),
        k -> mark(entries.get(drawn.get(k)), TOP + k * ROW, scale, periodStart));
    int height = TOP + Math.max(plotted.size(), 1) * ROW + 12;
    Map<String, Object> m = map("width", WIDTH, "height", height, "left", LEFT, "right", RIGHT,
        "top", TOP, "bottom", height - 12, "years", years, "marks", plotted, "rows", rows,
        "asOfX", scale.x(a.asOf()), "asOf", a.asOf().toString());
    m.put("period", period.map(p -> map("x", scale.x(p.start()),
        "w", fmt(scale.xd(p.end().plusDays(1)) - scale.xd(p.start())),
        "text", p.start() + " to " + p.end())).orElse(null));
    m.put("counts", counts(entries));
    return m;
  }

  private static Map<String, Object> row(Entry e) {
    return map("label", e.d().position(), "id", e.d().id().orElse(null),
        "action", e.d().priorityAction().orElse(null), "description", e.d().description(),
        "timescale", e.d().timescale().orElse(null),
        "owners", String.join("; ", e.d().owners()),
        "status", e.d().status().map(s -> s.name().charAt(0)
            + s.name().substring(1).toLowerCase(Locale.ROOT).replace('_', ' ')).orElse(null),
        "due", e.due().map(LocalDate::toString).orElse(null),
        "kind", css(e.kind()), "word", e.kind().word);
  }

  private static Map<String, Object> mark(Entry e, int y, Scale scale, LocalDate periodStart) {
    Map<String, Object> mark = map("label", e.d().id().map(id -> "Deliverable " + id)
        .orElse(e.d().position()), "kind", css(e.kind()), "word", e.kind().word,
        "y", y, "cy", y + ROW / 2, "ty", y + ROW / 2 + 4);
    if (e.kind() == Kind.OPEN_ENDED) {
      LocalDate s = e.d().from().orElse(periodStart);
      mark.put("x1", scale.x(s));
      mark.put("x2", fmt(RIGHT));
    } else {
      double x = scale.xd(e.due().get());
      mark.put("x", fmt(x));
      mark.put("points", diamond(x, y + ROW / 2.0));
      mark.put("tx", fmt(x + 9));
      mark.put("due", e.due().get().toString());
    }
    return mark;
  }

  /** A list whose items are made when asked for, and not kept. */
  static <T> List<T> lazy(int size, IntFunction<T> item) {
    return new AbstractList<>() {
      @Override
      public T get(int index) {
        return item.apply(Objects.checkIndex(index, size));
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  private static List<Map<String, Object>> counts(List<Entry> entries) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Kind k : Kind.values()) {
      long n = entries.stream().filter(e -> e.kind() == k).count();
      if (n > 0) {
        out.add(map("kind", css(k), "word", k.word, "n", n));
      }
    }
    return out;
  }

  private static String css(Kind k) {
    return k.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static String diamond(double x, double y) {
    return fmt(x) + "," + fmt(y - 6) + " " + fmt(x + 6) + "," + fmt(y) + " " + fmt(x) + ","
        + fmt(y + 6) + " " + fmt(x - 6) + "," + fmt(y);
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }

  private static LocalDate max(LocalDate a, LocalDate b) {
    return a.isAfter(b) ? a : b;
  }

  /** A number for SVG: one decimal, a dot, the same in every locale. */
  static String fmt(double v) {
    return String.format(Locale.ROOT, "%.1f", v);
  }

  /** Days to x coordinates between {@link #LEFT} and {@link #RIGHT}. */
  private record Scale(LocalDate start, LocalDate end) {

    double xd(LocalDate day) {
      double span = ChronoUnit.DAYS.between(start, end);
      return LEFT + (RIGHT - LEFT) * ChronoUnit.DAYS.between(start, day) / span;
    }

    String x(LocalDate day) {
      return fmt(xd(day));
    }

    String mid(LocalDate a, LocalDate b) {
      return fmt((xd(a) + xd(b)) / 2);
    }
  }
}
