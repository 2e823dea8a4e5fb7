package org.cjoip.rules.engine;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.model.wording.Clauses;
import org.cjoip.model.wording.MeasureSplitter;
import org.cjoip.rules.facts.AssessmentContext;
import org.cjoip.rules.facts.DeliverableFact;
import org.cjoip.rules.facts.FigureFact;
import org.cjoip.rules.facts.IndicatorEntry;
import org.cjoip.rules.facts.IndicatorFact;
import org.cjoip.rules.facts.KnownEdition;
import org.cjoip.rules.facts.LocalIndicatorFact;
import org.cjoip.rules.facts.MeasureUse;
import org.cjoip.rules.facts.Member;
import org.cjoip.rules.facts.OutcomeStatement;
import org.cjoip.rules.facts.Place;
import org.cjoip.rules.facts.PlanFact;
import org.cjoip.rules.facts.PlanText;
import org.cjoip.rules.facts.PlanYear;
import org.cjoip.rules.facts.Section;
import org.cjoip.rules.facts.Texts;

/**
 * Turns a plan document and a framework edition into the facts the rules match: one fact per
 * item of the document, with the plan's wording recognised (which framework outcome, measure or
 * evidence item a sentence means), timescales parsed and placeholders spotted, and the
 * edition's priority actions, measures and evidence. It decides nothing the catalogue defines:
 * what is addressed, due, overdue, duplicated or missing is derived by the rules.
 */
public final class FactBuilder {

  private final Plan plan;
  private final SourceMap map;
  private final Edition edition;
  private final PlanWording wording;
  private final List<Object> facts = new ArrayList<>();
  // How many deliverables have each description key and each id: only those that share one
  // enter the rules that find duplicates, so a plan's distinct deliverables cost the rule
  // engine nothing there.
  private final Map<String, Integer> descriptionKeys = new HashMap<>();
  private final Map<String, Integer> ids = new HashMap<>();
  private int deliverables;

  private FactBuilder(PlanDocument document, Edition edition) {
    this.plan = document.plan();
    this.map = document.sourceMap();
    this.edition = edition;
    this.wording = new PlanWording(edition);
  }

  /** The facts of one assessment, in document order: the input the rules reason over. */
  public static List<Object> build(PlanDocument document, Edition edition, Frameworks frameworks,
      LocalDate asOf, Thresholds thresholds) {
    FactBuilder b = new FactBuilder(document, edition);
    b.facts.add(new AssessmentContext(asOf, edition.id(), thresholds.overdueErrorDays()));
    frameworks.editions().forEach(e ->
        b.facts.add(new KnownEdition(e.id(), e.title(), e.supersedes().orElse(null))));
    b.facts.addAll(FrameworkFacts.of(edition, b.plan, b::place));
    b.countShared();
    b.plan();
    return b.facts;
  }

  private void countShared() {
    List<Deliverable> all = new ArrayList<>();
    plan.priorityActions().forEach(pa -> all.addAll(pa.deliverables()));
    plan.outcomes().forEach(o -> all.addAll(o.deliverables()));
    for (Deliverable d : all) {
      descriptionKeys.merge(wording.key(d.description()), 1, Integer::sum);
      d.id().ifPresent(id -> ids.merge(id, 1, Integer::sum));
    }
  }

  private Place place(String path) {
    return new Place(path, map);
  }

  private boolean isPlaceholder(String text) {
    return wording.isPlaceholder(text);
  }

  private int meaningful(List<String> texts) {
    int n = 0;
    for (String t : texts) {
      n += isPlaceholder(t) ? 0 : 1;
    }
    return n;
  }

