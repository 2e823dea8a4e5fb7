package org.cjoip.rules.engine;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.model.plan.Target;
import org.cjoip.model.text.Normalise;
import org.cjoip.model.text.Placeholders;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.model.time.Timescale;
import org.cjoip.model.time.TimescaleParser;
import org.cjoip.model.wording.MeasureSplitter;
import org.cjoip.rules.Thresholds;
import org.cjoip.rules.facts.AssessmentContext;
import org.cjoip.rules.facts.DeliverableFact;
import org.cjoip.rules.facts.DuplicateGroup;
import org.cjoip.rules.facts.EvidenceFact;
import org.cjoip.rules.facts.IndicatorFact;
import org.cjoip.rules.facts.LocalIndicatorFact;
import org.cjoip.rules.facts.LocalOutcome;
import org.cjoip.rules.facts.MeasureUse;
import org.cjoip.rules.facts.NationalMeasure;
import org.cjoip.rules.facts.OutcomeStatement;
import org.cjoip.rules.facts.Place;
import org.cjoip.rules.facts.PlanFact;
import org.cjoip.rules.facts.PriorityActionFact;
import org.cjoip.rules.facts.ReportingYear;

/**
 * Derives the facts the rules match from a plan document and a framework edition: recognition
 * of the plan's wording, parsed timescales, normalised descriptions, grouped duplicates and the
 * reporting years due. One pass over the plan; duplicates are grouped, never compared in pairs.
 */
public final class FactBuilder {

  /** The facts of one assessment. */
  public record Facts(
      AssessmentContext context,
      PlanFact plan,
      List<PriorityActionFact> priorityActions,
      List<OutcomeStatement> outcomes,
      List<MeasureUse> measureUses,
      List<NationalMeasure> nationalMeasures,
      List<LocalIndicatorFact> localIndicators,
      List<EvidenceFact> evidence,
      List<LocalOutcome> localOutcomes,
      List<DeliverableFact> deliverables,
      List<DuplicateGroup> duplicates,
      List<IndicatorFact> indicators,
      List<ReportingYear> reportingYears) {

    /** Every fact, to insert into a session. */
    public List<Object> all() {
      List<Object> all = new ArrayList<>();
      all.add(context);
      all.add(plan);
      all.addAll(priorityActions);
      all.addAll(outcomes);
      all.addAll(measureUses);
      all.addAll(nationalMeasures);
      all.addAll(localIndicators);
      all.addAll(evidence);
      all.addAll(localOutcomes);
      all.addAll(deliverables);
      all.addAll(duplicates);
      all.addAll(indicators);
      all.addAll(reportingYears);
      return all;
    }
  }

  private final Plan plan;
  private final SourceMap map;
  private final Edition edition;
  private final Recognisers recognisers;
  private final Placeholders placeholders = Placeholders.standard();
  private final TimescaleParser timescales = TimescaleParser.standard();

  private final List<OutcomeStatement> outcomes = new ArrayList<>();
  private final List<MeasureUse> measureUses = new ArrayList<>();
  private final List<LocalIndicatorFact> localIndicators = new ArrayList<>();
  private final List<LocalOutcome> localOutcomes = new ArrayList<>();
  private final List<DeliverableFact> deliverables = new ArrayList<>();
  private final List<IndicatorFact> indicators = new ArrayList<>();
  private final Set<Integer> addressed = new HashSet<>();
  // Plans repeat their wording (a measure under its action and again with figures): each text
  // is matched once per assessment.
  private final Map<String, Recognisers.Recognition<NationalOutcome>> outcomeMemo =
      new HashMap<>();
  private final Map<String, Recognisers.Recognition<Recognisers.PlacedMeasure>> measureMemo =
      new HashMap<>();
  private final Map<String, Optional<EvidenceItem>> evidenceMemo = new HashMap<>();

  private FactBuilder(PlanDocument document, Edition edition) {
    this.plan = document.plan();
    this.map = document.sourceMap();
    this.edition = edition;
    this.recognisers = Recognisers.of(edition);
  }

  /** Derives the facts of one assessment. */
  public static Facts build(
      PlanDocument document,
      Edition edition,
      Frameworks frameworks,
      LocalDate asOf,
      Thresholds thresholds) {
    return new FactBuilder(document, edition).build(frameworks, asOf, thresholds);
  }

