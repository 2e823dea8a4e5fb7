package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.cjoip.model.text.Normalise;

/**
 * The normal forms under which a plan's wording is compared with the framework's. There are two
 * levels, and the difference between them is the difference between an exact and a close
 * match.
 *
 * <p><b>Canonical words</b> ({@link #words}, {@link #canonical}) are the wording with its
 * typography taken away; two texts with the same canonical words say the same thing in the same
 * words:
 *
 * <ol>
 *   <li>compatibility forms, case and whitespace are folded ({@link Normalise#fold});
 *   <li>bracketed remarks are dropped, "(…)" and "[…]", nested ones included; an opening
 *       bracket that never closes is kept as punctuation;
 *   <li>sub-measure numbering is dropped: "i)", "ii)", "1)", "a)" wherever they stand, and "1.",
 *       "2)", "1.1" at the very start;
 *   <li>the symbols listed in the data become words ("%" is "percentage", "&amp;" is "and");
 *   <li>apostrophes are dropped without splitting the word ("individual's" is "individuals");
 *       every other run of punctuation, dashes included, separates words ("short-term" is
 *       "short term", "drug/alcohol" is "drug alcohol");
 *   <li>abbreviations are written out: "DfP" is "diversion from prosecution", "CPOs" is
 *       "community payback orders", and so on for the list in the data.
 * </ol>
 *
 * <p><b>Key terms</b> ({@link #terms}) are what the scoring compares: the canonical words with
 * a joining prefix glued to the next word ("co ordinated" is "coordinated"), spelling variants
 * replaced by the preferred form ("desistence", "policy custody", "homelessness"), stop words
 * set aside and the rest reduced to a light stem (plural, tense and common derivational
 * suffixes stripped: "employability" and "employment" both become "employ", "applications" and
 * "applicant" both "applic"). Stop words include "more" and "people", which every national
 * outcome shares and which therefore say nothing about which outcome is meant.
 *
 * <p>All word lists (symbols, abbreviations, variants, joining prefixes, stop words, suffixes)
 * are data in {@code org/cjoip/model/wording/wording.json}, loaded once. Instances are immutable
 * and thread-safe.
 */
public final class Normaliser {

  /** A key term: its word form after variants, its stem, and the canonical words it spans. */
  record Term(String form, String stem, boolean stop, int from, int to) {}

  /** Sub-measure numbering anywhere: "i)", "(ii)", "1)", "a)", not "drug/alcohol)". */
  private static final Pattern ENUMERATOR =
      Pattern.compile(
          "(?:^|(?<=[\\s;:,.\\u2022]))\\(?(?:[ivx]{1,5}|\\d{1,2}|[a-z])\\)",
          Pattern.CASE_INSENSITIVE);

  /** Numbering at the very start: "1.", "2)", "1.1", "1.1.". */
  private static final Pattern LEADING_NUMBER =
      Pattern.compile("^\\s*(?:\\d{1,2}(?:\\.\\d{1,2})+\\.?|\\d{1,2}[.)])(?=\\s|$)");

  private static final Normaliser STANDARD = new Normaliser(WordingData.standard());

  private final WordingData data;
  private final Set<String> quantityStems;
  private final List<List<String>> oppositeStems;

  private Normaliser(WordingData data) {
    this.data = data;
    Set<String> q = new HashSet<>();
    for (String w : data.quantityWords) {
      q.add(stem(w));
    }
    this.quantityStems = Set.copyOf(q);
    List<List<String>> opp = new ArrayList<>();
    for (List<String> pair : data.opposites) {
      opp.add(List.of(stem(pair.get(0)), stem(pair.get(1))));
    }
    this.oppositeStems = List.copyOf(opp);
  }

  /** The normaliser of the standard data. */
  public static Normaliser standard() {
    return STANDARD;
  }

  WordingData data() {
    return data;
  }

  /**
   * The canonical words of a text, in order; {@code null} or a text of punctuation only gives
   * an empty list.
   */
  public List<String> words(String text) {
    String s = Normalise.fold(text);
    s = dropBrackets(s);
    s = LEADING_NUMBER.matcher(s).replaceFirst(" ");
    s = ENUMERATOR.matcher(s).replaceAll(" ");
    List<String> raw = tokens(s);
    List<String> out = new ArrayList<>(raw.size());
    for (String w : raw) {
      List<String> expansion = data.abbreviations.get(w);
      if (expansion == null) {
        out.add(w);
      } else {
        out.addAll(expansion);
      }
    }
    return List.copyOf(out);
  }

  /**
   * The words of a text with only case and punctuation folded: no brackets dropped, no
   * numbering dropped, no abbreviation written out. Says which normalisation an exact match
   * needed.
   */
  List<String> plainWords(String text) {
    return List.copyOf(tokens(Normalise.fold(text)));
  }

  /** The canonical words joined by single spaces: equal for texts that match exactly. */
  public String canonical(String text) {
    return String.join(" ", words(text));
  }

  /**
   * The key terms of a text: the stems of its content words, in order, after joining prefixes
   * and spelling variants, without stop words.
   */
  public List<String> terms(String text) {
    List<String> out = new ArrayList<>();
    for (Term t : analyse(text).terms) {
      if (!t.stop()) {
        out.add(t.stem());
      }
    }
    return List.copyOf(out);
  }

