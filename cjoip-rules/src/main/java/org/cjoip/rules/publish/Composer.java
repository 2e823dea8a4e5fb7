package org.cjoip.rules.publish;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cjoip.model.annualreturn.ActionReport;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.OutcomeReport;
import org.cjoip.model.annualreturn.Progress;
import org.cjoip.model.annualreturn.Result;
import org.cjoip.model.annualreturn.SelfEvaluation;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalIndicator;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.ScalePoint;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Target;
import org.cjoip.model.text.Normalise;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.ReturnSummary;

/**
 * Composes a {@link PublishedReport} from a return, its plan, the earlier returns and the
 * assessment: joins each figure to the plan's indicator and the year before's figure, each
 * progress entry to the plan's deliverable, and lists what the plan or the framework asks for
 * that the return leaves out as not reported.
 */
final class Composer {

  private final AnnualReturn annualReturn;
  private final Optional<AnnualReturn> yearBefore;
  private final Plan plan;
  private final Edition edition;
  private final ReturnSummary summary;

  private Composer(AnnualReturn annualReturn, Optional<AnnualReturn> yearBefore,
      Assessment assessment, Edition edition) {
    this.annualReturn = annualReturn;
    this.yearBefore = yearBefore;
    this.plan = assessment.plan();
    this.edition = edition;
    this.summary = assessment.annualReturn().orElseThrow();
  }

  static PublishedReport compose(ReturnDocument checked, List<ReturnDocument> earlier,
      Assessment assessment, Frameworks frameworks) {
    AnnualReturn r = checked.annualReturn();
    ReturnSummary summary = assessment.annualReturn().orElseThrow(() ->
        new IllegalArgumentException("the assessment is of a plan, not of an annual return"));
    if (!assessment.source().equals(checked.source())
        || !summary.reportingYear().equals(r.reportingYear())
        || !summary.title().equals(r.title())) {
      throw new IllegalArgumentException("the assessment is of " + assessment.source() + " ("
          + summary.reportingYear() + "), not of " + checked.source() + " ("
          + r.reportingYear() + ")");
    }
    Edition edition = frameworks.find(assessment.edition()).orElseThrow(() ->
        new IllegalArgumentException("the frameworks do not hold the edition "
            + assessment.edition() + " the return was checked against"));
    Optional<AnnualReturn> before = Optional.empty();
    if (r.reportingYear().startYear() > FinancialYear.MIN_START_YEAR) {
      FinancialYear previous = r.reportingYear().previous();
      before = earlier.stream().map(ReturnDocument::annualReturn)
          .filter(e -> e.reportingYear().equals(previous)).findFirst();
    }
    Composer c = new Composer(r, before, assessment, edition);
    return PublishedReport.builder()
        .title(r.title())
        .partnership(r.partnership().name())
        .localAuthorities(r.partnership().localAuthorities())
        .reportingYear(r.reportingYear())
        .planTitle(c.plan.title())
        .planPeriod(c.plan.period())
        .editionTitle(edition.title())
        .signOff(r.signOff())
        .submitted(r.submitted())
        .published(r.published())
        .sections(c.sections())
        .achievements(r.achievements())
        .challenges(r.challenges())
        .nextSteps(r.nextSteps())
        .consultation(r.consultation())
        .governance(r.governance())
        .source(checked.source())
        .checkedAsOf(assessment.asOf())
        .findings(assessment.findings())
        .build();
  }

  private List<ReportSection> sections() {
    List<ReportSection> out = new ArrayList<>();
    List<Integer> order = new ArrayList<>();
    edition.priorityActions().forEach(pa -> order.add(pa.number()));
    // An action the edition does not list still gets its section, after the edition's.
    annualReturn.priorityActions().stream().map(ActionReport::number)
        .filter(n -> !order.contains(n)).sorted().forEach(order::add);
    for (int n : order) {
      annualReturn.priorityAction(n).ifPresent(a -> out.add(section(a)));
    }
    for (OutcomeReport o : annualReturn.outcomes()) {
      out.add(section(o));
    }
    return out;
  }

