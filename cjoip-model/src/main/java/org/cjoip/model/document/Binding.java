package org.cjoip.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.text.Ascii;
import org.cjoip.model.text.Printable;
import org.cjoip.model.time.Dates;

/**
 * Binds a located tree to value types by hand, so that every error says where it is and what
 * was expected, and all of a document's errors are reported at once rather than the first.
 * Shared by the readers of this package.
 */
final class Binding {

  // Words YAML 1.1 took for booleans; YAML 1.2, and this reader, take them for text.
  private static final Set<String> YAML_11_BOOLEANS =
      Set.of("YES", "NO", "ON", "OFF", "Y", "N");

  // Problems in document order; among equals, in the order reported.
  private static final Comparator<Reported> ORDER = Comparator
      .comparingInt((Reported r) -> r.problem.line())
      .thenComparingInt(r -> r.problem.column())
      .thenComparingLong(r -> r.sequence);

  /** A problem and when it was reported. */
  private record Reported(Problem problem, long sequence) {}

  /**
   * The root member an editor reads to find the document's JSON Schema. It says nothing about
   * the document's content, so every reader allows it at the root and ignores it.
   */
  static final String SCHEMA_HINT = "$schema";

  private final String source;
  private final SourceMap sourceMap;
  // How the document is written, for advice that shows how to write a value; null if unknown.
  private final Format format;
  private final boolean lenient;
  private final int maxProblems;
  // The first problems in document order, at most maxProblems: the latest on top, to drop.
  private final PriorityQueue<Reported> kept;
  private long reported;
  private long errors;
  private long droppedErrors;
  // Where each set of fields was first listed, so that a list is printed once per document.
  private final Map<List<String>, String> listed = new HashMap<>();
  // The values refused as the document was read, by pointer: what binding finds wrong at one
  // of them, or inside it, is the refusal's consequence and not reported again.
  private final Set<String> refused = new HashSet<>();
  private long refusals;

  Binding(String source, SourceMap sourceMap, boolean lenient, Limits limits) {
    this(source, sourceMap, null, lenient, limits);
  }

  private Binding(String source, SourceMap sourceMap, Format format, boolean lenient,
      Limits limits) {
    this.source = source;
    this.format = format;
    this.sourceMap = sourceMap;
    this.lenient = lenient;
    this.maxProblems = limits.maxProblems();
    this.kept = new PriorityQueue<>(ORDER.reversed());
  }

  /**
   * A binding of a document read here, which starts with the values refused as it was read
   * (YAML 1.1 numbers, misused tags): they are reported with everything binding finds, in
   * document order.
   */
  Binding(String source, TreeReader.Located tree, boolean lenient, Limits limits) {
    this(source, tree.sourceMap(), tree.format(), lenient, limits);
    for (Problem p : tree.refused()) {
      refused.add(p.pointer());
      keep(new Reported(p, reported++));
      errors++;
      refusals++;
    }
    reported += tree.refusedMore();
    errors += tree.refusedMore();
    refusals += tree.refusedMore();
    droppedErrors += tree.refusedMore();
  }

  /**
   * The problems reported so far, in document order: the first {@link Limits#maxProblems()}
   * of them, then, when there were more, one that says how many more.
   */
  List<Problem> problems() {
    List<Reported> sorted = new ArrayList<>(kept);
    sorted.sort(ORDER);
    List<Problem> out = new ArrayList<>(sorted.size() + 1);
    sorted.forEach(r -> out.add(r.problem));
    long more = reported - kept.size();
    if (more > 0) {
      out.add(Problem.builder()
          .severity(droppedErrors > 0 ? Problem.Severity.ERROR : Problem.Severity.WARNING)
          .source(source)
          .pointer("")
          .message("and " + more + " more problem" + (more == 1 ? "" : "s")
              + ", not listed")
          .build());
    }
    return out;
  }

  /** How many problems have been reported, listed or not. */
  long count() {
    return reported;
  }