  private void plan() {
    facts.add(new PlanFact(plan, place(""), plan.framework(),
        plan.period().map(p -> p.start()).orElse(null),
        plan.period().map(p -> p.end()).orElse(null)));
    plan.participationStatement().ifPresent(s -> {
      s.summary().ifPresent(t -> text(PlanText.Kind.PARTICIPATION_SUMMARY,
          "/participationStatement/summary", t));
      for (int i = 0; i < s.activities().size(); i++) {
        text(PlanText.Kind.PARTICIPATION_ACTIVITY, "/participationStatement/activities/" + i,
            s.activities().get(i));
      }
    });
    plan.reporting().ifPresent(r -> {
      r.annualReport().ifPresent(t -> text(PlanText.Kind.ANNUAL_REPORT,
          "/reporting/annualReport", t));
      r.reviewCycle().ifPresent(t -> text(PlanText.Kind.REVIEW_CYCLE,
          "/reporting/reviewCycle", t));
    });
    plan.outcomesAssessment().ifPresent(t -> text(PlanText.Kind.OUTCOMES_ASSESSMENT,
        "/outcomesAssessment", t));
    plan.partnership().statutoryPartners().forEach(p -> facts.add(new Member(p, p.label())));
    plan.partnership().otherMembers().forEach(m -> facts.add(new Member(null, m)));
    for (int i = 0; i < plan.priorityActions().size(); i++) {
      section(plan.priorityActions().get(i), "/priorityActions/" + i);
    }
    for (int i = 0; i < plan.outcomes().size(); i++) {
      listedOutcome(plan.outcomes().get(i), "/outcomes/" + i, i + 1);
    }
    for (int i = 0; i < plan.indicators().size(); i++) {
      indicator(plan.indicators().get(i), "/indicators/" + i);
    }
    plan.period().filter(p -> p.isWellFormed()).ifPresent(p -> {
      for (FinancialYear y = FinancialYear.containing(p.start()); !y.end().isAfter(p.end());
          y = y.next()) {
        if (!y.start().isBefore(p.start())) {
          facts.add(new PlanYear(y));
        }
      }
    });
  }

  private void text(PlanText.Kind kind, String path, String text) {
    facts.add(new PlanText(kind, place(path), text, isPlaceholder(text)));
  }

  private void section(PriorityActionResponse pa, String path) {
    int n = pa.number();
    facts.add(new Section(n, place(path), pa.assessment().orElse(null),
        pa.assessment().map(this::isPlaceholder).orElse(false), pa.prioritised().orElse(null),
        pa.deliverables().size()));
    pa.nationalOutcome().ifPresent(text ->
        facts.add(outcome(text, path + "/nationalOutcome", path, n, null, null, List.of(), 0, 0)));
    for (int j = 0; j < pa.nationalIndicators().size(); j++) {
      String entry = pa.nationalIndicators().get(j);
      String at = path + "/nationalIndicators/" + j;
      facts.add(new IndicatorEntry(place(at), n, entry, isPlaceholder(entry)));
      if (!isPlaceholder(entry)) {
        MeasureSplitter.split(entry).forEach(m -> measureUse(m, at, n));
      }
    }
    for (int j = 0; j < pa.localIndicators().size(); j++) {
      String text = pa.localIndicators().get(j);
      boolean placeholder = isPlaceholder(text);
      String evidenceId = placeholder ? null
          : wording.evidence(text).map(EvidenceItem::id)
              .orElse(null);
      facts.add(new LocalIndicatorFact(place(path + "/localIndicators/" + j), n, text,
          placeholder, evidenceId));
    }
    for (int j = 0; j < pa.deliverables().size(); j++) {
      deliverable(pa.deliverables().get(j), path + "/deliverables/" + j, n, null, n,
          Texts.ordinal(j + 1) + " deliverable of priority action " + n);
    }
  }

  private OutcomeStatement outcome(String text, String path, String owner, int section,
      String id, Boolean national, List<Integer> named, int indicators, int deliverables) {
    if (wording.isNationalOutcomePlaceholder(text)) {
      return new OutcomeStatement(place(path), place(owner), text, section, id, national, true,
          null, 0, null, false, null, List.of(), named, indicators, deliverables);
    }
    Recognisers.Recognition<NationalOutcome> r = wording.outcome(text);
    NationalOutcome o = r.recognised() ? r.payload() : null;
    return new OutcomeStatement(place(path), place(owner), text, section, id, national, false,
        o == null ? null : o.id(), o == null ? 0 : o.priorityAction().orElse(0),
        o == null ? null : o.text(), r.exact(), r.closestText(),
        o == null ? List.of() : Clauses.missing(text, o.clauses()), named, indicators,
        deliverables);
  }

