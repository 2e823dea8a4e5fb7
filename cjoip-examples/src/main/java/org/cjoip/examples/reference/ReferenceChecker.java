package org.cjoip.examples.reference;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Status;
import org.cjoip.model.text.Normalise;
import org.cjoip.model.text.Placeholders;
import org.cjoip.model.time.Timescale;
import org.cjoip.model.time.TimescaleParser;
import org.cjoip.model.wording.Candidate;
import org.cjoip.model.wording.Match;
import org.cjoip.model.wording.MeasureSplitter;
import org.cjoip.model.wording.WordingMatcher;
import org.cjoip.rules.Catalogue;
import org.cjoip.rules.Severity;
import org.cjoip.rules.engine.Thresholds;

/**
 * The core rules in plain Java, straight from the rule catalogue: one pass over the plan, maps
 * instead of pattern matching. It shares the model, the reader, the timescale parser, the
 * placeholder patterns and the wording matcher with the library, and nothing else: not the
 * facts, not the rules. It gives each finding's rule id, severity and place, not its message.
 * Thread-safe.
 */
public final class ReferenceChecker {

  /** The rules it checks. */
  public static final Set<String> RULES = Set.of(
      "CJ-COV-001", "CJ-COV-002", "CJ-COV-003", "CJ-COV-005",
      "CJ-LIND-001", "CJ-LIND-002",
      "CJ-DEL-001", "CJ-DEL-002", "CJ-DEL-003", "CJ-DEL-005", "CJ-DEL-007");

  /** A finding as the reference gives it: rule, severity and JSON Pointer. */
  public record Check(String ruleId, Severity severity, String path) {}

  /** The order checks are listed in: by place (list items by index), then by rule id. */
  public static final Comparator<Check> ORDER =
      Comparator.comparing(Check::path, ReferenceChecker::comparePointers)
          .thenComparing(Check::ruleId)
          .thenComparing(Check::severity);

  private final Frameworks frameworks;
  private final Placeholders placeholders = Placeholders.standard();
  private final TimescaleParser timescales = TimescaleParser.standard();
  private final Map<String, Severity> defaults = new HashMap<>();
  private final int overdueErrorDays;
  private final Map<String, Wording> wordings = new ConcurrentHashMap<>();

  private ReferenceChecker(Frameworks frameworks) {
    this.frameworks = frameworks;
    for (String id : RULES) {
      defaults.put(id, Catalogue.builtIn().get(id).defaultSeverity());
    }
    this.overdueErrorDays = Thresholds.standard().overdueErrorDays();
  }

  /** A checker of plans that declare a bundled edition. */
  public static ReferenceChecker standard() {
    return new ReferenceChecker(Frameworks.bundled());
  }

  /** The checks the plan fails as of a day, in {@link #ORDER}. */
  public List<Check> check(PlanDocument document, LocalDate asOf) {
    return new Run(document, asOf).checks();
  }

  /** One edition's outcomes and national measures as matchers, built once. */
  private static final class Wording {
    final Edition edition;
    final WordingMatcher<Integer> outcomes;
    final WordingMatcher<Integer> measures;

    Wording(Edition edition) {
      this.edition = edition;
      List<Candidate<Integer>> o = new ArrayList<>();
      List<Candidate<Integer>> m = new ArrayList<>();
      for (NationalOutcome outcome : edition.outcomes()) {
        int pa = outcome.priorityAction().orElse(0);
        o.add(Candidate.of(outcome.id(), outcome.text(), pa));
        outcome.indicator().ifPresent(
            i -> i.measures().forEach(x -> m.add(Candidate.of(x.id(), x.text(), pa))));
      }
      this.outcomes = WordingMatcher.of(o);
      this.measures = WordingMatcher.of(m);
    }
  }

  /** One plan's check. */
  private final class Run {
    private final Plan plan;
    private final SourceMap map;
    private final LocalDate asOf;
    private final Wording wording;
    private final List<Check> out = new ArrayList<>();

    Run(PlanDocument document, LocalDate asOf) {
      this.plan = document.plan();
      this.map = document.sourceMap();
      this.asOf = asOf;
      Edition edition = frameworks.get(plan.framework());
      this.wording = wordings.computeIfAbsent(edition.id(), k -> new Wording(edition));
    }

    List<Check> checks() {
      coverage();
      deliverables();
      out.sort(ORDER);
      return List.copyOf(out);
    }

    private void add(String ruleId, String path) {
      out.add(new Check(ruleId, defaults.get(ruleId), path));
    }

    private void add(String ruleId, String path, Severity severity) {
      out.add(new Check(ruleId, severity, path));
    }

