package org.cjoip.rules.report;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.rules.AimCoverage;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.Severity;

/**
 * An assessment as text for a terminal: a header, then the findings grouped by aim and priority
 * action, each quoting the plan's words and placed by {@code file:line:column} (a plan built in
 * code, with no text, by its JSON Pointer), wrapped to fit 100 columns; waived findings come
 * last, apart, with their reasons. Colour is added only when asked for (the CLI asks when it
 * writes to a terminal), and never carries meaning alone: every finding also names its
 * severity in words.
 */
public final class TextReport {

  /** The widest line the report writes. */
  public static final int WIDTH = 100;

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";

  private final boolean colour;
  private final Severity least;

  private TextReport(boolean colour, Severity least) {
    this.colour = colour;
    this.least = least;
  }

  /** The report of every finding. */
  public static String write(Assessment a, boolean colour) {
    return write(a, colour, Severity.INFO);
  }

  /**
   * The report of the findings at or above a severity; the header still counts them all and
   * says what is left out.
   */
  public static String write(Assessment a, boolean colour, Severity least) {
    return new TextReport(colour, least).render(a);
  }

  private String render(Assessment a) {
    StringBuilder out = new StringBuilder();
    wrap(out, bold(a.plan().title()), "", "");
    wrap(out, "Partnership: " + a.plan().partnership().name(), "", "  ");
    String period =
        a.plan().period().map(p -> p.start() + " to " + p.end()).orElse("not stated");
    wrap(out, "Period: " + period, "", "  ");
    wrap(out, "As of: " + a.asOf(), "", "  ");
    String edition = "Framework: " + a.edition() + " (" + a.editionTitle() + ")";
    if (a.editionOverridden()) {
      edition += "; the plan declares " + a.declaredEdition();
    }
    wrap(out, edition, "", "  ");
    String rules = a.ruleSets().isEmpty() ? a.rulesetVersion()
        : String.join(", ", a.ruleSets().stream().map(Object::toString).toList());
    wrap(out, "Source: " + a.source(), "", "  ");
    wrap(out, "Rules: " + rules + "; cjoip " + a.libraryVersion(), "", "  ");
    a.configurationSha256().ifPresent(sha -> wrap(out, "Configuration: sha256:" + sha
        + "; waivers applied: " + a.waiversApplied().size(), "", "  "));
    out.append(summary(a)).append('\n');
    if (least != Severity.INFO) {
      wrap(out, "Showing findings at " + least + " or above.", "", "  ");
    }
    out.append('\n');

    Map<Integer, Integer> aimOf = new LinkedHashMap<>();
    for (PriorityActionCoverage c : a.coverage()) {
      aimOf.put(c.number(), c.aim());
    }
    List<Finding> general = new ArrayList<>();
    List<Finding> waived = new ArrayList<>();
    Map<Integer, List<Finding>> byAction = new LinkedHashMap<>();
    for (Finding f : a.findings()) {
      if (!f.severity().isAtLeast(least)) {
        continue;
      }
      if (f.isWaived()) {
        waived.add(f);
        continue;
      }
      Optional<Integer> pa = f.priorityAction();
      if (pa.isPresent() && aimOf.containsKey(pa.get())) {
        byAction.computeIfAbsent(pa.get(), k -> new ArrayList<>()).add(f);
      } else {
        general.add(f);
      }
    }
    if (!general.isEmpty()) {
      out.append(bold("The plan as a whole")).append('\n');
      general.forEach(f -> finding(out, a, f, "  "));
      out.append('\n');
    }
    for (AimCoverage aim : a.aims()) {
      boolean any = aim.priorityActions().stream().anyMatch(byAction::containsKey);
      if (!any) {
        continue;
      }
      wrap(out, bold("Aim " + aim.number() + ": " + aim.text()), "", "  ");
      for (int pa : aim.priorityActions()) {
        List<Finding> findings = byAction.get(pa);
        if (findings == null) {
          continue;
        }
        PriorityActionCoverage c = a.coverageOf(pa);
        out.append("  ").append(bold("Priority action " + pa)).append(" — ")
            .append(c.addressed() ? "addressed" : a.coverageOf(pa).setAside()
                ? "not a priority" : "not addressed").append(", ")
            .append(c.deliverables())
            .append(c.deliverables() == 1 ? " deliverable" : " deliverables")
            .append(c.overdue() > 0 ? ", " + c.overdue() + " overdue" : "").append('\n');
        findings.forEach(f -> finding(out, a, f, "    "));
      }
      out.append('\n');
    }
    if (!waived.isEmpty()) {
      out.append(bold("Waived (" + waived.size() + ")")).append(" — accepted for now, not"
          + " counted above\n");
      waived.forEach(f -> finding(out, a, f, "  "));
      out.append('\n');
    }
    if (a.findings().isEmpty()) {
      out.append("No findings.\n");
    }
    return out.toString();
  }

