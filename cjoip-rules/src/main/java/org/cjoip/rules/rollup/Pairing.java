package org.cjoip.rules.rollup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.plan.Period;
import org.cjoip.model.text.Normalise;
import org.cjoip.model.time.FinancialYear;

/**
 * Pairs each annual return with its partnership's plan, from what the documents say of
 * themselves: the partnership's name, and the title and period of the plan a return reports
 * on. Names and titles are compared as {@link Normalise#titleKey} makes them (case, spacing,
 * dashes and punctuation aside); problems give the plan's own spelling. Two plans of one
 * partnership, or two returns of one partnership for one year, are refused: the partnership is
 * left out, with a problem naming both files.
 */
final class Pairing {

  /** What pairing needs of a document, kept instead of the document. */
  record Entry(int index, String source, boolean plan, String partnership, String planTitle,
      Optional<Period> period, Optional<FinancialYear> year, SourceMap places) {

    static Entry of(int index, Document doc) {
      if (doc instanceof PlanDocument p) {
        return new Entry(index, p.source(), true, p.plan().partnership().name(),
            p.plan().title(), p.plan().period(), Optional.empty(), positions(p.sourceMap()));
      }
      ReturnDocument r = (ReturnDocument) doc;
      return new Entry(index, r.source(), false, r.annualReturn().partnership().name(),
          r.annualReturn().plan().title(), r.annualReturn().plan().period(),
          Optional.of(r.annualReturn().reportingYear()), positions(r.sourceMap()));
    }

    // Only the places a pairing problem may point at are kept.
    private static SourceMap positions(SourceMap map) {
      Map<String, SourceMap.Position> kept = new TreeMap<>();
      for (String pointer : List.of("", PARTNERSHIP, PLAN_TITLE, PLAN_PERIOD, YEAR)) {
        map.position(pointer).ifPresent(p -> kept.put(pointer, p));
      }
      return new SourceMap(kept);
    }

    /**
     * The partnership's name as pairing compares it: case, spacing and punctuation aside, as
     * plan titles are compared.
     */
    String partnershipKey() {
      return Normalise.titleKey(partnership);
    }

    /** Whether another reading of the document says the same of it. */
    boolean sameAs(Entry other) {
      return plan == other.plan && partnership.equals(other.partnership)
          && planTitle.equals(other.planTitle) && period.equals(other.period)
          && year.equals(other.year);
    }

    Problem problem(String pointer, String message) {
      SourceMap.Position at = places.position(pointer).orElse(SourceMap.Position.NONE);
      Problem.Builder b = Problem.builder()
          .severity(Problem.Severity.ERROR)
          .source(source)
          .pointer(pointer)
          .line(at.line())
          .column(at.column())
          .message(message);
      at.cellReference().ifPresent(b::cell);
      return b.build();
    }
  }

  /** A partnership's plan and its returns, oldest first. */
  record Group(Entry plan, List<Entry> returns) {}

  static final String PARTNERSHIP = "/partnership/name";
  static final String PLAN_TITLE = "/plan/title";
  static final String PLAN_PERIOD = "/plan/period";
  static final String YEAR = "/reportingYear";

  static final Comparator<Entry> BY_SOURCE =
      Comparator.comparing(Entry::source).thenComparingInt(Entry::index);

  private final List<Group> groups;
  private final List<Problem> problems;

  private Pairing(List<Group> groups, List<Problem> problems) {
    this.groups = groups;
    this.problems = problems;
  }

  /** The groups, in partnership name order. */
  List<Group> groups() {
    return groups;
  }

  /** Why documents were left out. */
  List<Problem> problems() {
    return problems;
  }

  static Pairing of(List<Entry> entries) {
    List<Entry> sorted = entries.stream().sorted(BY_SOURCE).toList();
    List<Problem> problems = new ArrayList<>();
    Map<String, Entry> plans = new TreeMap<>();
    Set<String> refused = new TreeSet<>();
    for (Entry e : sorted) {
      if (!e.plan()) {
        continue;
      }
      Entry first = plans.putIfAbsent(e.partnershipKey(), e);
      if (first != null) {
        refused.add(e.partnershipKey());
        problems.add(e.problem(PARTNERSHIP, "two plans of " + first.partnership() + ": "
            + first.source() + " and " + e.source() + "; give one plan per partnership"));
      }
    }
    Map<String, Map<FinancialYear, Entry>> returns = new TreeMap<>();
    for (Entry e : sorted) {
      if (e.plan()) {
        continue;
      }
      Entry plan = plans.get(e.partnershipKey());
      if (plan == null) {
        problems.add(e.problem(PARTNERSHIP, "no plan of " + e.partnership()
            + " is among the documents given; give its plan beside its returns"));
        continue;
      }
      if (refused.contains(e.partnershipKey())) {
        continue;
      }
      if (!Normalise.titleKey(plan.planTitle()).equals(Normalise.titleKey(e.planTitle()))) {
        problems.add(e.problem(PLAN_TITLE, "reports on the plan '" + e.planTitle() + "', but "
            + plan.partnership() + "'s plan " + plan.source() + " is '" + plan.planTitle()
            + "'"));
        continue;
      }
      if (e.period().isPresent() && !e.period().equals(plan.period())) {
        problems.add(e.problem(PLAN_PERIOD, "reports on a plan for " + describe(e.period())
            + ", but " + plan.partnership() + "'s plan " + plan.source() + " is for "
            + describe(plan.period())));
        continue;
      }
      FinancialYear year = e.year().orElseThrow();
      Entry other = returns.computeIfAbsent(plan.partnershipKey(), k -> new TreeMap<>())
          .putIfAbsent(year, e);
      if (other != null) {
        refused.add(plan.partnershipKey());
        problems.add(e.problem(YEAR, "two returns of " + plan.partnership() + " for " + year
            + ": " + other.source() + " and " + e.source() + "; give one return per year"));
      }
    }
    List<Group> groups = new ArrayList<>();
    for (Entry plan : plans.values()) {
      if (!refused.contains(plan.partnershipKey())) {
        groups.add(new Group(plan, List.copyOf(
            returns.getOrDefault(plan.partnershipKey(), Map.of()).values())));
      }
    }
    return new Pairing(List.copyOf(groups), List.copyOf(problems));
  }

  private static String describe(Optional<Period> period) {
    return period.map(p -> p.start() + " to " + p.end()).orElse("no stated period");
  }
}
