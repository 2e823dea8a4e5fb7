package org.cjoip.model.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The words people write for the closed sets of a workbook (MoSCoW priorities, statuses, Yes
 * and No, units, directions, statutory partners), loaded from {@value #RESOURCE}: data, not
 * code. Immutable and thread-safe.
 */
final class Words {

  static final String RESOURCE = "/org/cjoip/model/workbook/words.json";

  /** One closed set: each value of the plan document and the words that mean it. */
  static final class Set {
    private final String name;
    private final Map<String, List<String>> words;
    private final Map<String, String> byWord;

    private Set(String name, Map<String, List<String>> words) {
      this.name = name;
      this.words = words;
      Map<String, String> index = new HashMap<>();
      words.forEach((value, list) -> {
        index.put(fold(value), value);
        for (String w : list) {
          String previous = index.put(fold(w), value);
          if (previous != null && !previous.equals(value)) {
            throw new IllegalStateException(RESOURCE + ": in " + name + ", '" + w
                + "' means both " + previous + " and " + value);
          }
        }
      });
      this.byWord = index;
    }

    String name() {
      return name;
    }

    /** The value a cell's text means, if it is one of the set's words. */
    Optional<String> value(String text) {
      return Optional.ofNullable(byWord.get(fold(text)));
    }

    /** The values, in the order the data gives them. */
    List<String> values() {
      return List.copyOf(words.keySet());
    }

    /** The word the template offers and the writer writes for a value. */
    String preferred(String value) {
      List<String> list = words.get(value);
      if (list == null) {
        throw new IllegalArgumentException(name + " has no value " + value);
      }
      return list.get(0);
    }

    /** Every word of the set, for messages and tests. */
    Map<String, List<String>> words() {
      return words;
    }
  }

  private static final Words STANDARD = load();

  private final Map<String, Set> sets;

  private Words(Map<String, Set> sets) {
    this.sets = sets;
  }

  static Words standard() {
    return STANDARD;
  }

  Set yesNo() {
    return set("yesNo");
  }

  Set statutoryPartners() {
    return set("statutoryPartners");
  }

  /** A closed set by its name in the data, as the layout's columns name it. */
  Set set(String name) {
    Set s = sets.get(name);
    if (s == null) {
      throw new IllegalStateException(RESOURCE + " has no set '" + name + "'");
    }
    return s;
  }

  /**
   * A word as it is compared: trimmed, lower case, apostrophes dropped, and runs of spaces,
   * hyphens and underscores made one space.
   */
  static String fold(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("['\u2018\u2019`]", "")
        .replaceAll("[\\s_\\-\u2010-\u2015]+", " ").strip();
  }

  private static Words load() {
    try (InputStream in = Words.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the class path");
      }
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, Set> sets = new LinkedHashMap<>();
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> set = it.next();
        if (set.getKey().equals("description")) {
          continue;
        }
        Map<String, List<String>> words = new LinkedHashMap<>();
        set.getValue().fields().forEachRemaining(v -> {
          List<String> list = new ArrayList<>();
          v.getValue().forEach(w -> list.add(w.asText()));
          words.put(v.getKey(), List.copyOf(list));
        });
        sets.put(set.getKey(), new Set(set.getKey(), Collections.unmodifiableMap(words)));
      }
      return new Words(Map.copyOf(sets));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
