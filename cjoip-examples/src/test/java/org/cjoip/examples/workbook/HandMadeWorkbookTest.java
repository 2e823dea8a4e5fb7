package org.cjoip.examples.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.Problem;
import org.cjoip.model.workbook.WorkbookReader;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A workbook of the Perth and Kinross plan typed in as a person would ({@link
 * HandMadeWorkbook}) imports to the same plan as the bundled YAML.
 */
final class HandMadeWorkbookTest {

  private static final String FIXTURE = "/org/cjoip/examples/workbook/perth-and-kinross.xlsx";

  @TempDir Path dir;
  private Path file;

  @BeforeEach
  void copyFixture() throws Exception {
    file = dir.resolve("perth-and-kinross.xlsx");
    try (InputStream in = HandMadeWorkbookTest.class.getResourceAsStream(FIXTURE)) {
      Files.copy(in, file);
    }
  }

  @Test
  void handMadeWorkbook_importsToTheSamePlanAsTheYaml() throws Exception {
    PlanDocument read = WorkbookReader.standard().read(file, "perth-and-kinross.xlsx");

    assertThat(read.plan()).isEqualTo(Examples.read("perth-and-kinross").plan());
    // Priority action 2's ids were typed as numbers: each is read as displayed, and said so.
    assertThat(read.warnings()).hasSize(7).allSatisfy(w -> {
      assertThat(w.severity()).isEqualTo(Problem.Severity.WARNING);
      assertThat(w.pointer()).matches("/priorityActions/1/deliverables/\\d/id");
    });
    assertThat(read.warnings().get(0).describe()).isEqualTo("perth-and-kinross.xlsx: "
        + "Deliverables!A9: warning: /priorityActions/1/deliverables/0/id: the id was stored as "
        + "a number, and is read as displayed: '2.1'; if the plan numbers it otherwise (1.10, "
        + "not 1.1), format the column as Text and type it again");
  }

  @Test
  void handMadeWorkbook_isWrittenAsAPersonWould() throws Exception {
    try (XSSFWorkbook wb = new XSSFWorkbook(file.toFile())) {
      assertThat(wb.getSheetName(0)).isEqualTo("Deliverables");
      assertThat(wb.getSheet(" plan ").getRow(0).getCell(0).getStringCellValue())
          .isEqualTo("FIELD");
      XSSFSheet deliverables = wb.getSheet("Deliverables");
      assertThat(deliverables.getRow(0).getCell(0).getStringCellValue()).isEqualTo("Id");
      assertThat(deliverables.getRow(8).getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
      assertThat((Object) deliverables.getRow(7)).as("a blank row").isNull();
      assertThat(wb.getSharedStringSource().getCount()).isGreaterThan(100);
      var approved = wb.getSheet(" plan ").getRow(6).getCell(1);
      assertThat(DateUtil.isCellDateFormatted(approved)).isTrue();
      assertThat(approved.getLocalDateTimeCellValue().toLocalDate())
          .isEqualTo(Examples.read("perth-and-kinross").plan().approved().orElseThrow());
      assertThat(wb.getSheet(" plan ").getRow(4).getCell(1).getStringCellValue())
          .isEqualTo("01/04/2023");
      assertThat(LocalDate.of(2023, 4, 1))
          .isEqualTo(Examples.read("perth-and-kinross").plan().period().orElseThrow().start());
    }
  }
}