  private Facts build(Frameworks frameworks, LocalDate asOf, Thresholds thresholds) {
    for (int i = 0; i < plan.priorityActions().size(); i++) {
      section(plan.priorityActions().get(i), "/priorityActions/" + i);
    }
    for (int i = 0; i < plan.outcomes().size(); i++) {
      statedOutcome(plan.outcomes().get(i), "/outcomes/" + i);
    }
    for (int i = 0; i < plan.indicators().size(); i++) {
      indicator(plan.indicators().get(i), "/indicators/" + i);
    }
    List<NationalMeasure> nationalMeasures = nationalMeasures();
    return new Facts(
        new AssessmentContext(asOf, edition, thresholds.overdueErrorDays()),
        planFact(frameworks),
        priorityActionFacts(),
        List.copyOf(outcomes),
        List.copyOf(measureUses),
        nationalMeasures,
        List.copyOf(localIndicators),
        evidenceFacts(),
        List.copyOf(localOutcomes),
        List.copyOf(deliverables),
        duplicates(),
        List.copyOf(indicators),
        reportingYears(asOf));
  }

  private Recognisers.Recognition<NationalOutcome> outcomeOf(String text) {
    return outcomeMemo.computeIfAbsent(text, recognisers::outcome);
  }

  private Recognisers.Recognition<Recognisers.PlacedMeasure> measureOf(String text) {
    return measureMemo.computeIfAbsent(text, recognisers::measure);
  }

  private Optional<EvidenceItem> evidenceOf(String text) {
    return evidenceMemo.computeIfAbsent(text, recognisers::evidence);
  }

  private Place place(String path) {
    return new Place(path, map);
  }

  private boolean meaningful(Optional<String> text) {
    return text.isPresent() && !placeholders.isPlaceholder(text.get());
  }

  private int meaningfulCount(List<String> texts) {
    return (int) texts.stream().filter(t -> !placeholders.isPlaceholder(t)).count();
  }

  // --- the plan as a whole -------------------------------------------------------------------

  private PlanFact planFact(Frameworks frameworks) {
    boolean participation =
        plan.participationStatement()
            .map(s -> meaningful(s.summary()) || meaningfulCount(s.activities()) > 0)
            .orElse(false);
    boolean annualReport =
        plan.reporting().map(r -> meaningful(r.annualReport())).orElse(false);
    Set<StatutoryPartner> members = EnumSet.noneOf(StatutoryPartner.class);
    members.addAll(plan.partnership().statutoryPartners());
    List<StatutoryPartner> missing = new ArrayList<>();
    for (StatutoryPartner p : StatutoryPartner.values()) {
      if (!members.contains(p)) {
        missing.add(p);
      }
    }
    String successor =
        frameworks.find(plan.framework()).isPresent()
            ? frameworks.supersededBy(plan.framework()).map(Edition::id).orElse(null)
            : null;
    return new PlanFact(
        plan,
        place(""),
        plan.period().isPresent(),
        plan.period().map(p -> p.isWellFormed()).orElse(true),
        participation,
        annualReport,
        plan.partnership().listsMembers(),
        List.copyOf(missing),
        successor);
  }

  // --- priority-action sections --------------------------------------------------------------

  private void section(PriorityActionResponse pa, String path) {
    int n = pa.number();
    if (pa.nationalOutcome().isPresent()
        || !pa.nationalIndicators().isEmpty()
        || !pa.localIndicators().isEmpty()
        || !pa.deliverables().isEmpty()) {
      addressed.add(n);
    }
    pa.nationalOutcome().ifPresent(text -> outcome(text, path + "/nationalOutcome", n, null));
    for (int j = 0; j < pa.nationalIndicators().size(); j++) {
      String entry = pa.nationalIndicators().get(j);
      if (placeholders.isPlaceholder(entry)) {
        continue;
      }
      for (String measure : MeasureSplitter.split(entry)) {
        measureUse(measure, path + "/nationalIndicators/" + j, n, true);
      }
    }
    for (int j = 0; j < pa.localIndicators().size(); j++) {
      String text = pa.localIndicators().get(j);
      localIndicators.add(new LocalIndicatorFact(path + "/localIndicators/" + j, n, text,
          placeholders.isPlaceholder(text)));
    }
    for (int j = 0; j < pa.deliverables().size(); j++) {
      deliverable(pa.deliverables().get(j), path + "/deliverables/" + j, n);
    }
  }