  private String summary(Assessment a) {
    List<String> parts = new ArrayList<>();
    for (Severity s : Severity.values()) {
      int n = a.counts().get(s);
      String word = switch (s) {
        case ERROR -> n == 1 ? "error" : "errors";
        case WARNING -> n == 1 ? "warning" : "warnings";
        case INFO -> "info";
      };
      parts.add(n + " " + word);
    }
    int waived = a.waivedCount();
    return "Findings: " + String.join(", ", parts)
        + (waived > 0 ? "; " + waived + " waived, counted apart" : "");
  }

  /**
   * Where a finding stands, as a reader finds it: {@code plan.yaml:41:7} and the deliverable
   * it is about; a plan without text is placed by its JSON Pointer.
   */
  static String where(Assessment a, Finding f) {
    return place(a, f).orElse(f.path().isEmpty() ? "(plan)" : f.path())
        + f.deliverable().map(d -> "  deliverable " + d).orElse("");
  }

  /**
   * The finding's place in the document as written: {@code plan.xlsx: Deliverables!E12} or
   * {@code plan.yaml:41:7}; empty for a plan built in code.
   */
  static Optional<String> place(Assessment a, Finding f) {
    if (f.cell().isPresent()) {
      return Optional.of(a.source() + ": " + f.cell().get());
    }
    return f.line() > 0 ? Optional.of(a.source() + ":" + f.line() + ":" + f.column())
        : Optional.empty();
  }

  private void finding(StringBuilder out, Assessment a, Finding f, String indent) {
    String label = String.format("%-7s", f.severity().name());
    String head = indent + paint(f.severity(), label) + " " + f.ruleId() + "  " + where(a, f);
    out.append(head).append('\n');
    String inner = indent + "        ";
    wrap(out, f.message(), inner, inner);
    f.suggestion().ifPresent(s -> wrap(out, "Suggestion: " + s, inner, inner + "  "));
    f.waiver().ifPresent(w -> wrap(out, "Waived: " + w.reason()
        + w.expires().map(e -> " (until " + e + ")").orElse(""), inner, inner + "  "));
  }

  private String paint(Severity s, String text) {
    if (!colour) {
      return text;
    }
    String code = switch (s) {
      case ERROR -> "\u001b[31m";
      case WARNING -> "\u001b[33m";
      case INFO -> "\u001b[36m";
    };
    return code + text + RESET;
  }

  private String bold(String text) {
    return colour ? BOLD + text + RESET : text;
  }

  /** Appends the text wrapped at word boundaries so no line is wider than {@link #WIDTH}. */
  static void wrap(StringBuilder out, String text, String first, String rest) {
    String indent = first;
    StringBuilder line = new StringBuilder(indent);
    int visible = indent.length();
    for (String word : text.split(" ")) {
      if (word.isEmpty()) {
        continue;
      }
      int len = visibleLength(word);
      if (visible > indent.length() && visible + 1 + len > WIDTH) {
        out.append(line).append('\n');
        indent = rest;
        line = new StringBuilder(indent);
        visible = indent.length();
      }
      while (visible + len > WIDTH && len > WIDTH - indent.length()) {
        // A word longer than a line (a long path or address): break it hard.
        int room = WIDTH - visible;
        line.append(word, 0, room);
        out.append(line).append('\n');
        word = word.substring(room);
        len = word.length();
        indent = rest;
        line = new StringBuilder(indent);
        visible = indent.length();
      }
      if (visible > indent.length()) {
        line.append(' ');
        visible++;
      }
      line.append(word);
      visible += len;
    }
    out.append(line).append('\n');
  }

  private static int visibleLength(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }
}
