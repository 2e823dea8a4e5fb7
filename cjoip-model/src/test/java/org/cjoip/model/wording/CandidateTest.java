package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class CandidateTest {

  @Test
  void of_keepsKeyTextAndPayload() {
    Candidate<Integer> c = Candidate.of("PA2", "Number of referrals from custody centres", 2);

    assertThat(c.key()).isEqualTo("PA2");
    assertThat(c.text()).isEqualTo("Number of referrals from custody centres");
    assertThat(c.payload()).isEqualTo(2);
    assertThat(c).isEqualTo(Candidate.<Integer>builder()
        .key("PA2").text("Number of referrals from custody centres").payload(2).build());
  }

  @Test
  void check_rejectsBlankKey() {
    assertThatThrownBy(() -> Candidate.of(" ", "Number of referrals", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("key must not be blank");
  }

  @Test
  void check_rejectsBlankText() {
    assertThatThrownBy(() -> Candidate.of("PA2", "", 2))
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("text must not be blank (candidate PA2)");
  }

  @Test
  void check_rejectsMissingPayload() {
    assertThatThrownBy(() -> Candidate.of("PA2", "Number of referrals", null))
        .isInstanceOf(NullPointerException.class);
  }
}
