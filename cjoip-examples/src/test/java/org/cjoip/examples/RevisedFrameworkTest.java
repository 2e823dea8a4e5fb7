package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.InputStream;
import java.time.LocalDate;
import java.util.List;
import org.assertj.core.groups.Tuple;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.framework.Edition;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;

/**
 * A revised framework edition changes the findings with no change to code: the test-only
 * fixture {@code cjpf-2023-revised} gives priority action 4 a national outcome, removes the
 * indicator of priority action 13, rewords that of priority action 2, and moves a local-evidence
 * item from priority action 3 to 4.
 */
final class RevisedFrameworkTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  private static Edition revised() throws Exception {
    try (InputStream in = RevisedFrameworkTest.class
        .getResourceAsStream("/org/cjoip/model/framework/cjpf-2023-revised.json")) {
      return Frameworks.read(in, "cjpf-2023-revised.json");
    }
  }

  private static List<Tuple> keys(Assessment a) {
    return a.findings().stream()
        .map(f -> tuple(f.ruleId(), f.path(), f.severity()))
        .toList();
  }

  @Test
  void perth_revisedEditionAddsExactlyTheFindingsTheRevisionImplies() throws Exception {
    PlanDocument perth = Examples.read("perth-and-kinross");
    Edition revised = revised();
    Assessment before = Assessor.standard().assess(perth, AS_OF);

    Assessment after =
        Assessor.builder()
            .frameworks(Frameworks.bundled().with(revised))
            .edition(revised)
            .build()
            .assess(perth, AS_OF);

    List<Tuple> added = keys(after).stream().filter(k -> !keys(before).contains(k)).toList();
    List<Tuple> gone = keys(before).stream().filter(k -> !keys(after).contains(k)).toList();
    assertThat(added).containsExactlyInAnyOrder(
        // s22: the declared edition has been superseded, so a review is due.
        tuple("CJ-PLAN-003", "/framework", Severity.WARNING),
        // Priority action 4 now has a national outcome, indicator and measure.
        tuple("CJ-COV-002", "/priorityActions/3/nationalOutcome", Severity.ERROR),
        tuple("CJ-COV-005", "/priorityActions/3/nationalIndicators", Severity.ERROR),
        tuple("CJ-COV-007", "/priorityActions/3", Severity.WARNING),
        // The moved evidence item is now expected under priority action 4.
        tuple("CJ-LIND-005", "/priorityActions/3/localIndicators", Severity.INFO),
        // The national indicator of priority action 13 is gone, so the plan's use of it is no
        // longer a national measure.
        tuple("CJ-COV-006", "/priorityActions/12/nationalIndicators/0", Severity.WARNING));
    assertThat(gone).isEmpty();
    assertThat(after.edition()).isEqualTo("cjpf-2023-revised");
    assertThat(after.editionOverridden()).isTrue();
  }

  @Test
  void perth_declaredEditionSupersededInTheRegistryTriggersAReview() throws Exception {
    PlanDocument perth = Examples.read("perth-and-kinross");

    Assessment a =
        Assessor.builder()
            .frameworks(Frameworks.bundled().with(revised()))
            .build()
            .assess(perth, AS_OF);

    assertThat(a.edition()).isEqualTo("cjpf-2023");
    assertThat(a.findings())
        .filteredOn(f -> f.ruleId().equals("CJ-PLAN-003"))
        .extracting(Finding::message)
        .containsExactly("The plan is written against cjpf-2023, which cjpf-2023-revised has"
            + " superseded; a review of the plan is due.");
  }
}
