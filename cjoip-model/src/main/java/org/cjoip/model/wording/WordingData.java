package org.cjoip.model.wording;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.cjoip.model.io.JsonResources;

/**
 * The word lists and numbers of the matcher, read once from {@value #RESOURCE}: abbreviations,
 * spelling variants, stop words, stemming suffixes, scoring weights and thresholds. Immutable.
 */
final class WordingData {

  static final String RESOURCE = "/org/cjoip/model/wording/wording.json";

  /** A suffix and what replaces it. */
  record Suffix(String suffix, String replacement) {}

  final Map<String, String> symbols;
  final Map<String, List<String>> abbreviations;
  /** Spelling variants keyed by their words; the longest phrases first. */
  final Map<List<String>, List<String>> variants;
  final Set<String> joinPrefixes;
  final Set<String> stopWords;
  final Set<String> quantityWords;
  final Set<String> relationWords;
  final List<List<String>> opposites;
  final int minStem;
  final int derivedMinStem;
  final List<Suffix> inflections;
  final List<Suffix> tenses;
  final List<String> derivations;
  final Set<String> conjunctions;
  final double unigramWeight;
  final double bigramWeight;
  final double contradictionPenalty;
  final double kindPenalty;
  final int fuzzyMinLength;
  final int fuzzyMaxEdits;
  final int bigramWindow;
  final double close;
  final double margin;
  /** The floor below which the nearest candidate of an unrecognised text is not close. */
  final double nearMiss;

  private WordingData(JsonNode root) {
    if (root.path("formatVersion").asInt() != 1) {
      throw bad("'formatVersion' must be 1");
    }
    symbols = stringMap(root, "symbols");
    Map<String, List<String>> abbr = new LinkedHashMap<>();
    stringMap(root, "abbreviations").forEach((k, v) -> abbr.put(k, words(v)));
    abbreviations = Map.copyOf(abbr);
    List<Map.Entry<List<String>, List<String>>> vs = new ArrayList<>();
    stringMap(root, "variants").forEach((k, v) -> vs.add(Map.entry(words(k), words(v))));
    vs.sort((a, b) -> Integer.compare(b.getKey().size(), a.getKey().size()));
    Map<List<String>, List<String>> ordered = new LinkedHashMap<>();
    vs.forEach(e -> ordered.put(e.getKey(), e.getValue()));
    variants = Collections.unmodifiableMap(ordered);
    joinPrefixes = stringSet(root, "joinPrefixes");
    stopWords = stringSet(root, "stopWords");
    quantityWords = stringSet(root, "quantityWords");
    relationWords = stringSet(root, "relationWords");
    List<List<String>> opp = new ArrayList<>();
    for (JsonNode pair : array(root, "opposites")) {
      List<String> p = strings(pair, "opposites");
      if (p.size() != 2) {
        throw bad("'opposites' must hold pairs of words");
      }
      opp.add(List.copyOf(p));
    }
    opposites = List.copyOf(opp);
    JsonNode stemming = object(root, "stemming");
    minStem = integer(stemming, "minStem");
    derivedMinStem = integer(stemming, "derivedMinStem");
    inflections = suffixes(stemming, "inflections");
    tenses = suffixes(stemming, "tenses");
    derivations = strings(array(stemming, "derivations"), "derivations");
    conjunctions = stringSet(object(root, "splitter"), "conjunctions");
    JsonNode scoring = object(root, "scoring");
    unigramWeight = fraction(scoring, "unigramWeight");
    bigramWeight = fraction(scoring, "bigramWeight");
    contradictionPenalty = fraction(scoring, "contradictionPenalty");
    kindPenalty = fraction(scoring, "kindPenalty");
    fuzzyMinLength = integer(scoring, "fuzzyMinLength");
    fuzzyMaxEdits = integer(scoring, "fuzzyMaxEdits");
    bigramWindow = integer(scoring, "bigramWindow");
    if (bigramWindow < 1) {
      throw bad("'scoring': bigramWindow must be at least 1");
    }
    if (Math.abs(unigramWeight + bigramWeight - 1.0) > 1e-9) {
      throw bad("'scoring': unigramWeight and bigramWeight must add up to 1");
    }
    JsonNode thresholds = object(root, "thresholds");
    close = fraction(thresholds, "close");
    margin = fraction(thresholds, "margin");
    nearMiss = fraction(thresholds, "nearMiss");
  }

  /** The standard data, loaded once. */
  static WordingData standard() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final WordingData INSTANCE = load();
  }

  /** Data from a document of the resource's form; a malformed one names the field at fault. */
  static WordingData read(JsonNode root) {
    return new WordingData(root);
  }

  private static WordingData load() {
    return read(JsonResources.read(WordingData.class, RESOURCE));
  }

  private static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    if (out.isEmpty()) {
      throw bad("a word list entry is blank");
    }
    return List.copyOf(out);
  }

  private static Map<String, String> stringMap(JsonNode root, String field) {
    JsonNode node = object(root, field);
    Map<String, String> out = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> fields = node.fields();
    while (fields.hasNext()) {
      Map.Entry<String, JsonNode> e = fields.next();
      if (!e.getValue().isTextual()) {
        throw bad("'" + field + "' must map words to text");
      }
      out.put(e.getKey().toLowerCase(Locale.ROOT), e.getValue().asText());
    }
    return Collections.unmodifiableMap(out);
  }

  private static Set<String> stringSet(JsonNode root, String field) {
    Set<String> out = new LinkedHashSet<>();
    for (String s : strings(array(root, field), field)) {
      out.add(s.toLowerCase(Locale.ROOT));
    }
    return Collections.unmodifiableSet(out);
  }

  private static List<Suffix> suffixes(JsonNode root, String field) {
    List<Suffix> out = new ArrayList<>();
    for (JsonNode pair : array(root, field)) {
      List<String> p = strings(pair, field);
      if (p.size() != 2 || p.get(0).isEmpty()) {
        throw bad("'" + field + "' must hold [suffix, replacement] pairs");
      }
      out.add(new Suffix(p.get(0), p.get(1)));
    }
    return List.copyOf(out);
  }

  private static List<String> strings(JsonNode list, String field) {
    if (!list.isArray()) {
      throw bad("'" + field + "' must be a list of strings");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isTextual()) {
        throw bad("'" + field + "' must hold only strings");
      }
      out.add(item.asText());
    }
    return List.copyOf(out);
  }

  private static JsonNode array(JsonNode root, String field) {
    JsonNode node = root.path(field);
    if (!node.isArray()) {
      throw bad("'" + field + "' must be a list");
    }
    return node;
  }

  private static JsonNode object(JsonNode root, String field) {
    JsonNode node = root.path(field);
    if (!node.isObject()) {
      throw bad("'" + field + "' must be an object");
    }
    return node;
  }

  private static int integer(JsonNode root, String field) {
    JsonNode node = root.path(field);
    if (!node.isInt() || node.asInt() < 0) {
      throw bad("'" + field + "' must be a non-negative integer");
    }
    return node.asInt();
  }

  private static double fraction(JsonNode root, String field) {
    JsonNode node = root.path(field);
    if (!node.isNumber() || node.asDouble() < 0 || node.asDouble() > 1) {
      throw bad("'" + field + "' must be a number from 0 to 1");
    }
    return node.asDouble();
  }

  private static IllegalStateException bad(String message) {
    return new IllegalStateException(RESOURCE + ": " + message);
  }
}
