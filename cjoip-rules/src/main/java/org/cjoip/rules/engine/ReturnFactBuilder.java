package org.cjoip.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.annualreturn.ActionReport;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.OutcomeReport;
import org.cjoip.model.annualreturn.Progress;
import org.cjoip.model.annualreturn.Result;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.ReportingCalendar;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.text.Normalise;
import org.cjoip.model.text.Placeholders;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.model.wording.Candidate;
import org.cjoip.model.wording.Match;
import org.cjoip.model.wording.MeasureSplitter;
import org.cjoip.model.wording.WordingMatcher;
import org.cjoip.rules.facts.ActionReportFact;
import org.cjoip.rules.facts.DeliverableFact;
import org.cjoip.rules.facts.FigureFact;
import org.cjoip.rules.facts.IndicatorFact;
import org.cjoip.rules.facts.NationalMeasure;
import org.cjoip.rules.facts.OutcomeReportFact;
import org.cjoip.rules.facts.OutcomeStatement;
import org.cjoip.rules.facts.Place;
import org.cjoip.rules.facts.ProgressFact;
import org.cjoip.rules.facts.ResultFact;
import org.cjoip.rules.facts.ReturnCalendar;
import org.cjoip.rules.facts.ReturnFact;
import org.cjoip.rules.facts.ReturnSlot;

/**
 * Turns annual returns into the facts the ANN rules match, beside their plan's facts: the
 * return as a document, an entry slot per priority action and local outcome, each progress
 * entry joined to the plan's deliverable it names, and each figure recognised as one of the
 * plan's indicators there or a national measure of the action. Returns for earlier years give
 * their progress entries only, as history. Whether anything is missing, late or wrong is for
 * the rules.
 */
public final class ReturnFactBuilder {

  /** A return with the source map of the document it was read from. */
  public record Source(AnnualReturn annualReturn, SourceMap sourceMap) {}

  private final Plan plan;
  private final Edition edition;
  private final Recognisers recognisers;
  private final Placeholders placeholders = Placeholders.standard();
  private final Map<Deliverable, DeliverableFact> deliverables = new IdentityHashMap<>();
  private final List<DeliverableFact> inPlanOrder = new ArrayList<>();
  private final List<OutcomeStatement> listedOutcomes = new ArrayList<>();
  private final List<IndicatorFact> planIndicators = new ArrayList<>();
  private final List<NationalMeasure> nationalMeasures = new ArrayList<>();
  private final Map<Integer, WordingMatcher<IndicatorFact>> planIndicatorMatchers =
      new HashMap<>();
  private final Map<String, WordingMatcher<String>> indicatorMatchers = new HashMap<>();
  private final List<Object> facts = new ArrayList<>();

  private ReturnFactBuilder(Plan plan, Edition edition, List<Object> planFacts) {
    this.plan = plan;
    this.edition = edition;
    this.recognisers = Recognisers.of(edition);
    for (Object f : planFacts) {
      if (f instanceof DeliverableFact d) {
        deliverables.put(d.deliverable(), d);
        inPlanOrder.add(d);
      } else if (f instanceof OutcomeStatement o && o.section() == 0) {
        listedOutcomes.add(o);
      } else if (f instanceof IndicatorFact i) {
        planIndicators.add(i);
      } else if (f instanceof NationalMeasure m) {
        nationalMeasures.add(m);
      }
    }
    inPlanOrder.sort(Comparator.comparingInt(DeliverableFact::index));
  }

  /**
   * The facts of the returns, to stand beside the plan's.
   *
   * @param plan the plan the returns report on
   * @param edition the edition the plan is assessed against
   * @param planFacts the plan's facts, from {@link FactBuilder}
   * @param checked the return being checked, or null when the plan is assessed with its
   *     history only: the returns' figures for the plan's indicators are then the indicators'
   *     results for those years
   * @param earlier returns for years before the checked one (any order), one per year
   * @throws IllegalArgumentException when an earlier return is not for an earlier year, two
   *     returns report on one year, or an earlier return names another plan
   */
  public static List<Object> build(Plan plan, Edition edition, List<Object> planFacts,
      Source checked, List<Source> earlier) {
    check(plan, checked, earlier);
    ReturnFactBuilder b = new ReturnFactBuilder(plan, edition, planFacts);
    for (Source s : earlier) {
      b.progress(s, false);
    }
    if (checked != null) {
      b.checked(checked);
    } else {
      earlier.forEach(b::indicatorFigures);
    }
    return b.facts;
  }

