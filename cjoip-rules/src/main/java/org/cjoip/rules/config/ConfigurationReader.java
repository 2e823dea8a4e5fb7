package org.cjoip.rules.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.DocumentTree;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.Limits;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.text.Ascii;
import org.cjoip.model.text.Printable;
import org.cjoip.model.time.Dates;
import org.cjoip.rules.Catalogue;
import org.cjoip.rules.Severity;
import org.cjoip.rules.Waiver;

/**
 * Reads a configuration file, validated like a plan document: every problem is located (line,
 * column, JSON Pointer), unknown fields and unknown rule ids are errors, and a waiver must give
 * its reason. A file is opened as every input is (a regular file, within the size limit) and
 * read with the plan reader's refusals. Severity names are read in any letter case.
 * {@code docs/configuration.md} describes the format for the people who write it, and
 * {@link #SCHEMA} is its JSON Schema.
 */
public final class ConfigurationReader {

  /** Where the configuration's JSON Schema (draft 2020-12) lies on the class path. */
  public static final String SCHEMA = "/org/cjoip/rules/schema/configuration-v1.schema.json";

  private static final List<String> ROOT = List.of("severities", "disabled", "waivers");
  private static final List<String> WAIVER =
      List.of("rule", "path", "priorityAction", "deliverable", "reason", "expires");

  // Where editors look for a document's JSON Schema; it says nothing about the configuration.
  private static final String SCHEMA_HINT = "$schema";

  private ConfigurationReader() {}

  /** Reads a configuration that names only built-in rules. */
  public static Configuration read(Path file) throws DocumentException {
    return read(file, Set.of());
  }

  /** Reads a configuration that may also name the rules of packs, whose ids are given. */
  public static Configuration read(Path file, Set<String> packRuleIds) throws DocumentException {
    DocumentTree tree = DocumentTree.readKeepingRefusals(file, null, Limits.defaults(),
        "a configuration file");
    return bind(tree, packRuleIds);
  }

  public static Configuration read(byte[] bytes, String source) throws DocumentException {
    return read(bytes, source, Set.of());
  }

  public static Configuration read(byte[] bytes, String source, Set<String> packRuleIds)
      throws DocumentException {
    DocumentTree tree = DocumentTree.readKeepingRefusals(bytes, source,
        Format.guess(source, bytes), Limits.defaults());
    return bind(tree, packRuleIds);
  }

  private static Configuration bind(DocumentTree tree, Set<String> packRuleIds)
      throws DocumentException {
    Predicate<String> known = id -> Catalogue.builtIn().contains(id) || packRuleIds.contains(id);
    List<Problem> problems = new ArrayList<>();
    JsonNode root = tree.root();
    if (!root.isObject()) {
      throw new DocumentException(tree.error("", "expected an object, found " + kind(root)));
    }
    unknownFields(tree, root, "", ROOT, problems);
    JsonNode hint = root.get(SCHEMA_HINT);
    if (hint != null && !hint.isTextual()) {
      problems.add(tree.error("/" + SCHEMA_HINT, "expected text (where an editor finds the"
          + " schema), found " + kind(hint)));
    }
    Configuration.Builder out = Configuration.builder().sha256(tree.sha256());
    Optional.ofNullable(tree.source()).ifPresent(out::source);
    JsonNode severities = present(root, "severities");
    if (severities != null && !severities.isObject()) {
      problems.add(tree.error("/severities", "expected an object of rule ids and severities"));
    } else if (severities != null) {
      for (Map.Entry<String, JsonNode> e : severities.properties()) {
        String at = "/severities/" + SourceMap.escape(e.getKey());
        if (!known.test(e.getKey())) {
          problems.add(tree.error(at, "unknown rule id '" + Printable.quote(e.getKey()) + "'"));
          continue;
        }
        Optional<Severity> severity = e.getValue().isTextual()
            ? Ascii.constant(Severity.class, e.getValue().textValue()) : Optional.empty();
        if (severity.isPresent()) {
          out.putSeverities(e.getKey(), severity.get());
        } else {
          problems.add(tree.error(at, "expected one of ERROR, WARNING, INFO (in any letter"
              + " case), found '" + Printable.quote(e.getValue().asText()) + "'"));
        }
      }
    }
    List<String> disabled = texts(tree, root, "", "disabled", problems);
    for (int i = 0; i < disabled.size(); i++) {
      if (!known.test(disabled.get(i))) {
        problems.add(tree.error("/disabled/" + i, "unknown rule id '"
            + Printable.quote(disabled.get(i)) + "'"));
      }
    }
    out.disabled(disabled);
    JsonNode waivers = list(tree, root, "", "waivers", problems);
    for (int i = 0; waivers != null && i < waivers.size(); i++) {
      String at = "/waivers/" + i;
      JsonNode w = waivers.get(i);
      if (!w.isObject()) {
        problems.add(tree.error(at, "expected an object, found " + kind(w)));
        continue;
      }
      unknownFields(tree, w, at, WAIVER, problems);
      Optional<String> rule = requiredText(tree, w, at, "rule", problems);
      // A waiver names a place, a subject (priority action, deliverable), both, or neither:
      // with neither it covers every finding of its rule.
      Optional<String> path = present(w, "path") == null ? Optional.of("")
          : requiredText(tree, w, at, "path", problems);
      Optional<Integer> priorityAction = priorityAction(tree, w, at, problems);
      Optional<String> deliverable = present(w, "deliverable") == null ? Optional.empty()
          : requiredText(tree, w, at, "deliverable", problems);
      Optional<String> reason = requiredText(tree, w, at, "reason", problems)
          .filter(r -> {
            if (r.isBlank()) {
              // A waiver accepts a finding on the partnership's word: the word must be there.
              problems.add(tree.error(at + "/reason", "a waiver must give its reason; the"
                  + " reason is empty"));
            }
            return !r.isBlank();
          });
      rule.filter(id -> !known.test(id))
          .ifPresent(id -> problems.add(tree.error(at + "/rule", "unknown rule id '"
              + Printable.quote(id) + "'")));
      path.filter(p -> !p.isEmpty() && !p.startsWith("/"))
          .ifPresent(p -> problems.add(tree.error(at + "/path", "expected a JSON Pointer"
              + " starting with '/', found '" + Printable.quote(p) + "'")));
      Optional<LocalDate> expires = date(tree, w, at, "expires", problems);
      if (rule.isPresent() && reason.isPresent()
          && path.filter(p -> p.isEmpty() || p.startsWith("/")).isPresent()
          && (present(w, "priorityAction") == null || priorityAction.isPresent())
          && (present(w, "deliverable") == null || deliverable.isPresent())) {
        // Where it is written, so that a finding about it (expired, matching nothing) is too.
        SourceMap.Position written =
            tree.sourceMap().position(at).orElse(SourceMap.Position.NONE);
        out.addWaivers(Waiver.builder().rule(rule.get()).path(path.get())
            .priorityAction(priorityAction).deliverable(deliverable).reason(reason.get())
            .expires(expires).line(written.line()).column(written.column()).build());
      }
    }
    // A value refused as it was read (011) is reported as that, not as what binding then makes
    // of its text; every other problem is reported with it.
    List<Problem> refused = tree.refused();
    Set<String> refusedAt = new java.util.HashSet<>();
    refused.stream().filter(p -> p.line() > 0).forEach(p -> refusedAt.add(p.pointer()));
    problems.removeIf(p -> refusedAt.contains(p.pointer()));
    problems.addAll(refused);
    if (!problems.isEmpty()) {
      problems.sort((a, b) -> a.line() != b.line() ? Integer.compare(a.line(), b.line())
          : Integer.compare(a.column(), b.column()));
      throw new DocumentException(problems);
    }
    return out.build();
  }