  private ReportSection section(ActionReport a) {
    int n = a.number();
    Optional<PriorityActionResponse> planned = plan.priorityAction(n);
    List<Indicator> indicators = plan.indicators().stream()
        .filter(i -> i.priorityAction().orElse(n) == n).toList();
    // The report asks for the measures the assessment gives a row, those of addressed actions.
    Map<Measure, Boolean> measures = new LinkedHashMap<>();
    edition.outcomeFor(n).flatMap(NationalOutcome::indicator).map(NationalIndicator::measures)
        .orElse(List.of())
        .forEach(m -> measures.put(m, summary.figures().stream()
            .anyMatch(f -> f.priorityAction() == n && f.measureId().equals(m.id()))));
    Figures figures = new Figures(measures,
        planned.map(PriorityActionResponse::localIndicators).orElse(List.of()), indicators,
        yearBefore.flatMap(b -> b.priorityAction(n)).map(ActionReport::results));
    a.results().forEach(figures::reported);
    List<Deliverable> deliverables = planned.map(PriorityActionResponse::deliverables)
        .orElse(List.of());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < deliverables.size(); i++) {
      ids.add(Progress.idOf(planned.orElseThrow(), i));
    }
    String text = edition.priorityAction(n).map(PriorityAction::text).orElse(null);
    return ReportSection.builder()
        .priorityAction(n)
        .heading("Priority action " + n + (text == null ? "" : ": " + text))
        .outcome(edition.outcomeFor(n).map(NationalOutcome::text))
        .actionTaken(a.actionTaken())
        .selfEvaluation(a.selfEvaluation().map(this::selfEvaluation))
        .figures(figures.lines())
        .deliverables(deliverables(a.deliverables(), deliverables, ids))
        .build();
  }

  private ReportSection section(OutcomeReport o) {
    Optional<StatedOutcome> stated = statedOutcome(o.outcome());
    List<Indicator> indicators = plan.indicators().stream()
        .filter(i -> i.priorityAction().isEmpty()).toList();
    Optional<List<Result>> before = yearBefore.flatMap(b -> b.outcomes().stream()
        .filter(e -> statedOutcome(e.outcome()).equals(stated) && stated.isPresent()
            || Normalise.key(e.outcome()).equals(Normalise.key(o.outcome())))
        .findFirst()).map(OutcomeReport::results);
    Figures figures = new Figures(Map.of(),
        stated.map(StatedOutcome::indicators).orElse(List.of()), indicators, before);
    o.results().forEach(figures::reported);
    List<Deliverable> deliverables = stated.map(StatedOutcome::deliverables).orElse(List.of());
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < deliverables.size(); i++) {
      ids.add(Progress.idOf(stated.orElseThrow(), i));
    }
    String heading = stated.map(s -> (s.national().orElse(false) ? "National outcome"
            : "Local outcome") + s.id().map(id -> " " + id).orElse("") + ": " + s.text())
        .orElse("Outcome: " + o.outcome());
    return ReportSection.builder()
        .heading(heading)
        .outcome(stated.map(StatedOutcome::text))
        .actionTaken(o.actionTaken())
        .figures(figures.lines())
        .deliverables(deliverables(o.deliverables(), deliverables, ids))
        .build();
  }

  /** The plan's outcome stated outside a priority action that a return names: id, else words. */
  private Optional<StatedOutcome> statedOutcome(String reference) {
    for (StatedOutcome s : plan.outcomes()) {
      if (s.id().filter(reference::equals).isPresent()) {
        return Optional.of(s);
      }
    }
    String key = Normalise.key(reference);
    return plan.outcomes().stream()
        .filter(s -> s.id().isEmpty() && Normalise.key(s.text()).equals(key)).findFirst();
  }

  private String selfEvaluation(SelfEvaluation e) {
    String label = edition.scale().stream().filter(p -> p.value() == e.score())
        .map(ScalePoint::label).findFirst().map(l -> " (" + l + ")").orElse("");
    return e.score() + label
        + (e.evidence().isEmpty() ? "" : "; evidence: " + String.join("; ", e.evidence()));
  }

  /**
   * The progress entries joined to the plan's deliverables they name, then the plan's
   * deliverables no entry names, as not reported.
   */
  private static List<ReportedDeliverable> deliverables(List<Progress> entries,
      List<Deliverable> planned, List<String> ids) {
    // By the id a return gives each: the plan's id, else its place; the first of a repeat.
    Map<String, Deliverable> byId = new HashMap<>();
    for (int i = 0; i < planned.size(); i++) {
      byId.putIfAbsent(ids.get(i), planned.get(i));
    }
    Set<Deliverable> named = Collections.newSetFromMap(new IdentityHashMap<>());
    List<ReportedDeliverable> out = new ArrayList<>();
    for (Progress p : entries) {
      Deliverable d = byId.get(p.id());
      if (d != null) {
        named.add(d);
      }
      out.add(ReportedDeliverable.builder()
          .id(p.id())
          .description(Optional.ofNullable(d).map(Deliverable::description))
          .due(Optional.ofNullable(d).flatMap(Deliverable::due))
          .status(p.status())
          .completed(p.completed())
          .revisedDue(p.revisedDue())
          .revisionReason(p.revisionReason())
          .progress(p.progress())
          .build());
    }
    for (int i = 0; i < planned.size(); i++) {
      Deliverable d = planned.get(i);
      if (!named.contains(d)) {
        out.add(ReportedDeliverable.builder()
            .id(ids.get(i))
            .description(d.description())
            .due(d.due())
            .build());
      }
    }
    return out;
  }

  /**
   * One indicator a section's figures may name: a national measure of the action, a local
   * indicator, or an indicator the plan gives figures for; the same indicator once, with the
   * plan's figures where the plan has them.
   */
  private static final class Entry {
    final String text;
    final Measure measure;
    Indicator planned;
    /** Whether the report lists it as not reported when the return gives no figure for it. */
    boolean asked;
    boolean given;

    Entry(String text, Measure measure, Indicator planned, boolean asked) {
      this.text = text;
      this.measure = measure;
      this.planned = planned;
      this.asked = asked;
    }
  }

  /** The figure lines of one section: the return's figures, then what it leaves out. */
  private final class Figures {
    private final List<Entry> entries = new ArrayList<>();
    private Wordings<Entry> words;
    private final Optional<Map<Entry, Result>> before;
    private final List<ReportedFigure> lines = new ArrayList<>();

    /**
     * @param measures the action's national measures, each with whether the report asks for
     *     its figure
     * @param local the section's indicators as the plan words them, each asked for
     * @param planned the plan's indicators with figures that the section's figures may name
     * @param before the return's figures for the year before, when that return was given
     */
    Figures(Map<Measure, Boolean> measures, List<String> local, List<Indicator> planned,
        Optional<List<Result>> before) {
      Wordings<Measure> measureWords = Wordings.of(List.copyOf(measures.keySet()),
          Measure::text);
      measures.forEach((m, asked) -> entries.add(new Entry(m.text(), m, null, asked)));
      for (Indicator i : planned) {
        // A plan's indicator that is a national measure is that measure, with the plan's figures.
        Optional<Entry> same = measureWords.find(i.name()).flatMap(m -> entries.stream()
            .filter(e -> e.measure == m && e.planned == null).findFirst())
            .or(() -> entries.stream().filter(e -> e.planned == null
                && Normalise.key(e.text).equals(Normalise.key(i.name()))).findFirst());
        if (same.isPresent()) {
          same.get().planned = i;
          same.get().asked |= i.priorityAction().isPresent();
        } else {
          entries.add(new Entry(i.name(), null, i, i.priorityAction().isPresent()));
        }
      }
      for (String text : local) {
        String key = Normalise.key(text);
        Optional<Entry> same = entries.stream()
            .filter(e -> Normalise.key(e.text).equals(key)).findFirst();
        if (same.isPresent()) {
          same.get().asked = true;
        } else if (!key.isEmpty()) {
          entries.add(new Entry(text, null, null, true));
        }
      }
      this.words = Wordings.of(entries, e -> e.text);
      this.before = before.map(results -> {
        Map<Entry, Result> byEntry = new IdentityHashMap<>();
        results.forEach(r -> entryOf(r.indicator()).ifPresent(e -> byEntry.putIfAbsent(e, r)));
        return byEntry;
      });
    }

    /** The entry a figure names: a measure by its id, else the entry its words name. */
    private Optional<Entry> entryOf(String indicator) {
      String id = indicator.strip();
      return entries.stream()
          .filter(e -> e.measure != null && e.measure.id().equalsIgnoreCase(id)).findFirst()
          .or(() -> words.find(wording(indicator)));
    }

    /** A measure named by its id ({@code CJPF-M1.2}) has its text; other names are as given. */
    private String wording(String indicator) {
      String id = indicator.strip();
      return edition.measures().stream().filter(m -> m.id().equalsIgnoreCase(id)).findFirst()
          .map(Measure::text).orElse(indicator);
    }

    void reported(Result r) {
      String text = wording(r.indicator());
      Optional<Entry> entry = entryOf(r.indicator());
      entry.ifPresent(e -> e.given = true);
      ReportedFigure.Builder line = ReportedFigure.builder()
          .indicator(text.equals(r.indicator()) ? text : text + " (" + r.indicator().strip() + ")")
          .state(state(r))
          .figure(figure(r))
          .source(r.source());
      against(line, entry);
      lines.add(line.build());
    }

    /** The lines: the figures reported, then each indicator asked for and not reported. */
    List<ReportedFigure> lines() {
      List<ReportedFigure> out = new ArrayList<>(lines);
      for (Entry e : entries) {
        if (e.asked && !e.given) {
          ReportedFigure.Builder line = ReportedFigure.builder()
              .indicator(e.text)
              .state(ReportedFigure.State.NOT_REPORTED)
              .figure(PublishedReport.NOT_REPORTED);
          against(line, Optional.of(e));
          out.add(line.build());
        }
      }
      return out;
    }

    private void against(ReportedFigure.Builder line, Optional<Entry> entry) {
      Optional<Indicator> planned = entry.map(e -> e.planned);
      planned.ifPresent(i -> line
          .baseline(i.baseline().map(f -> figure(f, i.unit())).orElse("none in the plan"))
          .target(i.target().map(t -> target(t, i.unit())).orElse("none in the plan")));
      if (before.isPresent()) {
        line.yearBefore(entry.map(before.get()::get).map(Composer::figure)
            .orElse(PublishedReport.NOT_REPORTED));
      } else if (annualReturn.reportingYear().startYear() > FinancialYear.MIN_START_YEAR) {
        FinancialYear previous = annualReturn.reportingYear().previous();
        planned.flatMap(i -> i.results().stream()
                .filter(f -> f.period().filter(previous::equals).isPresent()).findFirst()
                .map(f -> value(f, i.unit())))
            .ifPresent(line::yearBefore);
      }
    }
  }

  private static ReportedFigure.State state(Result r) {
    if (r.suppressed()) {
      return ReportedFigure.State.SUPPRESSED;
    }
    if (r.value().isPresent()) {
      return ReportedFigure.State.REPORTED;
    }
    return r.unavailable().isPresent() ? ReportedFigure.State.UNAVAILABLE
        : ReportedFigure.State.NOT_REPORTED;
  }

  /** A result's figure as printed; a suppressed one never as a number, even if it has one. */
  static String figure(Result r) {
    if (r.suppressed()) {
      return PublishedReport.SUPPRESSED;
    }
    if (r.value().isPresent()) {
      String out = number(r.value().get(), r.unit());
      if (r.numerator().isPresent() && r.denominator().isPresent()) {
        out += " (" + r.numerator().get().toPlainString() + " of "
            + r.denominator().get().toPlainString() + ")";
      }
      return out;
    }
    return r.unavailable().map(u -> u.isBlank() ? "unavailable" : "unavailable: " + u.strip())
        .orElse(PublishedReport.NOT_REPORTED);
  }

  /** A figure of the plan as printed, with its year: {@code "60 (2021/22)"}. */
  private static String figure(Figure f, Optional<Unit> unit) {
    return value(f, unit) + f.period().map(p -> " (" + p + ")").orElse("");
  }

  /** A figure of the plan as printed: its value, else its words. */
  private static String value(Figure f, Optional<Unit> unit) {
    return f.value().map(v -> number(v, unit)).or(f::text).orElse("none in the plan");
  }

  private static String target(Target t, Optional<Unit> unit) {
    if (!t.isStated()) {
      return t.text().orElse("none in the plan");
    }
    StringBuilder out = new StringBuilder();
    t.direction().ifPresent(d -> out.append(d.name().toLowerCase(Locale.ROOT)));
    t.value().ifPresent(v -> out.append(out.length() > 0 ? " to " : "").append(number(v, unit)));
    t.period().ifPresent(p -> out.append(" by ").append(p));
    return out.toString();
  }

  private static String number(BigDecimal value, Optional<Unit> unit) {
    String n = value.toPlainString();
    return switch (unit.orElse(Unit.COUNT)) {
      case COUNT -> n;
      case PERCENT -> n + "%";
      case RATE -> n + " (rate)";
    };
  }
}
