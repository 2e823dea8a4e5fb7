package org.cjoip.rules.facts;

import java.util.List;
import java.util.stream.Collectors;
import org.cjoip.model.framework.Direction;

/** Wording helpers for findings' messages, so every rule quotes the plan the same way. */
public final class Texts {

  // The longest quote of the plan's words a message carries whole.
  private static final int EXCERPT = 200;
  // Where a long quote may be cut, best first: after a sentence, then after a clause.
  private static final List<String> BOUNDARIES = List.of(". ", "; ", ": ", ", ");
  // A full stop after a quote that ends in its own . ! or ?.
  private static final java.util.regex.Pattern DOUBLED =
      java.util.regex.Pattern.compile("([.!?])\"\\.");

  /** The suggestion of CJ-COV-007: what s19 asks of each national outcome. */
  public static final String S19 = "State, for the action or plan-wide, how close the outcome is"
      + " and whether it is a priority (s19).";

  private Texts() {}

  /**
   * What the plan does with measures it does not use as national indicators but gives as
   * deliverables' impact measures: a sentence per such measure, naming the deliverables, or
   * nothing when there are none.
   *
   * @param missing the {@link UnmatchedMeasure}s of an action
   * @param measured the {@link MeasuredBy} facts of the same action
   */
  public static String measuredByDeliverables(List<?> missing, List<?> measured) {
    StringBuilder out = new StringBuilder();
    for (EditionItem item : inEditionOrder(missing)) {
      UnmatchedMeasure m = (UnmatchedMeasure) item;
      java.util.List<DeliverableFact> by = new java.util.ArrayList<>();
      for (Object o : measured) {
        MeasuredBy b = (MeasuredBy) o;
        if (b.measureId().equals(m.measureId()) && !by.contains(b.deliverable())) {
          by.add(b.deliverable());
        }
      }
      if (by.isEmpty()) {
        continue;
      }
      by.sort(java.util.Comparator.comparingInt(DeliverableFact::index));
      List<String> labels = by.stream().map(DeliverableFact::label).toList();
      out.append(by.size() == 1 ? " Deliverable " : " Deliverables ")
          .append(String.join(", ", labels)).append(by.size() == 1 ? " gives " : " give ")
          .append(missing.size() == 1 ? "it" : "\"" + m.text() + "\"")
          .append(" as an impact measure, but the plan does not present it as the national")
          .append(" indicator.");
    }
    return out.toString();
  }

  /**
   * Says, when any of the evidence items is a reconstruction, that the edition reconstructs
   * them: the Improvement Tool itself is not among its sources.
   */
  public static String reconstruction(List<?> evidence) {
    for (Object o : evidence) {
      EvidenceFact e = o instanceof UnusedEvidence u ? u.evidence() : (EvidenceFact) o;
      if (e.reconstructed()) {
        return " These items are the framework edition's reconstruction of the tool from "
            + e.item().provenance().source() + ", not checked against the tool itself.";
      }
    }
    return "";
  }

  /** A closed set's value in lower case words: {@code INCREASE} as "increase". */
  public static String lower(Enum<?> value) {
    return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  /** Framework items sorted in the order the edition lists them. */
  public static List<EditionItem> inEditionOrder(List<?> items) {
    List<EditionItem> sorted = new java.util.ArrayList<>();
    for (Object item : items) {
      sorted.add((EditionItem) item);
    }
    sorted.sort(java.util.Comparator.comparingInt(EditionItem::order));
    return sorted;
  }

  /**
   * National measures by their id and wording, joined: CJPF-M1.1 ("Number of …") and
   * CJPF-M1.3 ("…"), in the order the edition lists them. Items are {@link NationalMeasure}s
   * or {@link MissingFigure}s.
   */
  public static String measures(List<?> items) {
    List<String> named = new java.util.ArrayList<>();
    for (EditionItem item : inEditionOrder(items)) {
      NationalMeasure m = item instanceof MissingFigure f ? f.measure() : (NationalMeasure) item;
      named.add(m.id() + " (\"" + m.text() + "\")");
    }
    return joined(named);
  }

  /** Words joined as a sentence lists them: "a", "a and b", "a, b and c". */
  public static String joined(List<String> words) {
    if (words.size() <= 1) {
      return String.join("", words);
    }
    return String.join(", ", words.subList(0, words.size() - 1)) + " and "
        + words.get(words.size() - 1);
  }

  /**
   * A place in a list as a reader says it: 1st, 2nd, 3rd, 4th, 11th, 21st. A deliverable's
   * place is said so ("2nd deliverable of priority action 1"), never as a number that reads
   * like its id.
   */
  public static String ordinal(int n) {
    int lastTwo = n % 100;
    String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th"
        : switch (n % 10) {
          case 1 -> "st";
          case 2 -> "nd";
          case 3 -> "rd";
          default -> "th";
        };
    return n + suffix;
  }

  /** A figure as a reader writes it: 27, 73.9 (no trailing zeros, no exponent). */
  public static String figure(java.math.BigDecimal value) {
    return value.stripTrailingZeros().toPlainString();
  }

  /**
   * An indicator's target in words: "to decrease to 15", "to increase", "to maintain at 80", "of
   * 60"; "none given" when it has neither a direction nor a value.
   */
  public static String target(IndicatorFact indicator) {
    String value = indicator.targetValue() == null ? null : figure(indicator.targetValue());
    if (indicator.targetDirection() != null) {
      String at = indicator.targetDirection() == Direction.MAINTAIN ? " at " : " to ";
      return "to " + lower(indicator.targetDirection()) + (value == null ? "" : at + value);
    }
    return value == null ? "none given" : "of " + value;
  }

  /**
   * The plan's words as a message quotes them: whole when they are of a normal length (a
   * sentence or two, up to 200 characters); beyond that, cut after the last sentence or clause
   * that fits, or else at a word, and the cut marked with "…", so that what is quoted still
   * says something whole. Runs of white space are read as one space.
   */
  public static String excerpt(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= EXCERPT) {
      return t;
    }
    for (String end : BOUNDARIES) {
      int at = t.lastIndexOf(end, EXCERPT - 2);
      if (at >= EXCERPT / 2) {
        // A full stop ends what is quoted; a comma, colon or semicolon would dangle before "…".
        return t.substring(0, end.startsWith(".") ? at + 1 : at) + " …";
      }
    }
    int cut = t.lastIndexOf(' ', EXCERPT - 1);
    return t.substring(0, cut > EXCERPT / 2 ? cut : EXCERPT - 1) + "…";
  }

  /**
   * A message or a suggestion with its punctuation mended where it ends a quote: a quote that
   * already ends its sentence ({@code "…nationally first."}) takes no second full stop after
   * the closing quote mark. Every finding's words pass through here ({@link Draft}).
   */
  public static String punctuated(String message) {
    if (message == null || message.indexOf("\".") < 0) {
      return message;
    }
    return DOUBLED.matcher(message).replaceAll("$1\"");
  }

  /** The text stripped, and cut with an ellipsis when it is longer than {@code most}. */
  public static String cut(String text, int most) {
    String t = text.strip();
    return t.length() > most ? t.substring(0, most - 3) + "…" : t;
  }

  /**
   * Each item quoted and joined: "a", "b" and "c". Items that are {@link Worded} are quoted by
   * their wording, others by their string form.
   */
  public static String quoted(List<?> items) {
    List<String> quoted =
        items.stream()
            .map(i -> i instanceof Worded w ? w.text() : String.valueOf(i))
            .map(s -> "\"" + s + "\"")
            .collect(Collectors.toList());
    return joined(quoted);
  }
}
