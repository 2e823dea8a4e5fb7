package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.cjoip.model.wording.Match.Verdict;

final class WordingMatcherProperties {

  private static final WordingMatcher<Integer> MATCHER = CjpfWording.MATCHER;

  /** Every word of the framework's wording, and a few others. */
  private static final List<String> VOCABULARY = vocabulary();

  private static final List<String> SEPARATORS =
      List.of(" ", "  ", ", ", " - ", "; ", ": ", " / ", " – ", "\n", "\t");

  @Provide
  Arbitrary<Candidate<Integer>> framework() {
    return Arbitraries.of(CjpfWording.ALL);
  }

  /** Texts made of framework words, so that close and ambiguous matches occur too. */
  @Provide
  Arbitrary<String> wordy() {
    return Arbitraries.of(VOCABULARY).list().ofMinSize(0).ofMaxSize(16)
        .map(words -> String.join(" ", words));
  }

  @Provide
  Arbitrary<String> phrases() {
    Arbitrary<String> word = Arbitraries.oneOf(
        Arbitraries.of(VOCABULARY),
        Arbitraries.strings().withCharRange('a', 'z').ofMinLength(1).ofMaxLength(9));
    return word.list().ofMinSize(1).ofMaxSize(8).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String> remarks() {
    return Arbitraries.strings().withCharRange('a', 'z').withChars(' ', '0', '9', '/', '-')
        .ofMinLength(0).ofMaxLength(20);
  }

  @Property
  void match_frameworkWordingIsExactToItself(@ForAll("framework") Candidate<Integer> c) {
    Match<Integer> m = MATCHER.match(c.text());

    assertThat(m.verdict()).isEqualTo(Verdict.EXACT);
    assertThat(m.candidate()).contains(c);
    assertThat(m.score()).isEqualTo(1.0);
  }

  @Property
  void match_anyCandidateIsExactToItself(
      @ForAll @Size(min = 1, max = 8) List<@From("phrases") String> texts) {
    Normaliser n = Normaliser.standard();
    Set<String> canonical = new LinkedHashSet<>();
    List<Candidate<Integer>> candidates = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String form = n.canonical(texts.get(i));
      // A text of remarks or numbering only has no words to match and cannot be a candidate.
      if (!form.isEmpty() && canonical.add(form)) {
        candidates.add(Candidate.of("C" + i, texts.get(i), i));
      }
    }
    WordingMatcher<Integer> matcher = WordingMatcher.of(candidates);

    for (Candidate<Integer> c : candidates) {
      Match<Integer> m = matcher.match(c.text());
      assertThat(m.verdict()).as(c.text()).isEqualTo(Verdict.EXACT);
      assertThat(m.candidate()).as(c.text()).contains(c);
    }
  }

  @Property
  void match_caseSeparatorsAndRemarksKeepExact(
      @ForAll("framework") Candidate<Integer> c,
      @ForAll @Size(max = 40) List<@IntRange(min = 0, max = 29) Integer> choices,
      @ForAll("remarks") String remark,
      @ForAll @IntRange(min = 0, max = 40) int remarkAt) {
    String disguised = disguise(c.text(), choices, remark, remarkAt);

    Match<Integer> m = MATCHER.match(disguised);

    assertThat(m.verdict()).as(disguised).isEqualTo(Verdict.EXACT);
    assertThat(m.candidate()).as(disguised).contains(c);
  }

  @Property
  void match_anyStringGivesAWellFormedMatch(@ForAll String text) {
    assertWellFormed(MATCHER.match(text));
  }

  @Property
  void match_frameworkWordsGiveAWellFormedMatch(@ForAll("wordy") String text) {
    assertWellFormed(MATCHER.match(text));
  }

  @Property
  void match_isDeterministic(@ForAll("wordy") String text) {
    Match<Integer> first = MATCHER.match(text);

    assertThat(MATCHER.match(text)).isEqualTo(first);
    assertThat(WordingMatcher.of(CjpfWording.ALL).match(text)).isEqualTo(first);
  }

  private static void assertWellFormed(Match<Integer> m) {
    assertThat(m.score()).isBetween(0.0, 1.0);
    assertThat(m.reason()).isNotBlank();
    switch (m.verdict()) {
      case EXACT -> {
        assertThat(m.score()).isEqualTo(1.0);
        assertThat(m.candidate()).isPresent();
      }
      case CLOSE -> {
        assertThat(m.score()).isGreaterThanOrEqualTo(WordingMatcher.closeThreshold());
        assertThat(m.candidate()).isPresent();
      }
      case NONE -> {
        if (m.score() >= WordingMatcher.closeThreshold()) {
          assertThat(m.reason()).startsWith("ambiguous between ");
        }
        assertThat(m.candidate().isPresent()).isEqualTo(m.score() > 0);
      }
      default -> throw new AssertionError(m.verdict());
    }
  }

  /**
   * The text with each word's case changed, the spaces between words replaced by other
   * separators, a full stop or not at the end, and a bracketed remark put between two words.
   */
  private static String disguise(String text, List<Integer> choices, String remark, int at) {
    String[] words = text.split(" ");
    StringBuilder out = new StringBuilder();
    int position = Math.min(at, words.length);
    for (int i = 0; i < words.length; i++) {
      int choice = i < choices.size() ? choices.get(i) : 0;
      if (i == position) {
        out.append("(").append(remark).append(") ");
      }
      String w = words[i];
      switch (choice % 3) {
        case 1 -> w = w.toUpperCase(Locale.ROOT);
        case 2 -> w = w.substring(0, 1).toUpperCase(Locale.ROOT) + w.substring(1);
        default -> w = w.toLowerCase(Locale.ROOT);
      }
      out.append(w);
      if (i + 1 < words.length) {
        out.append(SEPARATORS.get(choice / 3));
      }
    }
    if (position == words.length) {
      out.append(" (").append(remark).append(")");
    }
    if (choices.size() > words.length && choices.get(words.length) % 2 == 1) {
      out.append(".");
    }
    return out.toString();
  }

  private static List<String> vocabulary() {
    Set<String> words = new LinkedHashSet<>();
    for (Candidate<Integer> c : CjpfWording.ALL) {
      for (String w : c.text().split("[\\s,:;]+")) {
        if (!w.isEmpty()) {
          words.add(w);
        }
      }
    }
    words.addAll(List.of("homelessness", "desistence", "policy", "individuals", "DfP", "CPOs",
        "fewer", "(remark)", "i)", "ii)", "1)", "•", "%"));
    return List.copyOf(words);
  }
}
