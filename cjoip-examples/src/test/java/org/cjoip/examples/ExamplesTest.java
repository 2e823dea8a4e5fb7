package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.junit.jupiter.api.Test;

/** The encoded examples hold what the published plans hold: counts checked against them. */
final class ExamplesTest {

  private static Plan plan(String name) throws Exception {
    return Examples.read(name).plan();
  }

  private static List<Integer> deliverablesPerAction(Plan plan) {
    return plan.priorityActions().stream().map(p -> p.deliverables().size()).toList();
  }

  @Test
  void everyExample_readsStrictlyWithoutWarnings() throws Exception {
    for (String name : Examples.NAMES) {
      assertThat(Examples.read(name).warnings()).as(name).isEmpty();
    }
  }

  @Test
  void ayrshire_matchesThePublishedPlan() throws Exception {
    Plan plan = plan("ayrshire");

    assertThat(plan.period().orElseThrow().start()).hasToString("2024-04-01");
    assertThat(plan.period().orElseThrow().end()).hasToString("2029-03-31");
    assertThat(plan.partnership().localAuthorities())
        .containsExactly("East Ayrshire", "North Ayrshire", "South Ayrshire");
    assertThat(plan.outcomes()).hasSize(9).allMatch(o -> o.national().orElse(false));
    assertThat(plan.priorityActions()).extracting(PriorityActionResponse::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    assertThat(deliverablesPerAction(plan))
        .containsExactly(5, 3, 3, 2, 4, 2, 7, 4, 4, 6, 3, 2, 6);
    assertThat(plan.deliverables())
        .allMatch(d -> d.owners().isEmpty() && d.timescale().isEmpty() && d.status().isEmpty());
    assertThat(plan.priorityActions())
        .allMatch(p -> p.localIndicators().isEmpty() && p.nationalOutcome().isEmpty());
    assertThat(plan.indicators()).isEmpty();
  }

  @Test
  void clackmannanshire_matchesThePublishedPlan() throws Exception {
    Plan plan = plan("clackmannanshire");

    assertThat(plan.priorityActions()).isEmpty();
    assertThat(plan.outcomes()).hasSize(12);
    assertThat(plan.outcomes()).extracting(o -> o.national().orElseThrow())
        .containsExactly(true, true, true, false, false, false, false, false, true, false, false,
            false);
    assertThat(plan.outcomes()).extracting(o -> o.aim().orElseThrow())
        .containsExactly(1, 1, 1, 2, 2, 3, 3, 3, 4, 4, 4, 4);
    assertThat(plan.outcomes()).extracting(StatedOutcome::text)
        .contains("More people in policy custody receive support to address their needs");
    assertThat(plan.deliverables()).isEmpty();
    assertThat(plan.participationStatement()).isPresent();
  }
}