  private void measureUse(String text, String path, int priorityAction) {
    Recognisers.Recognition<Recognisers.PlacedMeasure> r = wording.measure(text);
    facts.add(new MeasureUse(place(path), priorityAction, text,
        r.recognised() ? r.payload().measure().id() : null,
        r.recognised() ? r.payload().priorityAction() : 0, r.closestText()));
  }

  private void listedOutcome(StatedOutcome o, String path, int ordinal) {
    OutcomeStatement s = outcome(o.text(), path + "/text", path, 0, o.id().orElse(null),
        o.national().orElse(null), List.copyOf(o.priorityActions()), o.indicators().size(),
        o.deliverables().size());
    facts.add(s);
    int pa = s.recognisedAs() > 0 ? s.recognisedAs()
        : o.priorityActions().isEmpty() ? 0 : o.priorityActions().get(0);
    String outcome = s.key();
    for (int j = 0; j < o.deliverables().size(); j++) {
      deliverable(o.deliverables().get(j), path + "/deliverables/" + j, 0, outcome, pa,
          Texts.ordinal(j + 1) + " deliverable of outcome "
              + o.id().orElse(String.valueOf(ordinal)));
    }
  }

  private void deliverable(Deliverable d, String path, int section, String outcome,
      int priorityAction, String position) {
    String key = wording.key(d.description());
    facts.add(new DeliverableFact(place(path), d, section, outcome, priorityAction,
        deliverables++, position, meaningful(d.owners()), meaningful(d.impactMeasures()),
        d.timescale().map(wording::timescale).orElse(null), key,
        descriptionKeys.getOrDefault(key, 1), d.id().map(ids::get).orElse(0),
        impactMeasureIds(d)));
  }

  /**
   * The national measures a deliverable's impact measures quote: recognised exactly (up to
   * case, punctuation, numbering and abbreviations), not merely close, since a near wording
   * ("Referral numbers") need not be the measure.
   */
  private List<String> impactMeasureIds(Deliverable d) {
    List<String> ids = new ArrayList<>();
    for (String m : d.impactMeasures()) {
      Recognisers.Recognition<Recognisers.PlacedMeasure> r = isPlaceholder(m) ? null
          : wording.measure(m);
      if (r != null && r.exact() && !ids.contains(r.payload().measure().id())) {
        ids.add(r.payload().measure().id());
      }
    }
    return ids;
  }

  private void indicator(Indicator i, String path) {
    int pa = i.priorityAction().orElse(0);
    if (i.isNational()) {
      measureUse(i.name(), path, pa);
    }
    Recognisers.Recognition<Recognisers.PlacedMeasure> r = wording.measure(i.name());
    var measure = r.recognised() ? r.payload().measure() : null;
    IndicatorFact fact = new IndicatorFact(place(path), i,
        measure == null ? null : measure.id(), measure == null ? null : measure.direction(),
        measure == null ? null : measure.text());
    facts.add(fact);
    i.baseline().ifPresent(f -> facts.add(figure(fact, f, true, 0)));
    List<FinancialYear> years = i.results().stream()
        .filter(f -> f.value().isPresent() && f.period().isPresent())
        .map(f -> f.period().get()).sorted().toList();
    for (Figure f : i.results()) {
      facts.add(figure(fact, f, false,
          f.period().map(y -> LaterResults.after(years, y)).orElse(0)));
    }
  }

  /**
   * The facts again, with each result's count of later results made over every result among
   * them, the plan's own and those its returns give.
   */
  public static List<Object> recountLaterResults(List<Object> facts) {
    return LaterResults.recount(facts);
  }

  private static FigureFact figure(IndicatorFact indicator, Figure f, boolean baseline,
      int laterResults) {
    return new FigureFact(indicator, f.period().orElse(null), f.value().orElse(null), baseline,
        laterResults);
  }
}
