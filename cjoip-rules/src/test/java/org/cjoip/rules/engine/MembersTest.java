package org.cjoip.rules.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cjoip.rules.facts.Overdue;
import org.junit.jupiter.api.Test;

final class MembersTest {

  @Test
  void of_namesAccessorsAsPatternsWriteThem() {
    // A record's components; not its static factory, nor what every object answers.
    assertThat(Members.of(Overdue.class)).containsExactly("days", "deliverable", "due");
  }

  @Test
  void nearest_offersAMemberWithinTwoLetters() {
    List<String> members = List.of("days", "deliverable", "ownerCount");

    assertThat(Members.nearest("dayz", members)).isEqualTo("days");
    assertThat(Members.nearest("OwnerCont", members)).isEqualTo("ownerCount");
    assertThat(Members.nearest("tally", members)).isNull();
  }
}
