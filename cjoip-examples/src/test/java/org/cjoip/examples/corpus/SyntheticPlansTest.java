package org.cjoip.examples.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.text.Normalise;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class SyntheticPlansTest {

  private static final SyntheticPlans CORPUS = SyntheticPlans.of(7);

  @Test
  void plan_sameSeedAndIndexGiveEqualPlans() {
    assertThat(SyntheticPlans.of(7).plan(12)).isEqualTo(CORPUS.plan(12));
    assertThat(SyntheticPlans.of(8).plan(12)).isNotEqualTo(CORPUS.plan(12));
    assertThat(CORPUS.plan(13)).isNotEqualTo(CORPUS.plan(12));
  }

  @Test
  void plan_hasRealisticSizes() {
    for (int i = 0; i < 50; i++) {
      Plan plan = CORPUS.plan(i);
      assertThat(plan.deliverables().count()).isBetween(50L, 150L);
      assertThat(plan.indicators()).hasSizeBetween(20, 40);
      assertThat(plan.priorityActions()).hasSizeBetween(9, 13);
    }
  }

  @Test
  void plan_hasTheGapsRealPlansHave() {
    List<Deliverable> all = IntStream.range(0, 20).boxed()
        .flatMap(i -> CORPUS.plan(i).deliverables()).toList();

    assertThat(all).anyMatch(d -> d.owners().isEmpty());
    assertThat(all).anyMatch(d -> d.owners().contains("TBC"));
    assertThat(all).anyMatch(d -> d.timescale().orElse("").startsWith("Ongoing"));
    assertThat(all).anyMatch(d -> d.timescale().isEmpty() && d.due().isEmpty());
    assertThat(all).anyMatch(d -> d.impactMeasures().isEmpty());
    assertThat(IntStream.range(0, 20).mapToObj(CORPUS::plan))
        .anyMatch(p -> p.priorityActions().stream().anyMatch(s -> s.localIndicators().isEmpty()))
        .anyMatch(p -> p.deliverables().map(d -> Normalise.key(d.description())).distinct()
            .count() < p.deliverables().count());
  }

  @Test
  void planWithDeliverables_hasExactlyThatMany() {
    assertThat(CORPUS.plan(3, 1000).deliverables()).hasSize(1000);
    assertThat(CORPUS.plan(3, 0).deliverables()).isEmpty();
  }

  @Test
  void write_documentsReadBackAsTheSamePlans(@TempDir Path dir) throws Exception {
    List<Path> files = CORPUS.write(dir, 3);

    assertThat(files).extracting(f -> f.getFileName().toString())
        .containsExactly("synthetic-7-00000.json", "synthetic-7-00001.json",
            "synthetic-7-00002.json");
    for (int i = 0; i < 3; i++) {
      assertThat(PlanReader.standard().read(files.get(i)).plan()).isEqualTo(CORPUS.plan(i));
    }
  }
}
