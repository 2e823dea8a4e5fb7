package org.cjoip.rules.config;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.cjoip.model.document.Binding;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.Limits;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.TreeReader;
import org.cjoip.rules.Catalogue;
import org.cjoip.rules.Severity;
import org.cjoip.rules.Waiver;

/**
 * Reads a configuration file, validated like a plan document: every problem is located (line,
 * column, JSON Pointer), unknown fields and unknown rule ids are errors. Severity names are read
 * in any letter case. {@code docs/configuration.md} describes the format for the people who
 * write it, and {@link #SCHEMA} is its JSON Schema.
 */
public final class ConfigurationReader {

  /** Where the configuration's JSON Schema (draft 2020-12) lies on the class path. */
  public static final String SCHEMA = "/org/cjoip/rules/schema/configuration-v1.schema.json";

  static final String[] ROOT = {"severities", "disabled", "waivers"};
  static final String[] WAIVER = {
    "rule", "path", "priorityAction", "deliverable", "reason", "expires"
  };

  private ConfigurationReader() {}

  /** Reads a configuration that names only built-in rules. */
  public static Configuration read(Path file) throws DocumentException {
    return read(file, Set.of());
  }

  /** Reads a configuration that may also name the rules of packs, whose ids are given. */
  public static Configuration read(Path file, Set<String> packRuleIds) throws DocumentException {
    String source = file.toString();
    try {
      byte[] bytes = Files.readAllBytes(file);
      return read(bytes, source, packRuleIds);
    } catch (NoSuchFileException e) {
      throw new DocumentException(error(source, "no such file"));
    } catch (IOException e) {
      throw new DocumentException(error(source, "could not be read: " + e.getMessage()));
    }
  }

  public static Configuration read(byte[] bytes, String source) throws DocumentException {
    return read(bytes, source, Set.of());
  }

  public static Configuration read(byte[] bytes, String source, Set<String> packRuleIds)
      throws DocumentException {
    Predicate<String> known = id -> Catalogue.builtIn().contains(id) || packRuleIds.contains(id);
    TreeReader trees = new TreeReader(Limits.defaults());
    String head = new String(bytes, 0, Math.min(64, bytes.length),
        java.nio.charset.StandardCharsets.UTF_8);
    TreeReader.Located tree = trees.read(bytes, source, Format.guess(source, head));
    Binding b = new Binding(source, tree.sourceMap(), false);
    Optional<Binding.Obj> root = b.root(tree.root(), ROOT);
    if (root.isEmpty()) {
      b.throwIfErrors();
    }
    Configuration.Builder out = Configuration.builder().sha256(sha256(bytes));
    Binding.Obj r = root.orElseThrow();
    if (tree.root().has("severities") && !tree.root().get("severities").isObject()) {
      b.error("/severities", "expected an object of rule ids and severities");
    } else if (tree.root().has("severities")) {
      Iterator<Map.Entry<String, com.fasterxml.jackson.databind.JsonNode>> fields =
          tree.root().get("severities").fields();
      while (fields.hasNext()) {
        Map.Entry<String, com.fasterxml.jackson.databind.JsonNode> e = fields.next();
        String at = "/severities/" + org.cjoip.model.document.SourceMap.escape(e.getKey());
        if (!known.test(e.getKey())) {
          b.error(at, "unknown rule id '" + e.getKey() + "'");
          continue;
        }
        Optional<Severity> severity = e.getValue().isTextual()
            ? Severity.parse(e.getValue().textValue()) : Optional.empty();
        if (severity.isPresent()) {
          out.putSeverities(e.getKey(), severity.get());
        } else {
          b.error(at, "expected one of ERROR, WARNING, INFO (in any letter case), found '"
              + e.getValue().asText() + "'");
        }
      }
    }
    java.util.List<String> disabled = r.texts("disabled");
    for (int i = 0; i < disabled.size(); i++) {
      if (!known.test(disabled.get(i))) {
        b.error("/disabled/" + i, "unknown rule id '" + disabled.get(i) + "'");
      }
    }
    out.disabled(disabled);
    for (Binding.Obj w : r.objects("waivers", WAIVER)) {
      Optional<String> rule = w.requiredText("rule");
      Optional<String> path = w.has("path") ? w.requiredText("path") : Optional.of("");
      Optional<Integer> priorityAction = w.integer("priorityAction", 1, 13);
      Optional<String> deliverable = w.text("deliverable");
      Optional<String> reason = w.requiredText("reason");
      rule.filter(id -> !known.test(id))
          .ifPresent(id -> b.error(w.child("rule"), "unknown rule id '" + id + "'"));
      path.filter(p -> !p.isEmpty() && !p.startsWith("/"))
          .ifPresent(p -> b.error(w.child("path"), "expected a JSON Pointer starting with '/',"
              + " found '" + p + "'"));
      reason.filter(String::isBlank).ifPresent(x -> b.error(w.child("reason"),
          "a waiver needs a reason: say why the partnership accepts the finding"));
      Optional<java.time.LocalDate> expires = w.date("expires");
      if (rule.isPresent() && reason.filter(x -> !x.isBlank()).isPresent()
          && path.filter(p -> p.isEmpty() || p.startsWith("/")).isPresent()) {
        out.addWaivers(Waiver.builder().rule(rule.get()).path(path.get())
            .priorityAction(priorityAction).deliverable(deliverable).reason(reason.get())
            .expires(expires).build());
      }
    }
    b.throwIfErrors();
    return out.build();
  }

  /** The field names of each object of a configuration, for the schema test. */
  static java.util.List<String[]> fieldSets() {
    String[] root = java.util.Arrays.copyOf(ROOT, ROOT.length + 1);
    root[ROOT.length] = Binding.SCHEMA_HINT;
    return java.util.List.of(root, WAIVER);
  }

  private static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static Problem error(String source, String message) {
    return Problem.builder().severity(Problem.Severity.ERROR).source(source).pointer("")
        .message(message).build();
  }
}