    /** The member's pointer, or its deepest ancestor the document has. */
    private String at(String node, String member) {
      return map.deepestExisting(node + "/" + SourceMap.escape(member));
    }

    /** The priority action a text states as its outcome, 0 for none; -1 when unrecognised. */
    private int outcomeOf(String text) {
      if (placeholders.isNationalOutcomePlaceholder(text)) {
        return -1;
      }
      Match<Integer> m = wording.outcomes.match(text);
      return m.verdict() == Match.Verdict.NONE ? -1 : m.candidate().get().payload();
    }

    private void coverage() {
      Edition edition = wording.edition;
      Map<Integer, Integer> sectionIndex = new HashMap<>();
      Set<Integer> addressed = new HashSet<>();
      Set<Integer> stated = new HashSet<>();
      Set<Integer> wrongOutcome = new HashSet<>();
      Map<Integer, Set<String>> usedMeasures = new HashMap<>();
      List<PriorityActionResponse> sections = plan.priorityActions();
      for (int i = 0; i < sections.size(); i++) {
        PriorityActionResponse s = sections.get(i);
        int n = s.number();
        String path = "/priorityActions/" + i;
        sectionIndex.put(n, i);
        boolean content = s.nationalOutcome().isPresent() || !s.nationalIndicators().isEmpty()
            || !s.localIndicators().isEmpty() || !s.deliverables().isEmpty();
        if (content) {
          addressed.add(n);
        }
        if (s.nationalOutcome().isPresent()) {
          int as = outcomeOf(s.nationalOutcome().get());
          if (as >= 0) {
            stated.add(as);
            // CJ-COV-003 judges only the priority actions the edition defines: an edition
            // without them (opif-2016) has no action an outcome could belong to instead.
            if (as != n && edition.priorityAction(n).isPresent()) {
              wrongOutcome.add(n);
              add("CJ-COV-003", path + "/nationalOutcome");
            }
          }
        }
        for (String entry : s.nationalIndicators()) {
          if (!placeholders.isPlaceholder(entry)) {
            for (String measure : MeasureSplitter.split(entry)) {
              use(usedMeasures, n, measure);
            }
          }
        }
        for (int j = 0; j < s.localIndicators().size(); j++) {
          if (placeholders.isPlaceholder(s.localIndicators().get(j))) {
            add("CJ-LIND-002", path + "/localIndicators/" + j);
          }
        }
      }
      for (StatedOutcome o : plan.outcomes()) {
        int as = outcomeOf(o.text());
        if (as >= 0) {
          stated.add(as);
        }
        if (as > 0) {
          addressed.add(as);
        }
        addressed.addAll(o.priorityActions());
      }
      for (Indicator indicator : plan.indicators()) {
        int n = indicator.priorityAction().orElse(0);
        if (n > 0) {
          addressed.add(n);
        }
        if (indicator.isNational()) {
          use(usedMeasures, n, indicator.name());
        }
      }
      for (var pa : edition.priorityActions()) {
        int n = pa.number();
        Integer index = sectionIndex.get(n);
        String section = index == null ? null : "/priorityActions/" + index;
        if (!addressed.contains(n)) {
          boolean setAside = index != null
              && sections.get(index).prioritised().equals(Optional.of(false));
          if (!setAside) {
            add("CJ-COV-001", section == null ? "/priorityActions" : section);
          }
          continue;
        }
        Optional<NationalOutcome> outcome = edition.outcomeFor(n);
        if (outcome.isPresent()) {
          if (!stated.contains(n) && !wrongOutcome.contains(n)) {
            add("CJ-COV-002",
                section == null ? "/priorityActions" : at(section, "nationalOutcome"));
          }
          List<Measure> measures =
              outcome.get().indicator().map(i -> i.measures()).orElse(List.of());
          Set<String> used = usedMeasures.getOrDefault(n, Set.of());
          List<Measure> missing = measures.stream().filter(m -> !used.contains(m.id())).toList();
          if (!missing.isEmpty()) {
            // Catalogue 2: a warning when deliverables of the action quote every missing
            // measure as their impact measure.
            Set<String> quoted = quotedByDeliverables(n);
            boolean allQuoted = missing.stream().allMatch(m -> quoted.contains(m.id()));
            add("CJ-COV-005",
                section == null ? "/priorityActions" : at(section, "nationalIndicators"),
                allQuoted ? Severity.WARNING : defaults.get("CJ-COV-005"));
          }
        }
        int localIndicators = index == null ? 0 : sections.get(index).localIndicators().size();
        if (localIndicators == 0) {
          add("CJ-LIND-001",
              section == null ? "/priorityActions" : at(section, "localIndicators"),
              outcome.isPresent() ? defaults.get("CJ-LIND-001") : Severity.ERROR);
        }
      }
    }

