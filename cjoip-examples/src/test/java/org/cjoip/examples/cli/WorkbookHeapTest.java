package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cjoip.model.TestSettings;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Status;
import org.cjoip.model.workbook.WorkbookWriter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A large plan goes through cjoip's own workbook: {@code export}, then {@code import} of the
 * workbook (which reads it as {@code check} does), one after the other in a child JVM with a
 * capped heap, judged by exit code and output: the plan imported is written byte for byte as the
 * plan exported was. Under {@code -Pthorough} the plan has 100,000 deliverables, the most the
 * default limits admit, in 256 MB (the promise); by default 20,000 in a heap cut in proportion,
 * which a workbook held whole in memory would not fit either. One deliverable more than the
 * limit is refused naming the limit (in process: the refusal, not the heap, is the point there).
 */
final class WorkbookHeapTest {

  private static final int ACTIONS = 10;
  private static final int PER_ACTION = TestSettings.pick(2_000, 10_000);
  private static final String HEAP = TestSettings.thorough() ? "-Xmx256m" : "-Xmx64m";
  private static final int LIMIT = 100_000;

  @TempDir Path dir;

  @Test
  void childJvm_aLargeWorkbookIsExportedAndImportedInACappedHeap() throws Exception {
    Path plan = dir.resolve("deliverables.json");
    try (BufferedWriter out = Files.newBufferedWriter(plan)) {
      PlanWriter.write(largePlan(), Format.JSON, out);
    }
    Path workbook = dir.resolve("deliverables.xlsx");
    Path imported = dir.resolve("imported.json");

    List<ChildJvm.Run> runs = ChildJvm.runEach(dir, List.of(HEAP), List.of(
        List.of("export", plan.toString(), "--output", workbook.toString()),
        List.of("import", workbook.toString(), "--output", imported.toString())));

    ChildJvm.Run export = runs.get(0);
    ChildJvm.Run importing = runs.get(1);
    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(importing.code()).as(importing.err()).isZero();
    assertThat(importing.err()).isEmpty();
    // The plan written as it was read: the same bytes are the same plan, every deliverable.
    assertThat(Files.mismatch(plan, imported)).as("first byte that differs").isEqualTo(-1L);
    assertThat(Files.size(plan)).isGreaterThan(ACTIONS * PER_ACTION * 200L);
  }

  @Test
  void check_aWorkbookOfOneDeliverableMoreThanTheLimitIsRefusedAtItsCell() throws Exception {
    Path small = dir.resolve("one.xlsx");
    try (OutputStream out = Files.newOutputStream(small)) {
      WorkbookWriter.write(Plan.builder().title("Large plan").framework("cjpf-2023")
          .partnership(Partnership.builder().name("Large Partnership").build())
          .addPriorityActions(PriorityActionResponse.builder().number(1)
              .addDeliverables(Deliverable.builder().description("The first.").build())
              .build())
          .build(), out);
    }
    Path over = dir.resolve("deliverables-100001.xlsx");
    withDeliverablesAfterTheLast(small, LIMIT, over);

    MainTest.Run refused = MainTest.run("check", over.toString());

    assertThat(refused.code()).as(refused.err()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).isEqualTo(over + ": Deliverables!A100002: /priorityActions/0/"
        + "deliverables/100000: the document has more deliverables than the limit of 100000\n");
  }

  /** Ten priority actions of PER_ACTION deliverables each, with owners, measures, a due date. */
  private static Plan largePlan() {
    Plan.Builder plan = Plan.builder().title("Large plan").framework("cjpf-2023")
        .partnership(Partnership.builder().name("Large Partnership").build());
    for (int pa = 1; pa <= ACTIONS; pa++) {
      PriorityActionResponse.Builder action = PriorityActionResponse.builder().number(pa);
      for (int d = 1; d <= PER_ACTION; d++) {
        action.addDeliverables(Deliverable.builder().id(pa + "." + d)
            .description("Deliver the work agreed for action " + pa + ", step " + d + ".")
            .owners(List.of("Police Scotland", "Social Work"))
            .impactMeasures(List.of("Number of people supported")).timescale("31 March 2026")
            .due(LocalDate.of(2026, 3, 31)).status(Status.IN_PROGRESS).build());
      }
      plan.addPriorityActions(action.build());
    }
    return plan.build();
  }

  /**
   * The workbook again, with as many deliverables of priority action 1 added after the last
   * row, each with only its action and description: the rows the limit counts, at the least
   * cost of writing and reading them.
   */
  private static void withDeliverablesAfterTheLast(Path workbook, int count, Path target)
      throws IOException {
    try (ZipFile in = new ZipFile(workbook.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      String deliverables = deliverablesPart(in);
      for (ZipEntry e : Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream part = in.getInputStream(e)) {
          if (e.getName().equals(deliverables)) {
            String xml = new String(part.readAllBytes(), StandardCharsets.UTF_8);
            int end = xml.lastIndexOf("</sheetData>");
            out.write(xml.substring(0, end).getBytes(StandardCharsets.UTF_8));
            StringBuilder rows = new StringBuilder();
            for (int r = 3; r < 3 + count; r++) {
              rows.append("<row r=\"").append(r).append("\"><c r=\"A").append(r)
                  .append("\"><v>1</v></c><c r=\"D").append(r)
                  .append("\" t=\"inlineStr\"><is><t>One more, ").append(r)
                  .append("</t></is></c></row>");
            }
            out.write(rows.toString().getBytes(StandardCharsets.UTF_8));
            out.write(xml.substring(end).getBytes(StandardCharsets.UTF_8));
          } else {
            part.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
  }

  /** The part of the Deliverables sheet: the one that holds the first deliverable. */
  private static String deliverablesPart(ZipFile zip) throws IOException {
    for (ZipEntry e : Collections.list(zip.entries())) {
      if (e.getName().startsWith("xl/worksheets/")) {
        try (InputStream part = zip.getInputStream(e)) {
          if (new String(part.readAllBytes(), StandardCharsets.UTF_8).contains(">The first.<")) {
            return e.getName();
          }
        }
      }
    }
    throw new AssertionError("no sheet holds the first deliverable");
  }
}
