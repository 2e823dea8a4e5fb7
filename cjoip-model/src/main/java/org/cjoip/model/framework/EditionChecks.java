package org.cjoip.model.framework;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cjoip.model.framework.InvalidEditionException.Violation;

/**
 * The invariants of the framework types, checked by their builders. A violation is located by
 * a JSON Pointer into the document form of the value being built, so that a reader reports it
 * where the file has it, and the exception's message names the field.
 */
final class EditionChecks {

  // Lower-case words of letters and digits joined by hyphens: safe in file names and URLs.
  private static final Pattern EDITION_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private EditionChecks() {}

  static void requireText(String value, String field) {
    if (value.isBlank()) {
      throw invalid(field, "must not be blank");
    }
  }

  static void requireRange(int value, int min, int max, String field) {
    if (value < min || value > max) {
      throw invalid(field, "expected a whole number from " + min + " to " + max + ", found "
          + value);
    }
  }

  static void requirePositive(int value, String field) {
    if (value < 1) {
      throw invalid(field, "expected a whole number of 1 or more, found " + value);
    }
  }

  /** One broken invariant of the value being built, at a field named by its path. */
  static InvalidEditionException invalid(String fieldPath, String message) {
    return new InvalidEditionException(List.of(new Violation(pointer(fieldPath), message)));
  }

  /** Whether a text is a well-formed edition id. */
  static boolean isEditionId(String id) {
    return EDITION_ID.matcher(id).matches();
  }

  /** Every invariant the edition breaks, in document order. */
  static List<Violation> violations(Edition e) {
    List<Violation> out = new ArrayList<>();
    if (!isEditionId(e.id())) {
      out.add(new Violation("/id", "expected an edition id of lower-case letters and digits in"
          + " words joined by hyphens (such as 'cjpf-2023'), found '" + e.id() + "'"));
    }
    blank(out, e.title(), "/title");
    blank(out, e.publisher(), "/publisher");
    e.inForce()
        .filter(d -> d.isBefore(e.published()))
        .ifPresent(d -> out.add(new Violation("/inForce", "the edition comes into force (" + d
            + ") before it is published (" + e.published() + ")")));
    e.supersedes()
        .ifPresent(
            s -> {
              if (s.equals(e.id())) {
                out.add(new Violation("/supersedes", "an edition cannot supersede itself"));
              } else if (!isEditionId(s)) {
                out.add(new Violation("/supersedes", "expected an edition id of lower-case"
                    + " letters and digits in words joined by hyphens, found '" + s + "'"));
              }
            });
    aims(e, out);
    priorityActions(e, out);
    outcomes(e, out);
    evidence(e, out);
    scale(e, out);
    for (int i = 0; i < e.notes().size(); i++) {
      blank(out, e.notes().get(i), "/notes/" + i);
    }
    return out;
  }

  private static void aims(Edition e, List<Violation> out) {
    Map<Integer, String> seen = new HashMap<>();
    for (int i = 0; i < e.aims().size(); i++) {
      int n = e.aims().get(i).number();
      String at = "/aims/" + i;
      String first = seen.putIfAbsent(n, at);
      if (first != null) {
        out.add(new Violation(at + "/number", "aim " + n + " is given twice (first at " + first
            + ")"));
      }
    }
  }

  private static void priorityActions(Edition e, List<Violation> out) {
    Map<Integer, String> seen = new HashMap<>();
    for (int i = 0; i < e.priorityActions().size(); i++) {
      PriorityAction pa = e.priorityActions().get(i);
      String at = "/priorityActions/" + i;
      String first = seen.putIfAbsent(pa.number(), at);
      if (first != null) {
        out.add(new Violation(at + "/number", "priority action " + pa.number()
            + " is given twice (first at " + first + ")"));
      }
      if (e.aim(pa.aim()).isEmpty()) {
        out.add(new Violation(at + "/aim", "priority action " + pa.number() + " names aim "
            + pa.aim() + ", which this edition does not have (" + aimList(e) + ")"));
      }
      if (pa.noOutcomeNote().isPresent()) {
        e.outcomeFor(pa.number())
            .ifPresent(o -> out.add(new Violation(at + "/noOutcomeNote", "priority action "
                + pa.number() + " has a nationally determined outcome (" + o.id()
                + "), so it cannot have a note saying it has none")));
      }
    }
  }

