package org.cjoip.model.wording;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Puts a plan's or the framework's wording into a comparable form: case-folded, bracketed
 * remarks and sub-measure numbering dropped, abbreviations expanded, spelling variants unified,
 * punctuation removed. The word lists are data ({@code wording.json}).
 */
public final class Normaliser {

  private static final class Holder {
    static final Normaliser STANDARD = load();
  }

  private final double closeThreshold;
  private final Map<String, String> abbreviations;
  private final Map<String, String> variants;
  private final Set<String> stopWords;
  // Other words the plans use for a framework phrase: the same item, so close, never exact.
  private final Map<String, String> paraphrases;

  private Normaliser(double closeThreshold, Map<String, String> abbreviations,
      Map<String, String> variants, Set<String> stopWords, Map<String, String> paraphrases) {
    this.paraphrases = paraphrases;
    this.closeThreshold = closeThreshold;
    this.abbreviations = abbreviations;
    this.variants = variants;
    this.stopWords = stopWords;
  }

  public static Normaliser standard() {
    return Holder.STANDARD;
  }

  /** The score at or above which a candidate is the same item in other words. */
  public double closeThreshold() {
    return closeThreshold;
  }

  /** The text's words in order, normalised; stop words included. */
  public List<String> words(String text) {
    return replace(rawWords(text), variants);
  }

  private static List<String> replace(List<String> words, Map<String, String> phrases) {
    String joined = " " + String.join(" ", words) + " ";
    for (Map.Entry<String, String> v : phrases.entrySet()) {
      joined = joined.replace(" " + v.getKey() + " ", " " + v.getValue() + " ");
    }
    List<String> out = new ArrayList<>();
    for (String w : joined.strip().split(" ")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  private List<String> rawWords(String text) {
    String t = text.toLowerCase(Locale.ROOT)
        .replaceAll("\\([^)]*\\)", " ")
        .replaceAll("(?<![\\p{L}\\p{N}])(?:[ivx]+|\\d+|[a-h])\\)", " ")
        .replace('\u2019', '\'')
        .replaceAll("[^\\p{L}\\p{N}']+", " ")
        .replace("'", "")
        .strip();
    List<String> out = new ArrayList<>();
    for (String w : t.split(" ")) {
      if (w.isEmpty()) {
        continue;
      }
      String expanded = abbreviations.getOrDefault(w, w);
      for (String e : expanded.split(" ")) {
        out.add(e);
      }
    }
    return out;
  }

  /** The text as one comparable string. */
  public String normalise(String text) {
    return String.join(" ", words(text));
  }

  /** The content words, stemmed, in order: what scoring compares. */
  public List<String> content(String text) {
    List<String> out = new ArrayList<>();
    for (String w : replace(words(text), paraphrases)) {
      if (!stopWords.contains(w)) {
        out.add(stem(w));
      }
    }
    return out;
  }

  static String stem(String w) {
    if (w.length() > 4 && w.endsWith("ies")) {
      return w.substring(0, w.length() - 3) + "y";
    }
    if (w.length() > 3 && w.endsWith("s") && !w.endsWith("ss")) {
      return w.substring(0, w.length() - 1);
    }
    return w;
  }

  private static Normaliser load() {
    try (InputStream in = Normaliser.class.getResourceAsStream("wording.json")) {
      JsonNode root = new ObjectMapper().readTree(in);
      Map<String, String> abbreviations = new LinkedHashMap<>();
      root.get("abbreviations").fields()
          .forEachRemaining(e -> abbreviations.put(e.getKey(), e.getValue().asText()));
      Map<String, String> variants = new LinkedHashMap<>();
      root.get("variants").fields()
          .forEachRemaining(e -> variants.put(e.getKey(), e.getValue().asText()));
      Set<String> stop = new HashSet<>();
      root.get("stopWords").forEach(w -> stop.add(w.asText()));
      Map<String, String> paraphrases = new LinkedHashMap<>();
      root.get("paraphrases").fields()
          .forEachRemaining(e -> paraphrases.put(e.getKey(), e.getValue().asText()));
      return new Normaliser(root.get("closeThreshold").asDouble(), Map.copyOf(abbreviations),
          variants, Set.copyOf(stop), paraphrases);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
