package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a plan's indicator entry into its measures, so each is matched on its own: at
 * numbering ("i)", "1)", "a)"), ";", "•" and line breaks. A heading before ":" is put in front
 * of each part: "Number of diversion from prosecution: i) assessments undertaken; ii) cases
 * commenced" gives two measures, each naming diversion from prosecution.
 */
public final class MeasureSplitter {

  private MeasureSplitter() {}

  public static List<String> split(String entry) {
    String text = entry.strip();
    String stem = "";
    int colon = text.indexOf(':');
    if (colon > 0 && colon < text.length() - 1) {
      // A heading numbered like its parts ("i) Proportion of …: offered …") loses the number.
      stem = text.substring(0, colon).strip()
          .replaceFirst("^(?:[ivx]{1,4}|\\d{1,2}|[a-h])\\)\\s*", "");
      text = text.substring(colon + 1);
    }
    String[] parts = text.split(
        "\\s*(?:;|•|\\n|\\.\\s+(?=\\p{Ll})|(?<![\\p{L}\\p{N}])(?:[ivx]{1,4}|\\d{1,2}|[a-h])\\))\\s*");
    List<String> out = new ArrayList<>();
    for (String part : parts) {
      String p = part.strip().replaceAll("[.,]+$", "").strip();
      if (!p.isEmpty()) {
        out.add(stem.isEmpty() ? p : stem + " " + p);
      }
    }
    if (out.isEmpty()) {
      out.add(entry.strip());
    }
    return List.copyOf(out);
  }
}