  private OutcomeStatement outcome(String text, String path, int section, Boolean national) {
    boolean placeholder = placeholders.isNationalOutcomePlaceholder(text);
    OutcomeStatement statement;
    if (placeholder) {
      statement =
          new OutcomeStatement(path, text, section, national, true, false, false, 0, null, null);
    } else {
      Recognisers.Recognition<NationalOutcome> r = outcomeOf(text);
      int as = r.recognised() ? r.payload().priorityAction().orElse(0) : 0;
      statement =
          new OutcomeStatement(path, text, section, national, false, r.recognised(), r.exact(),
              as, r.recognised() ? r.payload().text() : null, r.closestText());
      // Only an outcome in the list of outcomes addresses the action it is recognised as;
      // another action's outcome in a section is a slip in that section (CJ-COV-003).
      if (as > 0 && section == 0) {
        addressed.add(as);
      }
    }
    outcomes.add(statement);
    return statement;
  }

  private void measureUse(String text, String path, int priorityAction, boolean national) {
    Recognisers.Recognition<Recognisers.PlacedMeasure> r = measureOf(text);
    measureUses.add(
        new MeasureUse(path, priorityAction, text, national, r.recognised(),
            r.recognised() ? r.payload().measure().id() : null, r.closestText()));
  }

  // --- outcomes stated outside a section -----------------------------------------------------

  private void statedOutcome(StatedOutcome o, String path) {
    OutcomeStatement s = outcome(o.text(), path + "/text", 0, o.national().orElse(null));
    addressed.addAll(o.priorityActions());
    int pa = s.recognisedAs() > 0 ? s.recognisedAs()
        : o.priorityActions().isEmpty() ? 0 : o.priorityActions().get(0);
    if (!s.recognised() && !s.placeholder() && !o.national().orElse(false)) {
      localOutcomes.add(new LocalOutcome(place(path), o.text(), o.indicators().size(),
          o.deliverables().size()));
    }
    for (int j = 0; j < o.deliverables().size(); j++) {
      deliverable(o.deliverables().get(j), path + "/deliverables/" + j, pa);
    }
  }

  // --- deliverables ------------------------------------------------------------------------

  private void deliverable(Deliverable d, String path, int priorityAction) {
    Timescale timescale = d.timescale().map(timescales::parse).orElse(null);
    LocalDate due =
        d.due()
            .or(() -> Optional.ofNullable(timescale).flatMap(Timescale::due))
            .orElse(null);
    deliverables.add(
        new DeliverableFact(
            place(path),
            d,
            priorityAction,
            meaningfulCount(d.owners()),
            meaningfulCount(d.impactMeasures()),
            timescale,
            due,
            Normalise.key(d.description())));
  }

  private List<DuplicateGroup> duplicates() {
    Map<String, List<DeliverableFact>> byKey = new LinkedHashMap<>();
    Map<String, List<DeliverableFact>> byId = new LinkedHashMap<>();
    for (DeliverableFact d : deliverables) {
      if (!d.key().isEmpty()) {
        byKey.computeIfAbsent(d.key(), k -> new ArrayList<>()).add(d);
      }
      if (d.id() != null) {
        byId.computeIfAbsent(d.id(), k -> new ArrayList<>()).add(d);
      }
    }
    List<DuplicateGroup> groups = new ArrayList<>();
    byKey.forEach((k, v) -> {
      if (v.size() > 1) {
        groups.add(new DuplicateGroup(DuplicateGroup.Kind.DESCRIPTION, k, List.copyOf(v)));
      }
    });
    byId.forEach((k, v) -> {
      if (v.size() > 1) {
        groups.add(new DuplicateGroup(DuplicateGroup.Kind.ID, k, List.copyOf(v)));
      }
    });
    return groups;
  }

  // --- indicators with figures -------------------------------------------------------------

  private void indicator(Indicator i, String path) {
    int pa = i.priorityAction().orElse(0);
    if (pa > 0) {
      addressed.add(pa);
    }
    if (i.isNational()) {
      measureUse(i.name(), path, pa, true);
    }
    Recognisers.Recognition<Recognisers.PlacedMeasure> r = measureOf(i.name());
    Direction desired = r.recognised() ? r.payload().measure().direction() : null;
    String measureText = r.recognised() ? r.payload().measure().text() : null;
    Set<FinancialYear> years = new HashSet<>();
    i.baseline().flatMap(Figure::period).ifPresent(years::add);
    i.results().forEach(f -> f.period().ifPresent(years::add));
    indicators.add(
        new IndicatorFact(
            place(path),
            i,
            i.baseline().flatMap(Figure::value).isPresent(),
            i.target().map(Target::isStated).orElse(false),
            desired,
            measureText,
            Set.copyOf(years),
            movingAway(i)));
  }