    /** The national measures the impact measures of a priority action's deliverables quote. */
    private Set<String> quotedByDeliverables(int n) {
      List<Deliverable> of = new ArrayList<>();
      plan.priorityActions().stream().filter(s -> s.number() == n)
          .forEach(s -> of.addAll(s.deliverables()));
      for (StatedOutcome o : plan.outcomes()) {
        int as = outcomeOf(o.text());
        int pa = as > 0 ? as : o.priorityActions().isEmpty() ? 0 : o.priorityActions().get(0);
        if (pa == n) {
          of.addAll(o.deliverables());
        }
      }
      Set<String> quoted = new HashSet<>();
      for (Deliverable d : of) {
        for (String text : d.impactMeasures()) {
          Match<Integer> m = placeholders.isPlaceholder(text) ? null
              : wording.measures.match(text);
          if (m != null && m.verdict() == Match.Verdict.EXACT) {
            quoted.add(m.candidate().get().key());
          }
        }
      }
      return quoted;
    }

    /** Records the national measure a text is, under the priority action it is given for. */
    private void use(Map<Integer, Set<String>> used, int priorityAction, String text) {
      Match<Integer> m = wording.measures.match(text);
      if (m.verdict() != Match.Verdict.NONE && m.candidate().get().payload() == priorityAction) {
        used.computeIfAbsent(priorityAction, k -> new HashSet<>()).add(m.candidate().get().key());
      }
    }

    private void deliverables() {
      Map<String, List<String>> byDescription = new LinkedHashMap<>();
      for (int i = 0; i < plan.priorityActions().size(); i++) {
        List<Deliverable> list = plan.priorityActions().get(i).deliverables();
        for (int j = 0; j < list.size(); j++) {
          deliverable(list.get(j), "/priorityActions/" + i + "/deliverables/" + j, byDescription);
        }
      }
      for (int i = 0; i < plan.outcomes().size(); i++) {
        List<Deliverable> list = plan.outcomes().get(i).deliverables();
        for (int j = 0; j < list.size(); j++) {
          deliverable(list.get(j), "/outcomes/" + i + "/deliverables/" + j, byDescription);
        }
      }
      for (List<String> group : byDescription.values()) {
        if (group.size() > 1) {
          group.forEach(path -> add("CJ-DEL-007", at(path, "description")));
        }
      }
    }

    private void deliverable(Deliverable d, String path, Map<String, List<String>> byDescription) {
      if (d.owners().stream().allMatch(placeholders::isPlaceholder)) {
        add("CJ-DEL-001", at(path, "owners"));
      }
      if (d.impactMeasures().stream().allMatch(placeholders::isPlaceholder)) {
        add("CJ-DEL-002", at(path, "impactMeasures"));
      }
      Optional<Timescale> timescale = d.timescale().map(timescales::parse);
      Optional<LocalDate> due = d.due().or(() -> timescale.flatMap(Timescale::due));
      if (due.isEmpty()
          && timescale.map(t -> t.kind() == Timescale.Kind.PLACEHOLDER).orElse(true)) {
        add("CJ-DEL-003", at(path, "timescale"));
      }
      boolean closed = d.status().map(s -> s == Status.COMPLETE || s == Status.DROPPED)
          .orElse(false);
      boolean recurring = timescale.map(Timescale::isRecurringFromDate).orElse(false);
      if (due.isPresent() && due.get().isBefore(asOf) && !closed && !recurring) {
        long days = ChronoUnit.DAYS.between(due.get(), asOf);
        add("CJ-DEL-005", at(path, d.due().isPresent() ? "due" : "timescale"),
            days > overdueErrorDays ? Severity.ERROR : defaults.get("CJ-DEL-005"));
      }
      String key = Normalise.key(d.description());
      if (!key.isEmpty()) {
        byDescription.computeIfAbsent(key, k -> new ArrayList<>()).add(path);
      }
    }
  }

  static int comparePointers(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      int c = compareTokens(x[i], y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }

  private static int compareTokens(String a, String b) {
    boolean na = !a.isEmpty() && a.length() < 10 && a.chars().allMatch(Character::isDigit);
    boolean nb = !b.isEmpty() && b.length() < 10 && b.chars().allMatch(Character::isDigit);
    if (na && nb) {
      return Integer.compare(Integer.parseInt(a), Integer.parseInt(b));
    }
    return a.compareTo(b);
  }
}
