package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

final class MeasureSplitterProperties {

  /** Entries built from the pieces plans use: words, numbering, bullets, stops and colons. */
  @Provide
  Arbitrary<String> entries() {
    Arbitrary<String> piece = Arbitraries.of(
        "Number of", "cases", "commenced", "Assessments", "DfP", ":", ";", "i)", "ii)", "(iii)",
        "1)", "2.", "a)", "•", "-", "\n", ".", " and ", " or ", "%", "n/a", "(remark)", "(", ")");
    return piece.list().ofMaxSize(20).map(ps -> String.join(" ", ps));
  }

  @Property
  void split_anyStringGivesCleanParts(@ForAll String text) {
    assertClean(MeasureSplitter.split(text));
  }

  @Property
  void split_planLikeEntriesGiveCleanParts(@ForAll("entries") String entry) {
    assertClean(MeasureSplitter.split(entry));
  }

  @Property
  void split_isDeterministic(@ForAll("entries") String entry) {
    assertThat(MeasureSplitter.split(entry)).isEqualTo(MeasureSplitter.split(entry));
  }

  private static void assertClean(List<String> parts) {
    for (String part : parts) {
      assertThat(part).isEqualTo(part.strip());
      assertThat(part.codePoints().anyMatch(Character::isLetterOrDigit)).as(part).isTrue();
      assertThat(part).doesNotContain(";", "\n", "\u2022");
    }
  }
}