  /** Whether the latest result lies further from the target than the baseline did. */
  static boolean movingAway(Indicator i) {
    Optional<BigDecimal> baseline = i.baseline().flatMap(Figure::value);
    Optional<Target> target = i.target();
    if (baseline.isEmpty() || target.isEmpty() || !target.get().isStated()) {
      return false;
    }
    Optional<FinancialYear> baseYear = i.baseline().flatMap(Figure::period);
    Optional<BigDecimal> latest =
        i.results().stream()
            .filter(f -> f.value().isPresent() && f.period().isPresent())
            .filter(f -> baseYear.map(b -> f.period().get().compareTo(b) > 0).orElse(true))
            .max(Comparator.comparing(f -> f.period().get()))
            .flatMap(Figure::value);
    if (latest.isEmpty()) {
      return false;
    }
    int change = latest.get().compareTo(baseline.get());
    if (target.get().direction().isPresent()) {
      return target.get().direction().get() == Direction.INCREASE ? change < 0 : change > 0;
    }
    BigDecimal goal = target.get().value().orElseThrow();
    return latest.get().subtract(goal).abs().compareTo(baseline.get().subtract(goal).abs()) > 0;
  }

  private List<ReportingYear> reportingYears(LocalDate asOf) {
    List<ReportingYear> years = new ArrayList<>();
    if (plan.period().isEmpty() || !plan.period().get().isWellFormed()) {
      return years;
    }
    var period = plan.period().get();
    for (FinancialYear y = FinancialYear.containing(period.start());
        !y.end().isAfter(period.end()) && y.end().isBefore(asOf);
        y = y.next()) {
      if (!y.start().isBefore(period.start())) {
        years.add(new ReportingYear(y));
      }
    }
    return years;
  }

  // --- the framework's side ----------------------------------------------------------------

  private List<NationalMeasure> nationalMeasures() {
    Set<String> used = new HashSet<>();
    for (MeasureUse m : measureUses) {
      if (m.recognised()) {
        used.add(m.priorityAction() + "|" + m.measureId());
      }
    }
    List<NationalMeasure> out = new ArrayList<>();
    for (NationalOutcome o : edition.outcomes()) {
      int pa = o.priorityAction().orElse(0);
      if (pa == 0) {
        continue;
      }
      o.indicator()
          .ifPresent(
              ind -> ind.measures().forEach(
                  m -> out.add(new NationalMeasure(pa, m, used.contains(pa + "|" + m.id())))));
    }
    return out;
  }

  private List<EvidenceFact> evidenceFacts() {
    Set<String> used = new HashSet<>();
    for (LocalIndicatorFact li : localIndicators) {
      if (!li.placeholder()) {
        evidenceOf(li.text()).ifPresent(e -> used.add(li.priorityAction() + "|" + e.id()));
      }
    }
    List<EvidenceFact> out = new ArrayList<>();
    for (EvidenceItem item : edition.evidence()) {
      out.add(new EvidenceFact(item.priorityAction(), item,
          used.contains(item.priorityAction() + "|" + item.id())));
    }
    return out;
  }

  private List<PriorityActionFact> priorityActionFacts() {
    List<PriorityActionFact> out = new ArrayList<>();
    boolean planWide = meaningful(plan.outcomesAssessment());
    for (PriorityAction pa : edition.priorityActions()) {
      int n = pa.number();
      int index = -1;
      for (int i = 0; i < plan.priorityActions().size(); i++) {
        if (plan.priorityActions().get(i).number() == n) {
          index = i;
        }
      }
      Optional<PriorityActionResponse> section = plan.priorityAction(n);
      String outcome = edition.outcomeFor(n).map(NationalOutcome::text).orElse(null);
      out.add(
          new PriorityActionFact(
              n,
              pa.aim(),
              pa.text(),
              outcome,
              place(index >= 0 ? "/priorityActions/" + index : "/priorityActions"),
              index >= 0,
              addressed.contains(n),
              section.map(s -> s.localIndicators().size()).orElse(0),
              planWide || section.map(s -> meaningful(s.assessment())).orElse(false),
              planWide || section.flatMap(PriorityActionResponse::prioritised).isPresent()));
    }
    return out;
  }
}