  // --- binding by hand: each helper reports a located error and carries on ------------------

  private static JsonNode present(JsonNode object, String name) {
    JsonNode v = object.get(name);
    return v == null || v.isNull() ? null : v;
  }

  private static void unknownFields(DocumentTree tree, JsonNode object, String at,
      List<String> fields, List<Problem> problems) {
    for (Map.Entry<String, JsonNode> field : object.properties()) {
      String name = field.getKey();
      if (!fields.contains(name) && !(at.isEmpty() && name.equals(SCHEMA_HINT))) {
        problems.add(tree.error(at + "/" + SourceMap.escape(name), "unknown field '"
            + Printable.quote(name) + "'; expected one of: " + String.join(", ", fields)));
      }
    }
  }

  private static JsonNode list(DocumentTree tree, JsonNode object, String at, String name,
      List<Problem> problems) {
    JsonNode v = present(object, name);
    if (v != null && !v.isArray()) {
      problems.add(tree.error(at + "/" + name, "expected a list, found " + kind(v)));
      return null;
    }
    return v;
  }

  private static List<String> texts(DocumentTree tree, JsonNode object, String at, String name,
      List<Problem> problems) {
    List<String> out = new ArrayList<>();
    JsonNode list = list(tree, object, at, name, problems);
    for (int i = 0; list != null && i < list.size(); i++) {
      if (list.get(i).isTextual()) {
        out.add(list.get(i).textValue());
      } else {
        problems.add(tree.error(at + "/" + name + "/" + i,
            tree.expectedText(null, list.get(i))));
      }
    }
    return out;
  }

  private static Optional<String> requiredText(DocumentTree tree, JsonNode object, String at,
      String name, List<Problem> problems) {
    JsonNode v = present(object, name);
    if (v == null) {
      problems.add(tree.error(at, "missing required field '" + name + "' (text)"));
      return Optional.empty();
    }
    if (!v.isTextual()) {
      problems.add(tree.error(at + "/" + name, tree.expectedText(name, v)));
      return Optional.empty();
    }
    return Optional.of(v.textValue());
  }

  private static Optional<Integer> priorityAction(DocumentTree tree, JsonNode object, String at,
      List<Problem> problems) {
    JsonNode v = present(object, "priorityAction");
    if (v == null) {
      return Optional.empty();
    }
    if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1 && v.intValue() <= 13) {
      return Optional.of(v.intValue());
    }
    problems.add(tree.error(at + "/priorityAction", "expected a priority action number from 1"
        + " to 13, found " + (v.isNumber() ? Printable.quote(v.asText()) : kind(v))));
    return Optional.empty();
  }

  private static Optional<LocalDate> date(DocumentTree tree, JsonNode object, String at,
      String name, List<Problem> problems) {
    JsonNode v = present(object, name);
    if (v == null) {
      return Optional.empty();
    }
    String t = v.asText();
    try {
      if (v.isTextual()) {
        return Optional.of(Dates.parse(t));
      }
      problems.add(tree.error(at + "/" + name, "expected a date as YYYY-MM-DD, found "
          + kind(v)));
    } catch (IllegalArgumentException e) {
      problems.add(tree.error(at + "/" + name, "expected " + e.getMessage() + ", found '"
          + Printable.quote(t) + "'"));
    }
    return Optional.empty();
  }

  /** The field names of each object of a configuration, for the schema test. */
  static List<List<String>> fieldSets() {
    List<String> root = new ArrayList<>(ROOT);
    root.add(SCHEMA_HINT);
    return List.of(List.copyOf(root), WAIVER);
  }

  private static String kind(JsonNode node) {
    return DocumentTree.describe(node);
  }
}
