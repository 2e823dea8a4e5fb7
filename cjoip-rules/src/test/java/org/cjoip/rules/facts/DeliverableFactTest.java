package org.cjoip.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cjoip.model.plan.Deliverable;
import org.junit.jupiter.api.Test;

final class DeliverableFactTest {

  private static DeliverableFact at(String path, String description, List<String> measureIds) {
    return new DeliverableFact(new Place(path, null),
        Deliverable.builder().description(description).build(), 1, null, 1, 0,
        "1st deliverable of priority action 1", 1, 1, null, "key", 1, 1, measureIds);
  }

  @Test
  void impactMeasureIds_givenNull_isEmpty() {
    // A rule pack may make facts of its own; the rules read this list without a null check.
    assertThat(at("/priorityActions/0/deliverables/0", "Deliver a service.", null)
        .impactMeasureIds()).isEmpty();
  }

  @Test
  void equals_samePlace_isTheSameFactWhateverItSays() {
    DeliverableFact one = at("/priorityActions/0/deliverables/0", "Deliver a service.", null);
    DeliverableFact again = at("/priorityActions/0/deliverables/0", "Another text.",
        List.of("NI-1"));
    DeliverableFact elsewhere = at("/priorityActions/0/deliverables/1", "Deliver a service.",
        null);

    assertThat(one).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(elsewhere);
  }
}