  /**
   * Checks that returns can stand beside a plan as its history.
   *
   * @param checked the return being checked, or null
   * @throws IllegalArgumentException when an earlier return is not for a year before the one
   *     checked, two report on one year, or one names another plan
   */
  public static void check(Plan plan, Source checked, List<Source> earlier) {
    Map<FinancialYear, Source> years = new HashMap<>();
    for (Source s : earlier) {
      FinancialYear y = s.annualReturn().reportingYear();
      if (checked != null && y.compareTo(checked.annualReturn().reportingYear()) >= 0) {
        throw new IllegalArgumentException("the earlier return for " + y + " is not for a year"
            + " before " + checked.annualReturn().reportingYear() + ", the year checked");
      }
      if (years.put(y, s) != null) {
        throw new IllegalArgumentException("two returns report on " + y);
      }
      // History from another plan's returns would close or move this plan's deliverables.
      if (!namesPlan(s.annualReturn(), plan)) {
        throw new IllegalArgumentException("the return for " + y + " reports on \""
            + s.annualReturn().plan().title() + "\", not on the plan given, \"" + plan.title()
            + "\"; give the plan's own returns");
      }
    }
  }

  private void checked(Source s) {
    AnnualReturn r = s.annualReturn();
    FinancialYear year = r.reportingYear();
    facts.add(new ReturnFact(r, new Place("", s.sourceMap()), year,
        sameWords(r.plan().title(), plan.title()), periodMatches(r, plan),
        r.consultation().map(placeholders::isPlaceholder).orElse(true)));
    Optional<ReportingCalendar> calendar = edition.reporting();
    facts.add(new ReturnCalendar(
        calendar.map(c -> c.publicationDeadline(year)).orElse(null),
        calendar.flatMap(c -> c.returnDate(year)).orElse(null),
        calendar.map(ReportingCalendar::disclosureThreshold)
            .orElse(ReportingCalendar.DEFAULT_DISCLOSURE_THRESHOLD)));
    slots(s);
    for (int k = 0; k < r.priorityActions().size(); k++) {
      ActionReport a = r.priorityActions().get(k);
      String path = "/priorityActions/" + k;
      Place place = new Place(path, s.sourceMap());
      String taken = a.actionTaken().orElse(null);
      facts.add(new ActionReportFact(a.number(), place, taken,
          taken != null && placeholders.isPlaceholder(taken),
          a.selfEvaluation().map(e -> e.score()).orElse(0),
          a.selfEvaluation().map(e -> (int) e.evidence().stream()
              .filter(t -> !placeholders.isPlaceholder(t)).count()).orElse(0)));
      for (int j = 0; j < a.results().size(); j++) {
        result(s, a.results().get(j), path + "/results/" + j, a.number(), null);
      }
    }
    for (int k = 0; k < r.outcomes().size(); k++) {
      OutcomeReport o = r.outcomes().get(k);
      String path = "/outcomes/" + k;
      OutcomeStatement stated = outcomeNamed(o.outcome());
      String taken = o.actionTaken().orElse(null);
      facts.add(new OutcomeReportFact(new Place(path, s.sourceMap()), o.outcome(), stated, taken,
          taken != null && placeholders.isPlaceholder(taken)));
      // An entry that names no outcome of the plan is reported as such (CJ-ANN-008); its
      // progress and figures are checked once it names one.
      for (int j = 0; stated != null && j < o.results().size(); j++) {
        result(s, o.results().get(j), path + "/results/" + j, 0, stated);
      }
    }
    progress(s, true);
  }

  /** Whether a return names the plan: its title beyond wording, and its period if it gives one. */
  private static boolean namesPlan(AnnualReturn r, Plan plan) {
    return sameWords(r.plan().title(), plan.title()) && periodMatches(r, plan);
  }

  private static boolean periodMatches(AnnualReturn r, Plan plan) {
    return r.plan().period().map(p -> plan.period().filter(p::equals).isPresent()).orElse(true);
  }