  /** Everything the matcher needs to know about one text, computed once. */
  Analysis analyse(String text) {
    List<String> words = words(text);
    List<Term> items = joinPrefixes(words);
    List<Term> varied = applyVariants(items);
    List<Term> terms = new ArrayList<>(varied.size());
    for (Term t : varied) {
      boolean stop = data.stopWords.contains(t.form());
      terms.add(new Term(t.form(), stop ? t.form() : stem(t.form()), stop, t.from(), t.to()));
    }
    return new Analysis(String.join(" ", words), words, terms, this);
  }

  boolean isQuantity(String stem) {
    return quantityStems.contains(stem);
  }

  List<List<String>> oppositeStems() {
    return oppositeStems;
  }

  boolean isRelation(String form) {
    return data.relationWords.contains(form);
  }

  /**
   * The light stem of one word: one plural ending, then one tense ending, then a final "e",
   * then derivational suffixes as long as a stem of {@code derivedMinStem} letters remains.
   * Words with digits and short words are kept as they are.
   */
  String stem(String word) {
    String w = word;
    if (w.length() <= data.minStem || w.chars().anyMatch(Character::isDigit)) {
      return w;
    }
    w = strip(w, data.inflections);
    w = strip(w, data.tenses);
    // A final "e" goes before the derivations, so "receive" and "received" share a stem.
    if (w.endsWith("e") && w.length() > data.derivedMinStem) {
      w = w.substring(0, w.length() - 1);
    }
    boolean changed = true;
    while (changed) {
      changed = false;
      for (String suffix : data.derivations) {
        if (w.endsWith(suffix) && w.length() - suffix.length() >= data.derivedMinStem) {
          w = w.substring(0, w.length() - suffix.length());
          changed = true;
          break;
        }
      }
    }
    return w;
  }

  private String strip(String w, List<WordingData.Suffix> rules) {
    for (WordingData.Suffix rule : rules) {
      String suffix = rule.suffix();
      if (w.endsWith(suffix)) {
        int keep = w.length() - suffix.length();
        if (keep + rule.replacement().length() >= data.minStem && keep > 0) {
          return w.substring(0, keep) + rule.replacement();
        }
        return w;
      }
    }
    return w;
  }

  private List<Term> joinPrefixes(List<String> words) {
    List<Term> out = new ArrayList<>(words.size());
    int i = 0;
    while (i < words.size()) {
      String w = words.get(i);
      if (data.joinPrefixes.contains(w)
          && i + 1 < words.size()
          && Character.isLetter(words.get(i + 1).codePointAt(0))) {
        out.add(new Term(w + words.get(i + 1), "", false, i, i + 2));
        i += 2;
      } else {
        out.add(new Term(w, "", false, i, i + 1));
        i++;
      }
    }
    return out;
  }

  private List<Term> applyVariants(List<Term> items) {
    List<Term> out = new ArrayList<>(items.size());
    int i = 0;
    outer:
    while (i < items.size()) {
      for (Map.Entry<List<String>, List<String>> v : data.variants.entrySet()) {
        List<String> phrase = v.getKey();
        if (matchesAt(items, i, phrase)) {
          List<String> replacement = v.getValue();
          int n = phrase.size();
          for (int k = 0; k < replacement.size(); k++) {
            // Word for word where the lengths agree; otherwise each replacement word stands for
            // the whole phrase.
            int from = n == replacement.size() ? items.get(i + k).from() : items.get(i).from();
            int to = n == replacement.size() ? items.get(i + k).to() : items.get(i + n - 1).to();
            out.add(new Term(replacement.get(k), "", false, from, to));
          }
          i += n;
          continue outer;
        }
      }
      out.add(items.get(i));
      i++;
    }
    return out;
  }

  private static boolean matchesAt(List<Term> items, int at, List<String> phrase) {
    if (at + phrase.size() > items.size()) {
      return false;
    }
    for (int k = 0; k < phrase.size(); k++) {
      if (!items.get(at + k).form().equals(phrase.get(k))) {
        return false;
      }
    }
    return true;
  }

  private List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    StringBuilder word = new StringBuilder();
    int[] points = s.codePoints().toArray();
    for (int cp : points) {
      if (isWordPart(cp)) {
        word.appendCodePoint(cp);
      } else if (isApostrophe(cp) || Character.getType(cp) == Character.FORMAT) {
        continue;
      } else {
        flush(word, out);
        String symbol = data.symbols.get(new String(Character.toChars(cp)));
        if (symbol != null) {
          for (String w : symbol.split(" ")) {
            out.add(w);
          }
        }
      }
    }
    flush(word, out);
    return out;
  }

  private static void flush(StringBuilder word, List<String> out) {
    if (word.length() > 0) {
      out.add(word.toString());
      word.setLength(0);
    }
  }

  /** The text with every balanced "(…)" and "[…]" replaced by a space. */
  static String dropBrackets(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int i = 0;
    while (i < s.length()) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        int end = closing(s, i);
        if (end > i) {
          out.append(' ');
          i = end + 1;
          continue;
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** The index of the bracket that closes the one at {@code open}, or -1. */
  private static int closing(String s, int open) {
    StringBuilder stack = new StringBuilder();
    for (int i = open; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '(' || c == '[') {
        stack.append(c == '(' ? ')' : ']');
      } else if ((c == ')' || c == ']') && stack.charAt(stack.length() - 1) == c) {
        stack.setLength(stack.length() - 1);
        if (stack.length() == 0) {
          return i;
        }
      }
    }
    return -1;
  }

  private static boolean isWordPart(int cp) {
    // One definition of a word character for the whole model.
    return org.cjoip.model.text.Normalise.isWordPart(cp);
  }

  private static boolean isApostrophe(int cp) {
    return cp == '\'' || cp == '\u2019' || cp == '\u2018' || cp == '\u02bc';
  }
}
