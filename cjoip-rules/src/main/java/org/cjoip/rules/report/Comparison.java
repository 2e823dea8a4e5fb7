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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.cjoip.model.text.Printable;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.RuleSetVersion;
import org.cjoip.rules.Severity;

/**
 * What changed between two assessments of a plan, say last year's and this year's: the findings
 * that appeared, disappeared or changed severity, and how the two assessments were made
 * differently (edition, date, rule sets, configuration), since a difference there can explain a
 * difference in findings.
 *
 * <p>Findings are the same finding when they have the same rule id and JSON Pointer; a message
 * may be reworded (a date in it moved on, say) without that being a change. Where several
 * findings share a rule and a place, they are paired in report order.
 *
 * @param appeared findings only in the newer assessment, in report order
 * @param disappeared findings only in the older assessment, in report order
 * @param severityChanged findings in both whose severity differs, in the newer report's order
 * @param madeDifferently how the assessments were made differently, one line each
 */
public record Comparison(
    List<Finding> appeared,
    List<Finding> disappeared,
    List<SeverityChange> severityChanged,
    List<String> madeDifferently) {

  /** A finding present in both assessments at different severities. */
  public record SeverityChange(Finding before, Finding after) {}

  public Comparison {
    appeared = List.copyOf(appeared);
    disappeared = List.copyOf(disappeared);
    severityChanged = List.copyOf(severityChanged);
    madeDifferently = List.copyOf(madeDifferently);
  }

  /** Compares an older assessment with a newer one. */
  public static Comparison of(Assessment older, Assessment newer) {
    Map<List<String>, Deque<Finding>> before = new LinkedHashMap<>();
    for (Finding f : older.findings()) {
      before.computeIfAbsent(key(f), k -> new ArrayDeque<>()).add(f);
    }
    List<Finding> appeared = new ArrayList<>();
    List<SeverityChange> changed = new ArrayList<>();
    for (Finding f : newer.findings()) {
      Deque<Finding> same = before.get(key(f));
      if (same == null || same.isEmpty()) {
        appeared.add(f);
        continue;
      }
      Finding old = same.removeFirst();
      if (old.severity() != f.severity()) {
        changed.add(new SeverityChange(old, f));
      }
    }
    List<Finding> disappeared = new ArrayList<>();
    before.values().forEach(disappeared::addAll);
    disappeared.sort(Finding.ORDER);
    return new Comparison(appeared, disappeared, changed, madeDifferently(older, newer));
  }

  private static List<String> key(Finding f) {
    return List.of(f.ruleId(), f.path());
  }

  private static List<String> madeDifferently(Assessment a, Assessment b) {
    List<String> out = new ArrayList<>();
    differs(out, "plan", a, b, Assessment::source);
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
    return appeared.isEmpty() && disappeared.isEmpty() && severityChanged.isEmpty();
  }

  /**
   * Whether a finding at or above a severity appeared, or one was raised to or above it: what a
   * run that must not get worse fails on.
   */
  public boolean worsenedTo(Severity threshold) {
    return appeared.stream().anyMatch(f -> f.severity().isAtLeast(threshold))
        || severityChanged.stream().anyMatch(c -> c.after().severity().isAtLeast(threshold)
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
    section(out, "Appeared", "+", appeared);
    section(out, "Disappeared", "-", disappeared);
    if (!severityChanged.isEmpty()) {
      out.append("Severity changed (").append(severityChanged.size()).append("):\n");
      for (SeverityChange c : severityChanged) {
        out.append("  ~ ").append(c.before().severity()).append(" → ")
            .append(c.after().severity()).append("  ").append(Printable.escape(c.after().ruleId()))
            .append("  ").append(Printable.escape(c.after().path())).append("  ")
            .append(Printable.escape(c.after().message())).append('\n');
      }
    }
    out.append(appeared.size()).append(" appeared, ").append(disappeared.size())
        .append(" disappeared, ").append(severityChanged.size())
        .append(" changed severity\n");
    return out.toString();
  }

  private static void section(StringBuilder out, String title, String mark, List<Finding> list) {
    if (list.isEmpty()) {
      return;
    }
    out.append(title).append(" (").append(list.size()).append("):\n");
    for (Finding f : list) {
      out.append("  ").append(mark).append(' ').append(String.format("%-7s", f.severity()))
          .append(' ').append(Printable.escape(f.ruleId())).append("  ")
          .append(f.path().isEmpty() ? "(plan)" : Printable.escape(f.path())).append("  ")
          .append(Printable.escape(f.message())).append('\n');
    }
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
    ArrayNode c = root.putArray("severityChanged");
    for (SeverityChange change : severityChanged) {
      ObjectNode node = finding(change.after());
      node.put("before", change.before().severity().name());
      c.add(node);
    }
    try {
      return new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
          .writeValueAsString(root) + "\n";
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static ObjectNode finding(Finding f) {
    ObjectNode node = JsonNodeFactory.instance.objectNode();
    node.put("ruleId", f.ruleId());
    node.put("severity", f.severity().name());
    node.put("path", f.path());
    node.put("message", f.message());
    return node;
  }
}
