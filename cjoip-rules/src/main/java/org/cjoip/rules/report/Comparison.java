package org.cjoip.rules.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.cjoip.model.text.Normalise;
import org.cjoip.model.text.Printable;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.RuleSetVersion;
import org.cjoip.rules.ScheduledDeliverable;
import org.cjoip.rules.Severity;

/**
 * What changed between two assessments of a plan, say last year's and this year's: the findings
 * that appeared, disappeared or changed, and how the two assessments were made differently
 * (edition, date, rule sets, configuration), since a difference there can explain a difference
 * in findings.
 *
 * <p>Findings are the same finding when they have the same {@linkplain Finding#key() key}: the
 * rule id and the stable names of what the finding is about. Reordering a plan's sections,
 * inserting a deliverable or renumbering others changes no key, so only what is really new
 * appears. A finding that is the same is changed when its severity changed or it was waived or
 * unwaived, and moved when only its place in the document did. A message may be reworded (a
 * date in it moved on, say) without that being a change. Reports written before findings had
 * keys are paired by rule id and place.
 *
 * <p>A deliverable's key carries its id, so a deliverable renumbered with its description
 * unchanged (2.2 becoming 2.3) has its findings disappear under the old id and appear under the
 * new one; the comparison names each such renumbering beside them.
 *
 * @param appeared findings only in the newer assessment, in report order
 * @param disappeared findings only in the older assessment, in report order
 * @param changed findings in both whose severity changed or that were waived or unwaived, in
 *     the newer report's order
 * @param moved findings in both, otherwise unchanged, that stand elsewhere in the document, in
 *     the newer report's order
 * @param renumbered deliverables with the same description under another id, in the newer
 *     plan's order
 * @param madeDifferently how the assessments were made differently, one line each
 * @param older the older assessment, whose documents the disappeared findings are in
 * @param newer the newer assessment, whose documents the other findings are in
 */