  private static void outcomes(Edition e, List<Violation> out) {
    if (e.outcomes().isEmpty()) {
      out.add(new Violation("/outcomes", "an edition has at least one national outcome"));
    }
    Map<String, String> ids = new LinkedHashMap<>();
    Map<Integer, String> owners = new HashMap<>();
    for (int i = 0; i < e.outcomes().size(); i++) {
      NationalOutcome o = e.outcomes().get(i);
      String at = "/outcomes/" + i;
      unique(out, ids, o.id(), at + "/id");
      o.priorityAction()
          .ifPresent(
              pa -> {
                if (e.priorityAction(pa).isEmpty()) {
                  out.add(new Violation(at + "/priorityAction", "outcome " + o.id()
                      + " names priority action " + pa + ", which this edition does not have ("
                      + priorityActionList(e) + ")"));
                }
                String first = owners.putIfAbsent(pa, at);
                if (first != null) {
                  out.add(new Violation(at + "/priorityAction", "priority action " + pa
                      + " already has an outcome (at " + first
                      + "); a priority action has at most one"));
                }
              });
      o.indicator()
          .ifPresent(
              ind -> {
                unique(out, ids, ind.id(), at + "/indicator/id");
                for (int j = 0; j < ind.measures().size(); j++) {
                  unique(out, ids, ind.measures().get(j).id(),
                      at + "/indicator/measures/" + j + "/id");
                }
              });
    }
    for (int i = 0; i < e.evidence().size(); i++) {
      unique(out, ids, e.evidence().get(i).id(), "/evidence/" + i + "/id");
    }
  }

  private static void evidence(Edition e, List<Violation> out) {
    for (int i = 0; i < e.evidence().size(); i++) {
      EvidenceItem item = e.evidence().get(i);
      if (e.priorityAction(item.priorityAction()).isEmpty()) {
        out.add(new Violation("/evidence/" + i + "/priorityAction", "evidence item " + item.id()
            + " names priority action " + item.priorityAction()
            + ", which this edition does not have (" + priorityActionList(e) + ")"));
      }
    }
  }

  private static void scale(Edition e, List<Violation> out) {
    Map<Integer, String> seen = new HashMap<>();
    for (int i = 0; i < e.scale().size(); i++) {
      int v = e.scale().get(i).value();
      String at = "/scale/" + i;
      String first = seen.putIfAbsent(v, at);
      if (first != null) {
        out.add(new Violation(at + "/value", "scale point " + v + " is given twice (first at "
            + first + ")"));
      }
    }
  }

  private static void unique(List<Violation> out, Map<String, String> ids, String id, String at) {
    String first = ids.putIfAbsent(id, at);
    if (first != null) {
      out.add(new Violation(at, "id '" + id + "' is used twice (first at " + first + ")"));
    }
  }

  private static void blank(List<Violation> out, String value, String at) {
    if (value.isBlank()) {
      out.add(new Violation(at, "must not be blank"));
    }
  }

  private static String aimList(Edition e) {
    return e.aims().isEmpty()
        ? "it has no aims"
        : "its aims: " + e.aims().stream().map(a -> String.valueOf(a.number()))
            .collect(Collectors.joining(", "));
  }

  private static String priorityActionList(Edition e) {
    return e.priorityActions().isEmpty()
        ? "it has no priority actions"
        : "its priority actions: " + e.priorityActions().stream()
            .map(p -> String.valueOf(p.number())).collect(Collectors.joining(", "));
  }

  /** {@code /priorityActions/3/aim} as a field path: {@code priorityActions[3].aim}. */
  static String fieldPath(String pointer) {
    if (pointer.isEmpty()) {
      return "edition";
    }
    StringBuilder out = new StringBuilder();
    for (String token : pointer.substring(1).split("/", -1)) {
      String name = token.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(name);
      }
    }
    return out.toString();
  }

  /** A field path as a JSON Pointer: {@code measures[1].id} is {@code /measures/1/id}. */
  static String pointer(String fieldPath) {
    StringBuilder out = new StringBuilder();
    for (String part : fieldPath.split("\\.", -1)) {
      int bracket = part.indexOf('[');
      String name = bracket < 0 ? part : part.substring(0, bracket);
      if (!name.isEmpty()) {
        out.append('/').append(name.replace("~", "~0").replace("/", "~1"));
      }
      if (bracket >= 0) {
        for (String index : part.substring(bracket + 1).split("\\]\\[?")) {
          if (!index.isEmpty()) {
            out.append('/').append(index);
          }
        }
      }
    }
    return out.toString();
  }
}
