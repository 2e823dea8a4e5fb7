package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;
import org.cjoip.model.document.PlanReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A plan of 100,000 deliverables, the most the default limits admit, goes through cjoip's own
 * workbook: {@code export}, then {@code import} of the workbook (which reads it as {@code check}
 * does), each in a child JVM with a 256 MB heap, judged by exit code and output; one deliverable
 * more is refused naming the limit (in process: the refusal, not the heap, is the point there).
 */
final class WorkbookHeapTest {

  private static final int ACTIONS = 10;
  private static final int PER_ACTION = 10_000;

  @TempDir Path dir;

  @Test
  void childJvm_aWorkbookOf100000DeliverablesIsExportedAndImportedIn256Mb()
      throws Exception {
    Path plan = dir.resolve("deliverables-100k.json");
    writePlan(plan);
    Path workbook = dir.resolve("deliverables-100k.xlsx");
    Path imported = dir.resolve("imported.yaml");

    ChildJvm.Run export = child("export", plan.toString(), "--output", workbook.toString());
    ChildJvm.Run importing = child("import", workbook.toString(), "--output", imported.toString());

    assertThat(export.code()).as(export.err()).isZero();
    assertThat(export.err()).isEmpty();
    assertThat(importing.code()).as(importing.err()).isZero();
    assertThat(importing.err()).isEmpty();
    assertThat(PlanReader.standard().read(imported).plan())
        .isEqualTo(PlanReader.standard().read(plan).plan());

    Path over = dir.resolve("deliverables-100001.xlsx");
    withOneDeliverableMore(workbook, over);
    MainTest.Run refused = MainTest.run("check", over.toString());

    assertThat(refused.code()).as(refused.err()).isEqualTo(2);
    assertThat(refused.out()).isEmpty();
    assertThat(refused.err()).isEqualTo(over + ": Deliverables!A100002: /priorityActions/9/"
        + "deliverables/10000: the document has more deliverables than the limit of 100000\n");
  }

  private static void writePlan(Path plan) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(plan)) {
      out.write("{\"formatVersion\": 1, \"title\": \"Large plan\", \"framework\": \"cjpf-2023\","
          + " \"period\": {\"start\": \"2023-04-01\", \"end\": \"2028-03-31\"},"
          + " \"partnership\": {\"name\": \"Large Partnership\"}, \"priorityActions\": [\n");
      for (int pa = 1; pa <= ACTIONS; pa++) {
        out.write((pa > 1 ? "," : "") + "{\"number\": " + pa + ", \"deliverables\": [\n");
        for (int d = 1; d <= PER_ACTION; d++) {
          out.write((d > 1 ? "," : "") + "{\"id\": \"" + pa + "." + d + "\", \"description\":"
              + " \"Deliver the work agreed for action " + pa + ", step " + d + ".\", \"owners\":"
              + " [\"Police Scotland\", \"Social Work\"], \"impactMeasures\": [\"Number of people"
              + " supported\"], \"timescale\": \"31 March 2026\", \"status\": \"IN_PROGRESS\"}\n");
        }
        out.write("]}");
      }
      out.write("]}\n");
    }
  }

  /** The workbook again, with a deliverable of priority action 10 added after the last row. */
  private static void withOneDeliverableMore(Path workbook, Path target) throws IOException {
    try (ZipFile in = new ZipFile(workbook.toFile());
        ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(target))) {
      String deliverables = deliverablesPart(in);
      for (ZipEntry e : java.util.Collections.list(in.entries())) {
        out.putNextEntry(new ZipEntry(e.getName()));
        try (InputStream part = in.getInputStream(e)) {
          if (e.getName().equals(deliverables)) {
            String xml = new String(part.readAllBytes(), StandardCharsets.UTF_8);
            int end = xml.lastIndexOf("</sheetData>");
            String row = "<row r=\"100002\"><c r=\"A100002\"><v>10</v></c>"
                + "<c r=\"D100002\" t=\"inlineStr\"><is><t>One more</t></is></c></row>";
            out.write((xml.substring(0, end) + row + xml.substring(end))
                .getBytes(StandardCharsets.UTF_8));
          } else {
            part.transferTo(out);
          }
        }
        out.closeEntry();
      }
    }
  }

  /** The part of the Deliverables sheet: the largest sheet, by far, of this workbook. */
  private static String deliverablesPart(ZipFile zip) {
    return java.util.Collections.list(zip.entries()).stream()
        .filter(e -> e.getName().startsWith("xl/worksheets/"))
        .max(java.util.Comparator.comparingLong(ZipEntry::getSize)).orElseThrow().getName();
  }

  private ChildJvm.Run child(String... command) throws Exception {
    return ChildJvm.run(dir, "-Xmx256m", List.of(command));
  }
}
