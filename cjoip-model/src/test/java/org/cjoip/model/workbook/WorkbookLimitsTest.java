package org.cjoip.model.workbook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.TestSettings;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Priority;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Status;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class WorkbookLimitsTest {

  @TempDir Path dir;

  /**
   * Under {@code -Pthorough}: the default run has the same workbook imported by {@code cjoip
   * import} in 256 MB, and refused one deliverable over, at its cell on row 100,002
   * ({@code WorkbookHeapTest} in cjoip-examples).
   */
  @Test
  void defaults_admitAWorkbookOf100000Deliverables() throws Exception {
    assumeTrue(TestSettings.thorough(), "a workbook of 100,000 deliverables: -Pthorough");
    Plan.Builder plan = Plan.builder().title("Large plan").framework("cjpf-2023")
        .partnership(Partnership.builder().name("Large Partnership").build());
    for (int pa = 1; pa <= 10; pa++) {
      PriorityActionResponse.Builder action = PriorityActionResponse.builder().number(pa);
      for (int d = 1; d <= 10_000; d++) {
        action.addDeliverables(Deliverable.builder().id(pa + "." + d)
            .description("Deliver the work agreed for action " + pa + ", step " + d + ".")
            .priority(Priority.values()[d % 4]).owners(List.of("Police Scotland", "Social Work"))
            .impactMeasures(List.of("Quarterly report " + d % 50)).timescale("31 March 2026")
            .due(LocalDate.of(2026, 3, 31)).status(Status.IN_PROGRESS).build());
      }
      plan.addPriorityActions(action.build());
    }
    Path file = dir.resolve("large.xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      WorkbookWriter.write(plan.build(), out);
    }

    PlanDocument doc = WorkbookReader.standard().read(file);

    assertThat(doc.plan().deliverables().count()).isEqualTo(100_000);
    assertThat(doc.plan().priorityActions().get(9).deliverables().get(9_999).id())
        .contains("10.10000");
    assertThat(doc.sourceMap().position("/priorityActions/9/deliverables/9999/owners/1")
        .orElseThrow().cell()).isEqualTo("Deliverables!F100001");
  }

  @Test
  void limits_mustAdmitAWorkbook() {
    assertThatThrownBy(() -> WorkbookLimits.builder().maxCompressionRatio(5).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("maxCompressionRatio must be at least 10 to admit a workbook");
    assertThatThrownBy(() -> WorkbookLimits.builder().maxRows(0).build())
        .isInstanceOf(IllegalStateException.class).hasMessage("maxRows must be positive");
  }
}
