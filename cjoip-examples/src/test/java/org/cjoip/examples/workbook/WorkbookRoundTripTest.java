package org.cjoip.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.workbook.WorkbookReader;
import org.cjoip.model.workbook.WorkbookWriter;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every bundled example through export and import: the same plan, field by field. */
final class WorkbookRoundTripTest {

  @TempDir Path dir;

  static Stream<String> examples() {
    return Examples.NAMES.stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void exportThenImport_givesBackTheExample(String name) throws Exception {
    Plan plan = Examples.read(name).plan();
    Path file = dir.resolve(name + ".xlsx");
    try (OutputStream out = Files.newOutputStream(file)) {
      WorkbookWriter.write(plan, out);
    }

    PlanDocument read = WorkbookReader.standard().read(file);

    assertThat(read.warnings()).isEmpty();
    Plan back = read.plan();
    assertThat(back.title()).isEqualTo(plan.title());
    assertThat(back.framework()).isEqualTo(plan.framework());
    assertThat(back.period()).isEqualTo(plan.period());
    assertThat(back.approved()).isEqualTo(plan.approved());
    assertThat(back.partnership()).isEqualTo(plan.partnership());
    assertThat(back.participationStatement()).isEqualTo(plan.participationStatement());
    assertThat(back.reporting()).isEqualTo(plan.reporting());
    assertThat(back.outcomesAssessment()).isEqualTo(plan.outcomesAssessment());
    assertThat(back.priorityActions()).hasSameSizeAs(plan.priorityActions());
    for (int i = 0; i < plan.priorityActions().size(); i++) {
      assertThat(back.priorityActions().get(i)).as("priority action " + i)
          .isEqualTo(plan.priorityActions().get(i));
    }
    assertThat(back.outcomes()).isEqualTo(plan.outcomes());
    assertThat(back.indicators()).isEqualTo(plan.indicators());
    assertThat(back).isEqualTo(plan);
    // The same document tree, so the same document text.
    assertThat(PlanWriter.toYaml(back)).isEqualTo(PlanWriter.toYaml(plan));
  }
}
