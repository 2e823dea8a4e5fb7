package org.cjoip.rules.facts;

import static org.assertj.core.api.Assertions.assertThat;

import org.cjoip.model.plan.Deliverable;
import org.junit.jupiter.api.Test;

final class DeliverableFactTest {

  @Test
  void impactMeasureIds_givenNull_isEmpty() {
    // A rule pack may make facts of its own; the rules read this list without a null check.
    DeliverableFact d = new DeliverableFact(new Place("/priorityActions/0/deliverables/0", null),
        Deliverable.builder().description("Deliver a service.").build(), 1, null, 1, 0, "1st deliverable of priority action 1",
        1, 1, null, "key", 1, 1, null);

    assertThat(d.impactMeasureIds()).isEmpty();
  }
}