public record Comparison(
    List<Finding> appeared,
    List<Finding> disappeared,
    List<Change> changed,
    List<Change> moved,
    List<Renumbering> renumbered,
    List<String> madeDifferently,
    Assessment older,
    Assessment newer) {

  /** A finding present in both assessments that moved, changed severity or waiver, or both. */
  public record Change(Finding before, Finding after) {

    /** Whether its severity differs. */
    public boolean severityChanged() {
      return before.severity() != after.severity();
    }

    /** Whether it was waived in one assessment and not in the other. */
    public boolean waiverChanged() {
      return before.isWaived() != after.isWaived();
    }

    /** Whether it stands at another place in the document. */
    public boolean moved() {
      return !before.path().equals(after.path());
    }
  }

  /**
   * A deliverable whose id changed while its description stayed the same (spacing and case
   * aside).
   *
   * @param from its id in the older plan
   * @param to its id in the newer plan
   * @param description its description, the same in both
   */
  public record Renumbering(String from, String to, String description) {}

  public Comparison {
    appeared = List.copyOf(appeared);
    disappeared = List.copyOf(disappeared);
    changed = List.copyOf(changed);
    moved = List.copyOf(moved);
    renumbered = List.copyOf(renumbered);
    madeDifferently = List.copyOf(madeDifferently);
  }

  /** Compares an older assessment with a newer one. */
  public static Comparison of(Assessment older, Assessment newer) {
    boolean byKey = keyed(older) && keyed(newer);
    Map<String, Deque<Finding>> before = new LinkedHashMap<>();
    for (Finding f : older.findings()) {
      before.computeIfAbsent(identity(f, byKey), k -> new ArrayDeque<>()).add(f);
    }
    List<Finding> appeared = new ArrayList<>();
    List<Change> changed = new ArrayList<>();
    List<Change> moved = new ArrayList<>();
    for (Finding f : newer.findings()) {
      Deque<Finding> same = before.get(identity(f, byKey));
      if (same == null || same.isEmpty()) {
        appeared.add(f);
        continue;
      }
      Change change = new Change(same.removeFirst(), f);
      if (change.severityChanged() || change.waiverChanged()) {
        changed.add(change);
      } else if (change.moved()) {
        moved.add(change);
      }
    }
    List<Finding> disappeared = new ArrayList<>();
    before.values().forEach(disappeared::addAll);
    disappeared.sort(Finding.ORDER);
    List<String> made = madeDifferently(older, newer);
    if (!byKey) {
      made.add("findings paired by rule id and place: a report predates finding keys");
    }
    return new Comparison(appeared, disappeared, changed, moved, renumbered(older, newer), made,
        older, newer);
  }

  /**
   * The deliverables that kept their description under another id. Only a description that
   * names one deliverable in each plan pairs them: two alike are no evidence of which became
   * which.
   */
  private static List<Renumbering> renumbered(Assessment older, Assessment newer) {
    Map<String, String> before = byDescription(older);
    Map<String, String> after = byDescription(newer);
    List<Renumbering> out = new ArrayList<>();
    for (ScheduledDeliverable d : newer.schedule()) {
      String text = d.id().isPresent() ? Normalise.fold(d.description()) : null;
      String was = text == null ? null : before.get(text);
      String now = text == null ? null : after.get(text);
      if (was != null && now != null && !was.isEmpty() && !now.isEmpty() && !was.equals(now)) {
        out.add(new Renumbering(was, now, d.description()));
      }
    }
    return out;
  }

  /** Each description's deliverable id; empty when the description is not one deliverable's. */
  private static Map<String, String> byDescription(Assessment a) {
    Map<String, String> ids = new HashMap<>();
    for (ScheduledDeliverable d : a.schedule()) {
      if (d.id().isPresent()) {
        ids.merge(Normalise.fold(d.description()), d.id().get(), (x, y) -> "");
      }
    }
    return ids;
  }

  /** Whether every finding of a report has a key of its own, not one made from its place. */
  private static boolean keyed(Assessment a) {
    return a.findings().stream()
        .noneMatch(f -> f.key().equals(f.ruleId() + "@" + f.path()));
  }

  private static String identity(Finding f, boolean byKey) {
    return byKey ? f.key() : f.ruleId() + "@" + f.path();
  }

  private static List<String> madeDifferently(Assessment a, Assessment b) {
    List<String> out = new ArrayList<>();
    boolean mixed = a.annualReturn().isPresent() != b.annualReturn().isPresent();
    if (mixed) {
      out.add("document: " + what(a) + " → " + what(b));
    }
    differs(out, mixed ? "source" : a.annualReturn().isPresent() ? "return" : "plan", a, b,
        Assessment::source);
    // A plan assessed with its returns counts their figures and completions: other findings.
    differs(out, "annual returns", a, b, Comparison::returnsGiven);
    differs(out, "framework edition", a, b, Assessment::edition);
    // The same id with other content is another edition: findings may differ for that alone.
    differs(out, "framework edition content", a, b,
        x -> x.editionSha256().map(s -> "sha256:" + s.substring(0, 12)).orElse("not recorded"));
    differs(out, "as of", a, b, x -> x.asOf().toString());
    differs(out, "cjoip", a, b, Assessment::libraryVersion);
    differs(out, "rule sets", a, b, x -> String.join(", ",
        x.ruleSets().stream().map(RuleSetVersion::toString).toList()));
    differs(out, "configuration", a, b,
        x -> x.configurationSha256().map(s -> "sha256:" + s.substring(0, 12)).orElse("none"));
    differs(out, "waivers applied", a, b, x -> String.valueOf(x.waiversApplied().size()));
    return out;
  }

  /** What an assessment was of: a plan, or an annual return. */
  private static String what(Assessment a) {
    return a.annualReturn().map(r -> "annual return for " + r.reportingYear()).orElse("plan");
  }

  /**
   * The returns a plan was assessed with, by year and name, those left out marked; "none" for
   * the plan alone.
   */
  private static String returnsGiven(Assessment a) {
    List<String> given = a.returns().stream().map(r -> r.reportingYear() + " (" + r.source()
        + (r.used() ? "" : ", left out") + ")").toList();
    return given.isEmpty() ? "none" : String.join(", ", given);
  }

  private static void differs(List<String> out, String what, Assessment a, Assessment b,
      Function<Assessment, String> value) {
    String x = value.apply(a);
    String y = value.apply(b);
    if (!Objects.equals(x, y)) {
      out.add(what + ": " + x + " → " + y);
    }
  }

  /** Whether nothing about the findings changed. */
  public boolean isEmpty() {
    return appeared.isEmpty() && disappeared.isEmpty() && changed.isEmpty() && moved.isEmpty();
  }

  /**
   * Whether a finding at or above a severity appeared, or one was raised to or above it: what a
   * run that must not get worse fails on. Waived findings do not count.
   */
  public boolean worsenedTo(Severity threshold) {
    return appeared.stream().anyMatch(f -> !f.isWaived() && f.severity().isAtLeast(threshold))
        || changed.stream().anyMatch(c -> !c.after().isWaived()
            && c.after().severity().isAtLeast(threshold)
            && c.after().severity().compareTo(c.before().severity()) < 0);
  }

  /**
   * The comparison as text for a terminal. The reports' text is shown with its control
   * characters escaped: a report may come from anywhere.
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    if (!madeDifferently.isEmpty()) {
      out.append("Made differently:\n");
      madeDifferently.forEach(line -> out.append("  ").append(Printable.escape(line))
          .append('\n'));
    }
    section(out, "Appeared", "+", appeared, newer);
    section(out, "Disappeared", "-", disappeared, older);
    changes(out, "Changed", "~", changed);
    changes(out, "Moved", ">", moved);
    if (!renumbered.isEmpty()) {
      out.append("Renumbered (").append(renumbered.size()).append("):\n");
      for (Renumbering r : renumbered) {
        out.append("  = deliverable ").append(Printable.escape(r.from())).append(" → ")
            .append(Printable.escape(r.to())).append(", same description: its findings are")
            .append(" listed as disappeared under ").append(Printable.escape(r.from()))
            .append(" and appeared under ").append(Printable.escape(r.to())).append('\n');
      }
    }
    out.append(appeared.size()).append(" appeared, ").append(disappeared.size())
        .append(" disappeared, ").append(changed.size()).append(" changed, ")
        .append(moved.size()).append(" moved");
    if (!renumbered.isEmpty()) {
      out.append(", ").append(renumbered.size()).append(renumbered.size() == 1
          ? " deliverable" : " deliverables").append(" renumbered");
    }
    return out.append('\n').toString();
  }

  private void changes(StringBuilder out, String title, String mark, List<Change> list) {
    if (list.isEmpty()) {
      return;
    }
    out.append(title).append(" (").append(list.size()).append("):\n");
    for (Change c : list) {
      out.append("  ").append(mark).append(' ')
          .append(String.format("%-7s", c.after().severity())).append(' ')
          .append(Printable.escape(c.after().ruleId())).append("  ")
          .append(where(c.after(), newer))
          .append("  ").append(Printable.escape(c.after().message())).append('\n');
      if (c.severityChanged()) {
        out.append("      severity ").append(c.before().severity()).append(" → ")
            .append(c.after().severity()).append('\n');
      }
      if (c.waiverChanged()) {
        out.append(c.after().isWaived() ? "      now waived" : "      no longer waived")
            .append('\n');
      }
      if (c.moved()) {
        out.append("      moved from ").append(where(c.before(), older)).append('\n');
      }
    }
  }

  private static void section(StringBuilder out, String title, String mark, List<Finding> list,
      Assessment in) {
    if (list.isEmpty()) {
      return;
    }
    out.append(title).append(" (").append(list.size()).append("):\n");
    for (Finding f : list) {
      out.append("  ").append(mark).append(' ').append(String.format("%-7s", f.severity()))
          .append(' ').append(Printable.escape(f.ruleId())).append("  ").append(where(f, in))
          .append("  ").append(Printable.escape(f.message())).append('\n');
    }
  }

  /**
   * Where a finding stands, as the text report says it: the document (the configuration file,
   * for a finding about a waiver) at the line and column, or the cell, when known, else its
   * pointer; then the priority action and deliverable it is about, as the plan numbers them.
   */
  private static String where(Finding f, Assessment in) {
    String document = Printable.escape(in.documentOf(f));
    String pointer = f.isAboutConfiguration() ? "(configuration)"
        : f.path().isEmpty() ? "(plan)" : Printable.escape(f.path());
    String at = f.cell().map(c -> document + ": " + c)
        .orElse(f.line() > 0 ? document + ":" + f.line() + ":" + f.column()
            : document + " " + pointer);
    List<String> about = new ArrayList<>();
    f.priorityAction().ifPresent(n -> about.add("priority action " + n));
    f.deliverable().ifPresent(d -> about.add("deliverable " + Printable.escape(d)));
    return about.isEmpty() ? at : at + " (" + String.join(", ", about) + ")";
  }

  /** The comparison as a JSON document, ending in a newline. */
  public String toJson() {
    JsonNodeFactory nodes = JsonNodeFactory.instance;
    ObjectNode root = nodes.objectNode();
    ArrayNode made = root.putArray("madeDifferently");
    madeDifferently.forEach(made::add);
    ArrayNode a = root.putArray("appeared");
    appeared.forEach(f -> a.add(finding(f)));
    ArrayNode d = root.putArray("disappeared");
    disappeared.forEach(f -> d.add(finding(f)));
    changes(root.putArray("changed"), changed);
    changes(root.putArray("moved"), moved);
    ArrayNode r = root.putArray("renumbered");
    for (Renumbering each : renumbered) {
      r.addObject().put("from", each.from()).put("to", each.to())
          .put("description", each.description());
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void changes(ArrayNode out, List<Change> list) {
    for (Change change : list) {
      ObjectNode node = finding(change.after());
      ObjectNode was = node.putObject("before");
      was.put("severity", change.before().severity().name());
      was.put("path", change.before().path());
      if (change.before().line() > 0) {
        was.put("line", change.before().line());
        was.put("column", change.before().column());
      }
      if (change.before().isWaived()) {
        was.put("waived", true);
      }
      out.add(node);
    }
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("ruleId", f.ruleId());
    node.put("key", f.key());
    node.put("severity", f.severity().name());
    node.put("path", f.path());
    if (f.line() > 0) {
      node.put("line", f.line());
      node.put("column", f.column());
    }
    node.put("message", f.message());
    if (f.isWaived()) {
      node.put("waived", true);
    }
    return node;
  }
}
