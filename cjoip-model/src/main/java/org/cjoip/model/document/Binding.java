package org.cjoip.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Binds a located tree to value types by hand, so that every error says where it is and what
 * was expected, and all of a document's errors are reported at once rather than the first.
 * Shared by the readers of this module; not public API.
 */
public final class Binding {

  /**
   * The root member an editor reads to find the document's JSON Schema. It says nothing about
   * the document's content, so every reader allows it at the root and ignores it.
   */
  public static final String SCHEMA_HINT = "$schema";

  private final String source;
  private final SourceMap sourceMap;
  private final boolean lenient;
  private final List<Problem> problems = new ArrayList<>();

  public Binding(String source, SourceMap sourceMap, boolean lenient) {
    this.source = source;
    this.sourceMap = sourceMap;
    this.lenient = lenient;
  }

  /** Every problem reported so far, in document order. */
  public List<Problem> problems() {
    List<Problem> sorted = new ArrayList<>(problems);
    sorted.sort(
        (a, b) ->
            a.line() != b.line()
                ? Integer.compare(a.line(), b.line())
                : Integer.compare(a.column(), b.column()));
    return sorted;
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR);
  }

  /** Throws with every problem when any is an error. */
  public void throwIfErrors() throws DocumentException {
    if (hasErrors()) {
      throw new DocumentException(problems());
    }
  }

  /** Reports an error at a node, or at its nearest existing ancestor's position. */
  public void error(String pointer, String message) {
    report(Problem.Severity.ERROR, pointer, message);
  }

  public void warning(String pointer, String message) {
    report(Problem.Severity.WARNING, pointer, message);
  }

  private void report(Problem.Severity severity, String pointer, String message) {
    SourceMap.Position at =
        sourceMap.position(sourceMap.deepestExisting(pointer)).orElse(SourceMap.Position.NONE);
    problems.add(
        Problem.builder()
            .severity(severity)
            .source(source)
            .line(at.line())
            .column(at.column())
            .pointer(pointer)
            .message(message)
            .build());
  }

  /**
   * Opens the root, which must be an object. Besides the fields given, it may hold
   * {@link #SCHEMA_HINT} as text.
   */
  public Optional<Obj> root(JsonNode node, String... fields) {
    return object(node, "", fields);
  }

  Optional<Obj> object(JsonNode node, String pointer, String... fields) {
    if (!node.isObject()) {
      error(pointer, "expected an object, found " + describe(node));
      return Optional.empty();
    }
    return Optional.of(new Obj(node, pointer, new LinkedHashSet<>(Arrays.asList(fields))));
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
  public final class Obj {
    private final JsonNode node;
    private final String pointer;
    private final Set<String> known;

    Obj(JsonNode node, String pointer, Set<String> known) {
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
          String message =
              "unknown field '" + name + "'; expected one of: " + String.join(", ", known);
          if (lenient) {
            warning(child(name), message);
          } else {
            error(child(name), message);
          }
        }
      }
    }

    public String pointer() {
      return pointer;
    }

    public String child(String name) {
      return pointer + "/" + SourceMap.escape(name);
    }

    private Optional<JsonNode> present(String name) {
      JsonNode value = node.get(name);
      return value == null || value.isNull() ? Optional.empty() : Optional.of(value);
    }

    public boolean has(String name) {
      return present(name).isPresent();
    }

    /** Reports a missing required field. */
    public void missing(String name, String expected) {
      error(pointer, "missing required field '" + name + "' (" + expected + ")");
    }

    public Optional<String> text(String name) {
      return present(name).flatMap(v -> asText(v, child(name)));
    }

    public Optional<String> requiredText(String name) {
      if (!has(name)) {
        missing(name, "text");
        return Optional.empty();
      }
      return text(name);
    }

    private Optional<String> asText(JsonNode v, String at) {
      if (v.isTextual()) {
        return Optional.of(v.textValue());
      }
      String hint = v.isNumber() ? "; quote it (in YAML, \"1.10\" and 1.1 differ)" : "";
      error(at, "expected text, found " + describe(v) + hint);
      return Optional.empty();
    }

    public Optional<Boolean> bool(String name) {
      return present(name)
          .flatMap(
              v -> {
                if (v.isBoolean()) {
                  return Optional.of(v.booleanValue());
                }
                error(child(name), "expected true or false, found " + describe(v));
                return Optional.empty();
              });
    }

    /** A whole number within bounds, both inclusive. */
    public Optional<Integer> integer(String name, int min, int max) {
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
            + v.asText());
        return Optional.empty();
      }
      return Optional.of(v.intValue());
    }

    public Optional<BigDecimal> decimal(String name) {
      return present(name)
          .flatMap(
              v -> {
                if (v.isNumber()) {
                  return Optional.of(v.decimalValue());
                }
                error(child(name), "expected a number, found " + describe(v));
                return Optional.empty();
              });
    }

    /** An ISO date (YYYY-MM-DD) that exists in the calendar. */
    public Optional<LocalDate> date(String name) {
      return text(name)
          .flatMap(
              t -> {
                try {
                  if (!t.matches("\\d{4}-\\d{2}-\\d{2}")) {
                    throw new DateTimeParseException("not YYYY-MM-DD", t, 0);
                  }
                  return Optional.of(LocalDate.parse(t));
                } catch (DateTimeParseException e) {
                  error(child(name), "expected a date as YYYY-MM-DD that exists, found '" + t
                      + "'");
                  return Optional.empty();
                }
              });
    }

    public <E extends Enum<E>> Optional<E> enumeration(String name, Class<E> type) {
      return present(name).flatMap(v -> asEnum(v, child(name), type));
    }

    private <E extends Enum<E>> Optional<E> asEnum(JsonNode v, String at, Class<E> type) {
      String allowed =
          Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", "));
      if (v.isTextual()) {
        try {
          return Optional.of(Enum.valueOf(type, v.textValue().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
          // reported below
        }
      }
      error(at, "expected one of " + allowed + ", found '" + v.asText() + "'");
      return Optional.empty();
    }

    /** A parsed text value; the parser's IllegalArgumentException message becomes the error. */
    public <T> Optional<T> parsed(String name, Function<String, T> parser, String expected) {
      return text(name)
          .flatMap(
              t -> {
                try {
                  return Optional.of(parser.apply(t));
                } catch (IllegalArgumentException e) {
                  error(child(name), "expected " + expected + ", found '" + t + "'");
                  return Optional.empty();
                }
              });
    }

    public Optional<Obj> object(String name, String... fields) {
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

    public List<String> texts(String name) {
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

    public List<Integer> integers(String name, int min, int max) {
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

    public <E extends Enum<E>> List<E> enumerations(String name, Class<E> type) {
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

    public List<Obj> objects(String name, String... fields) {
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
