package org.cjoip.rules.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.MissingNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.Unit;
import org.cjoip.rules.AimCoverage;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.GivenReturn;
import org.cjoip.rules.MeasureFigure;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.ReturnSummary;
import org.cjoip.rules.Severity;

/**
 * The HTML report's model: plain maps, lists, strings and numbers the templates read. All
 * wording decisions that depend on data are made here; the templates only lay them out.
 */
final class HtmlView {

  /** The rule that reports a priority action the plan does not address. */
  private static final String NOT_ADDRESSED_RULE = "CJ-COV-001";

  private HtmlView() {}

  static Map<String, Object> document(List<Assessment> assessments, Frameworks frameworks) {
    boolean several = assessments.size() > 1;
    List<Map<String, Object>> plans = new ArrayList<>();
    for (int i = 0; i < assessments.size(); i++) {
      Assessment a = assessments.get(i);
      Optional<Edition> edition = frameworks.find(a.edition());
      plans.add(plan(a, edition, "p" + (i + 1), several ? 2 : 1));
    }
    String title = several
        ? "Assessment of " + assessments.size()
            + (assessments.stream().allMatch(a -> a.annualReturn().isPresent())
                ? " annual returns" : " community justice plans")
        : "Assessment: " + assessments.get(0).annualReturn()
            .map(r -> "annual return for " + r.reportingYear() + " of "
                + assessments.get(0).plan().partnership().name())
            .orElse(assessments.get(0).plan().title());
    return map("title", title, "several", several, "plans", plans);
  }