  boolean hasErrors() {
    return errors > 0;
  }

  /** Throws with every problem when any is an error. */
  void throwIfErrors() throws DocumentException {
    if (hasErrors()) {
      throw new DocumentException(problems());
    }
  }

  /**
   * Throws with every problem when binding has found an error that stops it: a check of the
   * document's kind, root or version. Values refused as the document was read do not stop it,
   * since binding reads on past them to report the rest.
   */
  void stopOnErrors() throws DocumentException {
    if (errors > refusals) {
      throw new DocumentException(problems());
    }
  }

  /** Reports an error at a node, or at its nearest existing ancestor's position. */
  void error(String pointer, String message) {
    report(Problem.Severity.ERROR, pointer, message);
  }

  void warning(String pointer, String message) {
    report(Problem.Severity.WARNING, pointer, message);
  }

  private void report(Problem.Severity severity, String pointer, String message) {
    if (!refused.isEmpty() && isRefused(pointer)) {
      return;
    }
    SourceMap.Position at = place(pointer);
    Reported r = new Reported(
        Problem.builder()
            .severity(severity)
            .source(source)
            .line(at.line())
            .column(at.column())
            .cell(at.cellReference())
            .pointer(pointer)
            .message(message)
            .build(),
        reported++);
    if (severity == Problem.Severity.ERROR) {
      errors++;
    }
    keep(r);
  }

  private void keep(Reported r) {
    kept.add(r);
    if (kept.size() > maxProblems) {
      if (kept.poll().problem.severity() == Problem.Severity.ERROR) {
        droppedErrors++;
      }
    }
  }

  /** Whether the pointer is that of a value refused as it was read, or of one inside it. */
  private boolean isRefused(String pointer) {
    String p = pointer;
    while (!p.isEmpty()) {
      if (refused.contains(p)) {
        return true;
      }
      p = p.substring(0, Math.max(0, p.lastIndexOf('/')));
    }
    return false;
  }

  /** Where a node stands, for a message that points back to it: "26:13", else its pointer. */
  String where(String pointer) {
    SourceMap.Position p = place(pointer);
    return p.line() > 0 ? "line " + p.line() + ", column " + p.column() : pointer;
  }

  private SourceMap.Position place(String pointer) {
    return sourceMap.position(sourceMap.deepestExisting(pointer))
        .orElse(SourceMap.Position.NONE);
  }

  /**
   * Opens the root, which must be an object. Besides the fields given, it may hold
   * {@link #SCHEMA_HINT} as text.
   */
  Optional<Obj> root(JsonNode node, String... fields) {
    return object(node, "", fields);
  }

  Optional<Obj> object(JsonNode node, String pointer, String... fields) {
    if (!node.isObject()) {
      error(pointer, "expected an object, found " + describe(node));
      return Optional.empty();
    }
    return Optional.of(new Obj(node, pointer, List.of(fields)));
  }

  /**
   * An unknown field's message: the fields of its kind of object are listed the first time
   * only; later messages say where the list is.
   */
  private String unknown(String name, String at, List<String> known) {
    String first = listed.putIfAbsent(known, at);
    String message = "unknown field '" + Printable.quote(name) + "'; expected one of";
    if (first == null) {
      return message + ": " + String.join(", ", known);
    }
    SourceMap.Position p = place(first);
    return message + " the fields listed at "
        + (p.line() > 0 ? p.line() + ":" + p.column() : first);
  }

  /**
   * Why a value is not the text a field needs, with the fix where it is a number: "expected
   * text, found a number; quote it: id: \"1.10\"" (unquoted, 1.10 is the number 1.1).
   *
   * @param name the field, or null for an item of a list
   * @param format how the document is written, for the fix; YAML's way when null
   */
  static String expectedText(String name, JsonNode found, Format format) {
    String hint = !found.isNumber() ? ""
        : "; " + (format == Format.JSON ? YamlMessages.quoteItInJson(name, found.asText())
            : YamlMessages.quoteIt(name, found.asText()));
    return "expected text, found " + describe(found) + hint;
  }

