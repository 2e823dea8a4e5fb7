package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.cjoip.model.wording.Match.Verdict;
import org.junit.jupiter.api.Test;

final class MatchTest {

  private static final Candidate<String> PA2 =
      Candidate.of("PA2", "Number of referrals from custody centres", "payload");

  @Test
  void recognised_isExactOrClose() {
    assertThat(match(Verdict.EXACT, 1.0).recognised()).isTrue();
    assertThat(match(Verdict.CLOSE, 0.5).recognised()).isTrue();
    assertThat(match(Verdict.NONE, 0.2).recognised()).isFalse();
  }

  @Test
  void check_recognitionNeedsACandidate() {
    assertThatThrownBy(() -> Match.<String>builder()
            .verdict(Verdict.CLOSE).score(0.5).reason("close").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("candidate must be present for verdict CLOSE");
  }

  @Test
  void check_scoreIsFromZeroToOne() {
    assertThatThrownBy(() -> match(Verdict.NONE, 1.5))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score must be from 0 to 1: 1.5");
    assertThatThrownBy(() -> match(Verdict.NONE, Double.NaN))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score must be from 0 to 1: NaN");
  }

  @Test
  void check_exactScoresOne() {
    assertThatThrownBy(() -> match(Verdict.EXACT, 0.9))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("score must be 1 for an exact match: 0.9");
  }

  @Test
  void check_reasonIsGiven() {
    assertThatThrownBy(() -> Match.<String>builder()
            .verdict(Verdict.NONE).score(0).reason(" ").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("reason must not be blank");
  }

  private static Match<String> match(Verdict verdict, double score) {
    return Match.<String>builder()
        .verdict(verdict).candidate(PA2).score(score).reason("a reason").build();
  }
}