  private static Map<String, Object> plan(
      Assessment a, Optional<Edition> edition, String id, int level) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("id", id);
    m.put("h", List.of(level, level + 1, level + 2, level + 3));
    m.put("title", a.annualReturn().map(ReturnSummary::title).orElse(a.plan().title()));
    m.put("annualReturn", a.annualReturn().map(r -> annualReturn(a, r)).orElse(null));
    List<String> returns = TextReport.returnsGiven(a);
    m.put("returns", returns.isEmpty() ? null : String.join("; ", returns));
    m.put("returnsUsed", a.returns().stream().filter(GivenReturn::used).count());
    m.put("partnership", a.plan().partnership().name());
    m.put("authorities", String.join(", ", a.plan().partnership().localAuthorities()));
    m.put("period", a.plan().period().map(p -> p.start() + " to " + p.end()).orElse(null));
    m.put("asOf", a.asOf().toString());
    m.put("edition", a.edition());
    m.put("editionTitle", a.editionTitle());
    m.put("declaredEdition", a.editionOverridden() ? a.declaredEdition() : null);
    m.put("source", a.source());
    m.put("rules", a.ruleSets().isEmpty() ? a.rulesetVersion()
        : String.join(", ", a.ruleSets().stream().map(Object::toString).toList()));
    m.put("library", a.libraryVersion());
    m.put("configuration", a.configurationSha256().orElse(null));
    m.put("disabled", String.join(", ", a.disabledRules()));
    m.put("counts", counts(a));
    m.put("total", a.findings().size() - a.waivedCount());
    m.put("waived", a.waivedCount());
    // Each action's "Addressed" mark, made once for the matrix and its legend.
    Map<Integer, Map<String, Object>> addressed = new LinkedHashMap<>();
    a.coverage().forEach(c -> addressed.put(c.number(), addressedMark(a, c)));
    m.put("aims", matrix(a, edition, addressed));
    // The legend explains the neutral "No" marks only on a page that shows one.
    m.put("unaddressedUnreported", addressed.values().stream().map(mark -> mark.get("kind"))
        .anyMatch(kind -> kind.equals("waived") || kind.equals("unchecked")));
    m.putAll(findings(a, edition));
    m.put("timeline", Timeline.of(a));
    m.put("indicators", IndicatorCharts.of(a.plan()));
    return m;
  }

  private static Map<String, Object> annualReturn(Assessment a, ReturnSummary r) {
    List<Map<String, Object>> figures = new ArrayList<>();
    for (MeasureFigure f : r.figures()) {
      String text = switch (f.state()) {
        case REPORTED -> f.value().map(v -> v.toPlainString()).orElse("given")
            + f.unit().map(u -> u == Unit.PERCENT ? "%" : u == Unit.RATE ? " (rate)" : "")
                .orElse("");
        case SUPPRESSED -> "suppressed (too few to publish)";
        case UNAVAILABLE -> "unavailable";
        case MISSING -> "missing";
      };
      figures.add(map("action", f.priorityAction(), "measure", f.measureId(),
          "state", f.state().name().toLowerCase(Locale.ROOT), "text", text));
    }
    String counts = TextReport.figures(r) + ".";
    return map("year", r.reportingYear().toString(), "plan", a.plan().title(),
        "planSource", r.planSource(), "earlier", String.join(", ", r.earlierSources()),
        "figures", figures, "counts", counts);
  }

  private static List<Map<String, Object>> counts(Assessment a) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (Severity s : Severity.values()) {
      int n = a.counts().get(s);
      out.add(map("severity", severity(s), "n", n, "word", plural(s, n)));
    }
    return out;
  }

  private static String plural(Severity s, int n) {
    return switch (s) {
      case ERROR -> n == 1 ? "error" : "errors";
      case WARNING -> n == 1 ? "warning" : "warnings";
      case INFO -> "info";
    };
  }

  private static List<Map<String, Object>> matrix(Assessment a, Optional<Edition> edition,
      Map<Integer, Map<String, Object>> addressed) {
    List<Map<String, Object>> aims = new ArrayList<>();
    for (AimCoverage aim : a.aims()) {
      List<Map<String, Object>> actions = new ArrayList<>();
      for (int n : aim.priorityActions()) {
        PriorityActionCoverage c = a.coverageOf(n);
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("number", n);
        row.put("text", actionText(edition, n));
        row.put("addressed", addressed.get(n));
        row.put("aside", c.setAside() ? c.setAsideReason().orElse("no reason given") : null);
        row.put("outcome", mark(c.outcomeStatedAndCorrect()));
        row.put("indicator", mark(c.nationalIndicatorUsed()));
        row.put("local", c.localIndicators());
        row.put("placeholders", c.placeholderLocalIndicators());
        row.put("deliverables", c.deliverables());
        row.put("overdue", c.overdue());
        row.put("findings", c.errors() + c.warnings() + c.info());
        row.put("waived", c.waived());
        actions.add(row);
      }
      aims.add(map("number", aim.number(), "text", aim.text(), "addressed", aim.addressed(),
          "of", aim.priorityActions().size(), "actions", actions));
    }
    return aims;
  }

  /**
   * Whether the plan addresses the action, marked as a failure only where a CJ-COV-001 finding
   * that no waiver covers says so: a waived or disabled finding is no failure on the board.
   */
  private static Map<String, Object> addressedMark(Assessment a, PriorityActionCoverage c) {
    if (c.addressed()) {
      return mark(Optional.of(true));
    }
    if (c.setAside()) {
      return map("kind", "aside", "icon", "–", "word", "Not a priority");
    }
    List<Finding> about = a.findings().stream()
        .filter(f -> f.ruleId().equals(NOT_ADDRESSED_RULE)
            && f.priorityAction().orElse(0) == c.number())
        .toList();
    if (about.stream().anyMatch(f -> !f.isWaived())) {
      return mark(Optional.of(false));
    }
    return about.isEmpty() ? map("kind", "unchecked", "icon", "–", "word", "No, not checked")
        : map("kind", "waived", "icon", "–", "word", "No, waived");
  }

  /** A matrix mark: yes, no, or not applicable when the framework asks nothing. */
  private static Map<String, Object> mark(Optional<Boolean> value) {
    if (value.isEmpty()) {
      return map("kind", "na", "icon", "–", "word", "n/a");
    }
    return value.get() ? map("kind", "yes", "icon", "✓", "word", "Yes")
        : map("kind", "no", "icon", "✗", "word", "No");
  }

  private static String actionText(Optional<Edition> edition, int n) {
    return edition.flatMap(e -> e.priorityAction(n)).map(PriorityAction::text).orElse(null);
  }

  private static Map<String, Object> findings(Assessment a, Optional<Edition> edition) {
    // Quotes come from the plan's text; a return's findings point into the return, not it.
    JsonNode tree = a.annualReturn().isPresent() ? MissingNode.getInstance()
        : PlanWriter.toTree(a.plan());
    List<Map<String, Object>> general = new ArrayList<>();
    List<Map<String, Object>> waived = new ArrayList<>();
    Map<Integer, List<Map<String, Object>>> byAction = new LinkedHashMap<>();
    for (Finding f : a.findings()) {
      Map<String, Object> view = finding(a, f, tree);
      if (f.isWaived()) {
        waived.add(view);
        continue;
      }
      Optional<Integer> pa = f.priorityAction();
      if (pa.isPresent() && a.coverage().stream().anyMatch(c -> c.number() == pa.get())) {
        byAction.computeIfAbsent(pa.get(), k -> new ArrayList<>()).add(view);
      } else {
        general.add(view);
      }
    }
    List<Map<String, Object>> groups = new ArrayList<>();
    for (AimCoverage aim : a.aims()) {
      List<Map<String, Object>> actions = new ArrayList<>();
      for (int n : aim.priorityActions()) {
        List<Map<String, Object>> list = byAction.get(n);
        if (list == null) {
          continue;
        }
        PriorityActionCoverage c = a.coverageOf(n);
        String status = (c.addressed() ? "addressed" : c.setAside() ? "not a priority"
            : "not addressed") + ", "
            + c.deliverables() + (c.deliverables() == 1 ? " deliverable" : " deliverables")
            + (c.overdue() > 0 ? ", " + c.overdue() + " overdue" : "");
        actions.add(map("number", n, "text", actionText(edition, n), "status", status,
            "findings", list));
      }
      if (!actions.isEmpty()) {
        groups.add(map("number", aim.number(), "text", aim.text(), "actions", actions));
      }
    }
    return map("general", general, "groups", groups, "waivedFindings", waived);
  }

  private static Map<String, Object> finding(Assessment a, Finding f, JsonNode tree) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("severity", severity(f.severity()));
    m.put("rule", f.ruleId());
    m.put("key", f.key());
    m.put("message", f.message());
    m.put("path", f.path());
    m.put("where", TextReport.place(a, f)
        .orElse(f.path().isEmpty() ? "the plan as a whole" : f.path()));
    m.put("action", f.priorityAction().orElse(null));
    m.put("quote", quote(f, tree));
    m.put("deliverable", f.deliverable().orElse(null));
    m.put("suggestion", f.suggestion().orElse(null));
    m.put("source", f.source().orElse(null));
    m.put("waiver", f.waiver().map(w -> w.reason()
        + w.expires().map(e -> " (until " + e + ")").orElse("")).orElse(null));
    return m;
  }

  /**
   * The plan's own words at the finding's place, when the place holds a text the message does
   * not already quote in full.
   */
  private static String quote(Finding f, JsonNode tree) {
    if (f.path().isEmpty()) {
      return null;
    }
    JsonNode node = tree.at(f.path());
    if (!node.isTextual() || node.asText().isBlank() || f.message().contains(node.asText())) {
      return null;
    }
    return node.asText();
  }

  private static Map<String, Object> severity(Severity s) {
    return switch (s) {
      case ERROR -> map("kind", "error", "icon", "✖", "word", "Error");
      case WARNING -> map("kind", "warning", "icon", "▲", "word", "Warning");
      case INFO -> map("kind", "info", "icon", "ℹ", "word", "Info");
    };
  }

  /** A map in the order given; values may be null, which the templates test for. */
  static Map<String, Object> map(Object... keysAndValues) {
    Map<String, Object> m = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      m.put((String) keysAndValues[i], keysAndValues[i + 1]);
    }
    return m;
  }
}