  /** The field a pointer names: its last token, or null for an item of a list. */
  private static String fieldOf(String pointer) {
    String last = pointer.substring(pointer.lastIndexOf('/') + 1);
    return last.matches("[0-9]+") ? null : last.replace("~1", "/").replace("~0", "~");
  }

  static String describe(JsonNode node) {
    if (node.isTextual()) {
      return "text";
    }
    if (node.isIntegralNumber()) {
      return "a whole number";
    }
    if (node.isNumber()) {
      return "a number";
    }
    if (node.isBoolean()) {
      return "true/false";
    }
    if (node.isArray()) {
      return "a list";
    }
    if (node.isObject()) {
      return "an object";
    }
    return "null";
  }

  /**
   * One object of the document being bound. Every accessor reports a located error for a
   * value of the wrong shape and returns empty, so binding carries on and finds the rest.
   */
  final class Obj {
    private final JsonNode node;
    private final String pointer;
    private final List<String> known;

    Obj(JsonNode node, String pointer, List<String> known) {
      this.node = node;
      this.pointer = pointer;
      this.known = known;
      Iterator<String> names = node.fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (pointer.isEmpty() && name.equals(SCHEMA_HINT)) {
          if (!node.get(name).isTextual()) {
            error(child(name), "expected text (where an editor finds the schema), found "
                + describe(node.get(name)));
          }
        } else if (!known.contains(name)) {
          String message = unknown(name, child(name), known);
          if (lenient) {
            warning(child(name), message);
          } else {
            error(child(name), message);
          }
        }
      }
    }

    String pointer() {
      return pointer;
    }

    String child(String name) {
      return pointer + "/" + SourceMap.escape(name);
    }

    private Optional<JsonNode> present(String name) {
      JsonNode value = node.get(name);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    boolean has(String name) {
      return present(name).isPresent();
    }

    /** Reports a missing required field. */
    void missing(String name, String expected) {
      error(pointer, "missing required field '" + name + "' (" + expected + ")");
    }

    Optional<String> text(String name) {
      return present(name).flatMap(v -> asText(v, child(name)));
    }

    Optional<String> requiredText(String name) {
      if (!has(name)) {
        missing(name, "text");
        return Optional.empty();
      }
      return text(name);
    }

    private Optional<String> asText(JsonNode v, String at) {
      if (v.isTextual()) {
        int fault = TreeBuilder.fault(v.textValue());
        if (fault >= 0) {
          // Only a tree read elsewhere gets here: the tree reader refuses these as it reads.
          error(at, String.format("the text holds \\u%04x, which no document may contain",
              (int) v.textValue().charAt(fault)));
          return Optional.empty();
        }
        return Optional.of(v.textValue());
      }
      error(at, expectedText(fieldOf(at), v, format));
      return Optional.empty();
    }

    Optional<Boolean> bool(String name) {
      return present(name)
          .flatMap(
              v -> {
                if (v.isBoolean()) {
                  return Optional.of(v.booleanValue());
                }
                String found = v.isTextual() ? "'" + Printable.quote(v.textValue()) + "'"
                    : describe(v);
                error(child(name), "expected true or false, found " + found
                    + (v.isTextual() && YAML_11_BOOLEANS.contains(
                        Ascii.upperCase(v.textValue()).orElse(""))
                        ? "; write true or false (YAML 1.2 reads " + found + " as text)" : ""));
                return Optional.empty();
              });
    }

    /** A whole number within bounds, both inclusive. */
    Optional<Integer> integer(String name, int min, int max) {
      return present(name).flatMap(v -> asInteger(v, child(name), min, max));
    }

    private Optional<Integer> asInteger(JsonNode v, String at, int min, int max) {
      if (!v.isIntegralNumber()) {
        error(at, "expected a whole number from " + min + " to " + max + ", found "
            + describe(v));
        return Optional.empty();
      }
      if (!v.canConvertToInt() || v.intValue() < min || v.intValue() > max) {
        error(at, "expected a whole number from " + min + " to " + max + ", found "
            + Printable.quote(v.asText()));
        return Optional.empty();
      }
      return Optional.of(v.intValue());
    }

    Optional<BigDecimal> decimal(String name) {
      return present(name)
          .flatMap(
              v -> {
                if (v.isNumber() && Figure.isFigure(v.decimalValue())) {
                  return Optional.of(v.decimalValue());
                }
                error(child(name), "expected " + Figure.bounds() + ", found "
                    + (v.isNumber() ? Printable.quote(v.decimalValue().toString())
                        : describe(v)));
                return Optional.empty();
              });
    }

    /** An ISO date (YYYY-MM-DD) that exists in the calendar, within the range of dates. */
    Optional<LocalDate> date(String name) {
      return text(name)
          .flatMap(
              t -> {
                try {
                  return Optional.of(Dates.parse(t));
                } catch (IllegalArgumentException e) {
                  error(child(name), "expected " + e.getMessage() + ", found '"
                      + Printable.quote(t) + "'");
                  return Optional.empty();
                }
              });
    }

    <E extends Enum<E>> Optional<E> enumeration(String name, Class<E> type) {
      return present(name).flatMap(v -> asEnum(v, child(name), type));
    }

    private <E extends Enum<E>> Optional<E> asEnum(JsonNode v, String at, Class<E> type) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      if (v.isTextual()) {
        Optional<E> constant = Ascii.constant(type, v.textValue());
        if (constant.isPresent()) {
          return constant;
        }
      }
      error(at, "expected one of " + allowed + ", found '" + Printable.quote(v.asText()) + "'");
      return Optional.empty();
    }

