package org.cjoip.rules.facts;

import java.util.List;
import java.util.stream.Collectors;

/** Wording helpers for findings' messages, so every rule quotes the plan the same way. */
public final class Texts {

  private static final int EXCERPT = 80;

  /** The suggestion of CJ-COV-007: what s19 asks of each national outcome. */
  public static final String S19 = "State, for the action or plan-wide, how close the outcome is"
      + " and whether it is a priority (s19).";

  private Texts() {}

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

  /** The text, cut at a word boundary with an ellipsis when longer than a message can carry. */
  public static String excerpt(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= EXCERPT) {
      return t;
    }
    int cut = t.lastIndexOf(' ', EXCERPT - 1);
    return t.substring(0, cut > 40 ? cut : EXCERPT - 1) + "…";
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
    if (quoted.size() <= 1) {
      return String.join("", quoted);
    }
    return String.join(", ", quoted.subList(0, quoted.size() - 1))
        + " and " + quoted.get(quoted.size() - 1);
  }
}
