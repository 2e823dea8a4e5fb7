package org.cjoip.rules.facts;

import java.util.List;
import java.util.stream.Collectors;

/** Wording helpers for findings' messages, so every rule quotes the plan the same way. */
public final class Texts {

  private static final int EXCERPT = 80;

  private Texts() {}

  /** The text, cut at a word boundary with an ellipsis when longer than a message can carry. */
  public static String excerpt(String text) {
    String t = text.strip().replaceAll("\\s+", " ");
    if (t.length() <= EXCERPT) {
      return t;
    }
    int cut = t.lastIndexOf(' ', EXCERPT - 1);
    return t.substring(0, cut > 40 ? cut : EXCERPT - 1) + "…";
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