  /** Whether two titles differ in wording only: case, punctuation and spacing. */
  private static boolean sameWords(String a, String b) {
    return Normalise.titleKey(a).equals(Normalise.titleKey(b));
  }

  /** An entry slot per priority action of the edition and per outcome the plan lists. */
  private void slots(Source s) {
    AnnualReturn r = s.annualReturn();
    SourceMap map = s.sourceMap();
    for (PriorityAction pa : edition.priorityActions()) {
      int k = indexOf(r, pa.number());
      facts.add(k >= 0
          ? new ReturnSlot(pa.number(), null, new Place("/priorityActions/" + k, map), true)
          : new ReturnSlot(pa.number(), null, listPlace("/priorityActions", map), false));
    }
    for (int i = 0; i < listedOutcomes.size(); i++) {
      OutcomeStatement o = listedOutcomes.get(i);
      int k = -1;
      for (int j = 0; j < r.outcomes().size() && k < 0; j++) {
        k = outcomeNamed(r.outcomes().get(j).outcome()) == o ? j : -1;
      }
      facts.add(k >= 0
          ? new ReturnSlot(0, o.key(), new Place("/outcomes/" + k, map), true)
          : new ReturnSlot(0, o.key(), listPlace("/outcomes", map), false));
    }
  }

  private static Place listPlace(String path, SourceMap map) {
    return new Place(map.contains(path) ? path : "", map);
  }

  private static int indexOf(AnnualReturn r, int number) {
    for (int k = 0; k < r.priorityActions().size(); k++) {
      if (r.priorityActions().get(k).number() == number) {
        return k;
      }
    }
    return -1;
  }

  /**
   * The plan's listed outcome a return names: by its id, else by its id in another letter case
   * ("l1" for "L1"), else by its words (case, spacing and punctuation aside), whether the plan
   * gives it an id or not.
   */
  private OutcomeStatement outcomeNamed(String reference) {
    String id = reference.strip();
    for (OutcomeStatement o : listedOutcomes) {
      if (reference.equals(o.outcomeId())) {
        return o;
      }
    }
    for (OutcomeStatement o : listedOutcomes) {
      if (o.outcomeId() != null && o.outcomeId().strip().equalsIgnoreCase(id)) {
        return o;
      }
    }
    String words = Normalise.titleKey(reference);
    for (OutcomeStatement o : listedOutcomes) {
      if (!words.isEmpty() && Normalise.titleKey(o.text()).equals(words)) {
        return o;
      }
    }
    return null;
  }

  private StatedOutcome statedOutcome(OutcomeStatement o) {
    return plan.outcomes().get(listedOutcomes.indexOf(o));
  }

  private void progress(Source s, boolean current) {
    AnnualReturn r = s.annualReturn();
    for (int k = 0; k < r.priorityActions().size(); k++) {
      ActionReport a = r.priorityActions().get(k);
      Optional<PriorityActionResponse> section = plan.priorityAction(a.number());
      List<Deliverable> there = section.map(PriorityActionResponse::deliverables)
          .orElse(List.of());
      for (int j = 0; j < a.deliverables().size(); j++) {
        Progress p = a.deliverables().get(j);
        progress(s, p, "/priorityActions/" + k + "/deliverables/" + j, a.number(), null,
            section.flatMap(p::findIn).orElse(null), there, a.number() + "#", current);
      }
    }
    for (int k = 0; k < r.outcomes().size(); k++) {
      OutcomeReport o = r.outcomes().get(k);
      OutcomeStatement stated = outcomeNamed(o.outcome());
      for (int j = 0; stated != null && j < o.deliverables().size(); j++) {
        Progress p = o.deliverables().get(j);
        List<Deliverable> there = statedOutcome(stated).deliverables();
        progress(s, p, "/outcomes/" + k + "/deliverables/" + j, 0, stated.key(),
            p.findIn(statedOutcome(stated)).orElse(null), there, "#", current);
      }
    }
  }

