package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cjoip.model.framework.Frameworks;
import org.cjoip.model.framework.NationalOutcome;

/** Properties of recognition over the cjpf-2023 outcomes. */
final class WordingMatcherProperties {

  private static final List<Candidate<String>> OUTCOMES =
      Frameworks.bundled().get("cjpf-2023").outcomes().stream()
          .map((NationalOutcome o) -> Candidate.of(o.id(), o.text(), o.id()))
          .toList();

  private static final WordingMatcher<String> MATCHER = WordingMatcher.of(OUTCOMES);

  @Provide
  Arbitrary<Candidate<String>> outcomes() {
    return Arbitraries.of(OUTCOMES);
  }

  @Property
  void ownText_isExactToItself(@ForAll("outcomes") Candidate<String> c) {
    Match<String> m = MATCHER.match(c.text());

    assertThat(m.verdict()).isEqualTo(Match.Verdict.EXACT);
    assertThat(m.candidate().orElseThrow().key()).isEqualTo(c.key());
  }

  @Property
  void caseFullStopAndRemark_keepItExact(@ForAll("outcomes") Candidate<String> c) {
    String varied = c.text().toUpperCase(Locale.ROOT) + ". (as in the framework)";

    assertThat(MATCHER.match(varied).candidate().orElseThrow().key()).isEqualTo(c.key());
    assertThat(MATCHER.match(varied).verdict()).isEqualTo(Match.Verdict.EXACT);
  }

  @Property
  void anyText_scoresWithinBoundsAndNeverThrows(@ForAll String text) {
    Match<String> m = MATCHER.match(text);

    assertThat(m.score()).isBetween(0.0, 1.0);
    assertThat(MATCHER.match(text)).isEqualTo(m);
  }
}