    /** A parsed text value; the parser's IllegalArgumentException message becomes the error. */
    <T> Optional<T> parsed(String name, Function<String, T> parser, String expected) {
      return text(name)
          .flatMap(
              t -> {
                try {
                  return Optional.of(parser.apply(t));
                } catch (IllegalArgumentException e) {
                  error(child(name), "expected " + expected + ", found '" + Printable.quote(t)
                      + "'");
                  return Optional.empty();
                }
              });
    }

    Optional<Obj> object(String name, String... fields) {
      return present(name).flatMap(v -> Binding.this.object(v, child(name), fields));
    }

    private Optional<JsonNode> list(String name) {
      return present(name)
          .flatMap(
              v -> {
                if (v.isArray()) {
                  return Optional.of(v);
                }
                error(child(name), "expected a list, found " + describe(v));
                return Optional.empty();
              });
    }

    List<String> texts(String name) {
      List<String> out = new ArrayList<>();
      list(name)
          .ifPresent(
              a -> {
                for (int i = 0; i < a.size(); i++) {
                  asText(a.get(i), child(name) + "/" + i).ifPresent(out::add);
                }
              });
      return out;
    }

    List<Integer> integers(String name, int min, int max) {
      List<Integer> out = new ArrayList<>();
      list(name)
          .ifPresent(
              a -> {
                for (int i = 0; i < a.size(); i++) {
                  asInteger(a.get(i), child(name) + "/" + i, min, max).ifPresent(out::add);
                }
              });
      return out;
    }

    <E extends Enum<E>> List<E> enumerations(String name, Class<E> type) {
      List<E> out = new ArrayList<>();
      list(name)
          .ifPresent(
              a -> {
                for (int i = 0; i < a.size(); i++) {
                  asEnum(a.get(i), child(name) + "/" + i, type).ifPresent(out::add);
                }
              });
      return out;
    }

    List<Obj> objects(String name, String... fields) {
      List<Obj> out = new ArrayList<>();
      list(name)
          .ifPresent(
              a -> {
                for (int i = 0; i < a.size(); i++) {
                  Binding.this.object(a.get(i), child(name) + "/" + i, fields).ifPresent(out::add);
                }
              });
      return out;
    }
  }
}