  private void progress(Source s, Progress p, String path, int priorityAction, String outcome,
      Deliverable d, List<Deliverable> there, String placePrefix, boolean current) {
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < there.size(); i++) {
      ids.add(there.get(i).id().orElse(placePrefix + (i + 1)));
    }
    String reason = p.revisionReason().orElse(null);
    facts.add(new ProgressFact(new Place(path, s.sourceMap()), priorityAction, outcome, p.id(),
        d == null ? null : deliverables.get(d),
        d == null ? named(p.id(), there, placePrefix) : null, ids, p.status().orElse(null),
        p.revisedDue().orElse(null), reason, !placeholders.isPlaceholder(reason),
        s.annualReturn().reportingYear(), current, p.completed().orElse(null)));
  }

  /**
   * The plan's deliverable an id names that the plan does not have where it is given: the
   * numbered one at the place {@code N#k} names, else the first in the plan's order with the
   * id in any letter case, wherever it sits; null when there is none.
   */
  private DeliverableFact named(String id, List<Deliverable> there, String placePrefix) {
    String given = id.strip();
    if (given.startsWith(placePrefix)) {
      String k = given.substring(placePrefix.length());
      if (!k.isEmpty() && k.length() <= 9 && k.chars().allMatch(c -> c >= '0' && c <= '9')) {
        int index = Integer.parseInt(k) - 1;
        if (index >= 0 && index < there.size() && there.get(index).id().isPresent()) {
          return deliverables.get(there.get(index));
        }
      }
    }
    for (DeliverableFact d : inPlanOrder) {
      if (d.id() != null && d.id().strip().equalsIgnoreCase(given)) {
        return d;
      }
    }
    return null;
  }

  private void result(Source s, Result f, String path, int priorityAction,
      OutcomeStatement outcome) {
    String measureId = priorityAction > 0 ? measureOf(f.indicator(), priorityAction) : null;
    boolean planIndicator = priorityAction > 0
        ? indicators("pa=" + priorityAction, sectionIndicators(priorityAction))
            .match(f.indicator()).recognised()
        : outcome != null && indicators(outcome.key(), statedOutcome(outcome).indicators())
            .match(f.indicator()).recognised();
    IndicatorFact entry = priorityAction > 0 ? entryOf(f.indicator(), measureId, priorityAction)
        : null;
    NationalMeasure elsewhere = measureId == null && !planIndicator
        ? measureElsewhere(f.indicator(), priorityAction) : null;
    facts.add(new ResultFact(new Place(path, s.sourceMap()), priorityAction, outcome,
        f.indicator(), measureId, planIndicator, entry, elsewhere, f.value().orElse(null),
        f.unit().orElse(null),
        f.numerator().orElse(null), f.suppressed(), f.unavailable().orElse(null),
        s.annualReturn().reportingYear(), true));
  }

  /**
   * The id of the national measure of the action a figure is given for: named by its id
   * ({@code CJPF-M1.2}) or recognised by its wording; null when it is neither.
   */
  private String measureOf(String indicator, int priorityAction) {
    Optional<NationalOutcome> outcome = edition.outcomeFor(priorityAction);
    List<Measure> ofAction = outcome.flatMap(NationalOutcome::indicator)
        .map(i -> i.measures()).orElse(List.of());
    String id = indicator.strip();
    for (Measure m : ofAction) {
      if (m.id().equalsIgnoreCase(id)) {
        return m.id();
      }
    }
    Recognisers.Recognition<Recognisers.PlacedMeasure> r = recognisers.measure(indicator);
    return r.recognised() && r.payload().priorityAction() == priorityAction
        ? r.payload().measure().id() : null;
  }

  /**
   * The plan's {@code indicators[]} entry of the action a figure is given for: the one
   * recognised as the same national measure, else the one its wording matches; null when none.
   */
  private IndicatorFact entryOf(String indicator, String measureId, int priorityAction) {
    List<IndicatorFact> ofAction = planIndicators.stream()
        .filter(i -> i.priorityAction() == priorityAction).toList();
    for (IndicatorFact i : ofAction) {
      if (measureId != null && measureId.equals(i.measureId())) {
        return i;
      }
    }
    List<String> names = ofAction.stream().map(IndicatorFact::name).toList();
    Match<String> m = indicators("entries pa=" + priorityAction, names).match(indicator);
    return m.recognised()
        ? ofAction.get(names.indexOf(m.candidate().orElseThrow().payload())) : null;
  }

  /**
   * The national measure of another priority action that a figure names, by its id or its
   * wording, when it is not one of the action it is given under (or it is given under an
   * outcome); null when it names none.
   */
  private NationalMeasure measureElsewhere(String indicator, int priorityAction) {
    String id = indicator.strip();
    String found = null;
    for (NationalMeasure m : nationalMeasures) {
      if (m.id().equalsIgnoreCase(id)) {
        found = m.id();
      }
    }
    if (found == null) {
      Recognisers.Recognition<Recognisers.PlacedMeasure> r = recognisers.measure(indicator);
      found = r.recognised() ? r.payload().measure().id() : null;
    }
    for (NationalMeasure m : nationalMeasures) {
      if (m.id().equals(found) && m.priorityAction() != priorityAction) {
        return m;
      }
    }
    return null;
  }

  /** What the plan names as indicators of a priority action, in its section and its list. */
  private List<String> sectionIndicators(int priorityAction) {
    List<String> texts = new ArrayList<>();
    plan.priorityAction(priorityAction).ifPresent(pa -> {
      for (String entry : pa.nationalIndicators()) {
        texts.add(entry);
        texts.addAll(MeasureSplitter.split(entry));
      }
      texts.addAll(pa.localIndicators());
    });
    for (Indicator i : plan.indicators()) {
      if (i.priorityAction().orElse(0) == priorityAction) {
        texts.add(i.name());
      }
    }
    return texts;
  }

  private WordingMatcher<String> indicators(String key, List<String> texts) {
    return indicatorMatchers.computeIfAbsent(key, k -> {
      List<Candidate<String>> candidates = new ArrayList<>();
      for (int i = 0; i < texts.size(); i++) {
        if (!placeholders.isPlaceholder(texts.get(i))) {
          candidates.add(Candidate.of(k + "#" + i, texts.get(i), texts.get(i)));
        }
      }
      return WordingMatcher.of(candidates);
    });
  }

  /**
   * The figures a return gives for the plan's indicators, as those indicators' results for the
   * return's year: a plan's progress is in its returns. A figure is a value, a suppressed
   * figure or an unavailable one with a reason (a suppressed or unavailable figure has no
   * value); the figure is the indicator's when it is recognised as that indicator's national
   * measure, or its wording is recognised as the indicator's name, under the same priority
   * action (under an outcome, among the indicators of no priority action).
   */
  private void indicatorFigures(Source s) {
    AnnualReturn r = s.annualReturn();
    for (ActionReport a : r.priorityActions()) {
      a.results().forEach(f -> indicatorFigure(f, a.number(), r.reportingYear()));
    }
    for (OutcomeReport o : r.outcomes()) {
      o.results().forEach(f -> indicatorFigure(f, 0, r.reportingYear()));
    }
  }

  private void indicatorFigure(Result f, int priorityAction, FinancialYear year) {
    boolean figure = f.value().isPresent() || f.suppressed()
        || f.unavailable().filter(u -> !u.isBlank()).isPresent();
    if (!figure) {
      return;
    }
    String measureId = priorityAction > 0 ? measureOf(f.indicator(), priorityAction) : null;
    IndicatorFact named = null;
    for (IndicatorFact i : planIndicators) {
      if (named == null && measureId != null && i.priorityAction() == priorityAction
          && measureId.equals(i.measureId())) {
        named = i;
      }
    }
    if (named == null) {
      Match<IndicatorFact> m = planIndicatorMatcher(priorityAction).match(f.indicator());
      named = m.recognised() ? m.candidate().orElseThrow().payload() : null;
    }
    if (named != null) {
      facts.add(new FigureFact(named, year, f.value().orElse(null), false, 0));
    }
  }

  private WordingMatcher<IndicatorFact> planIndicatorMatcher(int priorityAction) {
    return planIndicatorMatchers.computeIfAbsent(priorityAction, n -> {
      List<Candidate<IndicatorFact>> candidates = new ArrayList<>();
      for (int k = 0; k < planIndicators.size(); k++) {
        IndicatorFact i = planIndicators.get(k);
        if (i.priorityAction() == n && !placeholders.isPlaceholder(i.name())) {
          candidates.add(Candidate.of("indicator#" + k, i.name(), i));
        }
      }
      return WordingMatcher.of(candidates);
    });
  }
}
