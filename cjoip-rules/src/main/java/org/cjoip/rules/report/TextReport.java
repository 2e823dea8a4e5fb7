package org.cjoip.rules.report;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.cjoip.model.text.Printable;
import org.cjoip.rules.AimCoverage;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.GivenReturn;
import org.cjoip.rules.MeasureFigure;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.ReturnSummary;
import org.cjoip.rules.Severity;

/**
 * An assessment as text for a terminal: a header, then the findings grouped by aim and priority
 * action, each quoting the plan's words and placed by {@code file:line:column} (a workbook's
 * cell; a plan built in code, with no text, by its JSON Pointer), wrapped to fit 100 columns;
 * waived findings come last, apart, with their reasons. Colour is added only when asked for
 * (the CLI asks when it writes to a terminal), and never carries meaning alone: every finding
 * also names its severity in words.
 *
 * <p>The plan's words are shown with their control characters escaped ({@code \u001b}), with
 * or without colour: a plan may hold escape sequences, and printed raw they would act on the
 * reader's terminal. The report is written as it is made, one finding at a time.
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
    StringBuilder out = new StringBuilder();
    try {
      write(a, colour, least, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** Writes the report as it goes: however many findings, one is held as text at a time. */
  public static void write(Assessment a, boolean colour, Appendable out) throws IOException {
    write(a, colour, Severity.INFO, out);
  }

  /**
   * Writes the report of the findings at or above a severity as it goes: however many
   * findings, one is held as text at a time.
   */
  public static void write(Assessment a, boolean colour, Severity least, Appendable out)
      throws IOException {
    new TextReport(colour, least).render(a, out);
  }

  /**
   * What a plan assessed with its history was assessed with: a line naming the returns used,
   * and one naming those left out, if any; nothing when the plan was assessed alone.
   */
  static List<String> returnsGiven(Assessment a) {
    List<String> lines = new ArrayList<>();
    List<String> used = new ArrayList<>();
    List<String> left = new ArrayList<>();
    for (GivenReturn r : a.returns()) {
      (r.used() ? used : left).add(r.reportingYear() + " (" + r.source() + ")");
    }
    if (!used.isEmpty()) {
      lines.add("With its annual returns for " + String.join(", ", used));
    }
    if (!left.isEmpty()) {
      lines.add("Left out, as their reporting year had not ended by " + a.asOf() + ": "
          + String.join(", ", left));
    }
    return lines;
  }

  /** Document text made safe to print: its control characters shown escaped. */
  private static String safe(String text) {
    return Printable.escape(text);
  }

  private void render(Assessment a, Appendable to) throws IOException {
    StringBuilder out = new StringBuilder();
    Optional<ReturnSummary> checked = a.annualReturn();
    if (checked.isPresent()) {
      ReturnSummary r = checked.get();
      wrap(out, bold(safe(r.title())), "", "");
      wrap(out, "Annual return for " + r.reportingYear() + " on the plan \""
          + safe(a.plan().title()) + "\" (" + safe(r.planSource()) + ")", "", "  ");
      if (!r.earlierSources().isEmpty()) {
        wrap(out, "Earlier returns: " + safe(String.join(", ", r.earlierSources())), "", "  ");
      }
    } else {
      wrap(out, bold(safe(a.plan().title())), "", "");
      returnsGiven(a).forEach(line -> wrap(out, safe(line), "", "  "));
    }
    wrap(out, "Partnership: " + safe(a.plan().partnership().name()), "", "  ");
    String period =
        a.plan().period().map(p -> p.start() + " to " + p.end()).orElse("not stated");
    wrap(out, "Period: " + period, "", "  ");
    wrap(out, "As of: " + a.asOf(), "", "  ");
    String edition = "Framework: " + safe(a.edition()) + " (" + safe(a.editionTitle()) + ")";
    if (a.editionOverridden()) {
      edition += "; the plan declares " + safe(a.declaredEdition());
    }
    wrap(out, edition, "", "  ");
    String rules = a.ruleSets().isEmpty() ? a.rulesetVersion()
        : String.join(", ", a.ruleSets().stream().map(Object::toString).toList());
    wrap(out, "Source: " + safe(a.source()), "", "  ");
    wrap(out, "Rules: " + safe(rules) + "; cjoip " + safe(a.libraryVersion()), "", "  ");
    a.configurationSha256().ifPresent(sha -> wrap(out, "Configuration: sha256:" + sha
        + "; waivers applied: " + a.waiversApplied().size(), "", "  "));
    if (!a.disabledRules().isEmpty()) {
      wrap(out, "Rules turned off: " + safe(String.join(", ", a.disabledRules()))
          + " (checks not made, so no findings of theirs)", "", "  ");
    }
    out.append(summary(a)).append('\n');
    checked.ifPresent(r -> wrap(out, figures(r), "", "  "));
    if (least != Severity.INFO) {
      wrap(out, "Showing findings at " + least + " or above.", "", "  ");
    }
    out.append('\n');
    to.append(out);
    out.setLength(0);

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
    if (checked.isPresent()) {
      // A return's findings by priority action: the plan's coverage is not repeated here.
      general.addAll(byAction.values().stream().flatMap(List::stream).toList());
      byAction.clear();
      Map<Integer, List<Finding>> sorted = new TreeMap<>();
      for (Finding f : List.copyOf(general)) {
        if (f.priorityAction().isPresent()) {
          sorted.computeIfAbsent(f.priorityAction().get(), k -> new ArrayList<>()).add(f);
          general.remove(f);
        }
      }
      section(to, a, "The return as a whole", general);
      for (Map.Entry<Integer, List<Finding>> e : sorted.entrySet()) {
        section(to, a, "Priority action " + e.getKey(), e.getValue());
      }
      general.clear();
    }
    if (!general.isEmpty()) {
      to.append(bold("The plan as a whole")).append('\n');
      for (Finding f : general) {
        finding(to, a, f, "  ");
      }
      to.append('\n');
    }
    for (AimCoverage aim : a.aims()) {
      boolean any = aim.priorityActions().stream().anyMatch(byAction::containsKey);
      if (!any) {
        continue;
      }
      wrap(out, bold("Aim " + aim.number() + ": " + safe(aim.text())), "", "  ");
      for (int pa : aim.priorityActions()) {
        List<Finding> findings = byAction.get(pa);
        if (findings == null) {
          continue;
        }
        PriorityActionCoverage c = a.coverageOf(pa);
        out.append("  ").append(bold("Priority action " + pa)).append(" — ")
            .append(c.addressed() ? "addressed" : c.setAside() ? "not a priority"
                : "not addressed").append(", ")
            .append(c.deliverables())
            .append(c.deliverables() == 1 ? " deliverable" : " deliverables")
            .append(c.overdue() > 0 ? ", " + c.overdue() + " overdue" : "").append('\n');
        to.append(out);
        out.setLength(0);
        for (Finding f : findings) {
          finding(to, a, f, "    ");
        }
      }
      to.append('\n');
    }
    if (!waived.isEmpty()) {
      to.append(bold("Waived (" + waived.size() + ")")).append(" — accepted for now, not"
          + " counted above\n");
      for (Finding f : waived) {
        finding(to, a, f, "  ");
      }
      to.append('\n');
    }
    if (a.findings().isEmpty()) {
      to.append("No findings.\n");
    }
  }

  private void section(Appendable to, Assessment a, String heading, List<Finding> findings)
      throws IOException {
    if (findings.isEmpty()) {
      return;
    }
    to.append(bold(heading)).append('\n');
    for (Finding f : findings) {
      finding(to, a, f, "  ");
    }
    to.append('\n');
  }

  /** The national measures' figures of a return, counted by state. */
  static String figures(ReturnSummary r) {
    Map<MeasureFigure.State, Integer> n = r.figureCounts();
    return "National measures: " + n.get(MeasureFigure.State.REPORTED) + " reported, "
        + n.get(MeasureFigure.State.SUPPRESSED) + " suppressed, "
        + n.get(MeasureFigure.State.UNAVAILABLE) + " unavailable, "
        + n.get(MeasureFigure.State.MISSING) + " missing";
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
    String root = a.annualReturn().isPresent() ? "(return)" : "(plan)";
    return place(a, f).orElse(f.path().isEmpty() ? root : safe(f.path()))
        + f.deliverable().map(d -> "  deliverable " + safe(d)).orElse("");
  }

  /**
   * The finding's place in the document as written: {@code plan.xlsx: Deliverables!E12} or
   * {@code plan.yaml:41:7}, or {@code cjoip.yaml:12:5} for a waiver's finding; empty for a
   * plan built in code.
   */
  static Optional<String> place(Assessment a, Finding f) {
    String document = safe(a.documentOf(f));
    if (f.cell().isPresent()) {
      return Optional.of(document + ": " + safe(f.cell().get()));
    }
    return f.line() > 0 ? Optional.of(document + ":" + f.line() + ":" + f.column())
        : Optional.empty();
  }

  private void finding(Appendable to, Assessment a, Finding f, String indent)
      throws IOException {
    StringBuilder out = new StringBuilder();
    String label = String.format("%-7s", f.severity().name());
    String head = indent + paint(f.severity(), label) + " " + safe(f.ruleId()) + "  "
        + where(a, f);
    out.append(head).append('\n');
    String inner = indent + "        ";
    wrap(out, safe(f.message()), inner, inner);
    f.suggestion().ifPresent(s -> wrap(out, "Suggestion: " + safe(s), inner, inner + "  "));
    f.waiver().ifPresent(w -> wrap(out, "Waived: " + safe(w.reason())
        + w.expires().map(e -> " (until " + e + ")").orElse(""), inner, inner + "  "));
    to.append(out);
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

  /**
   * Appends the text wrapped at word boundaries so no line is wider than {@link #WIDTH}; a word
   * longer than a line is broken. Takes time in proportion to the text, however long its words.
   */
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
      int from = 0;
      while (visible + len > WIDTH && len > WIDTH - indent.length()) {
        // A word longer than a line (a long path or address): break it hard.
        int room = WIDTH - visible;
        line.append(word, from, from + room);
        out.append(line).append('\n');
        from += room;
        len -= room;
        indent = rest;
        line = new StringBuilder(indent);
        visible = indent.length();
      }
      if (visible > indent.length()) {
        line.append(' ');
        visible++;
      }
      line.append(word, from, word.length());
      visible += len;
    }
    out.append(line).append('\n');
  }

  private static int visibleLength(String s) {
    return s.replaceAll("\u001b\\[[0-9;]*m", "").length();
  }
}
