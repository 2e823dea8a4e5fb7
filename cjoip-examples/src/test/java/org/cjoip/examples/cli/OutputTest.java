package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cjoip.examples.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where a report goes: {@code --output} refuses any target a report would destroy or that it
 * cannot write, saying why and naming no temporary file; a report that cannot be written to
 * standard output is exit 3; a stopped run leaves no temporary file behind.
 */
final class OutputTest {

  private static Run assessTo(String output, String... plans) {
    List<String> args = new ArrayList<>(List.of("assess", "--as-of", "2025-04-01",
        "--fail-on", "never", "--output", output));
    args.addAll(List.of(plans.length == 0 ? new String[] {"example:ayrshire"} : plans));
    return MainTest.run(args.toArray(String[]::new));
  }

  @Test
  void output_emptyPathIsRefusedSayingSo() {
    Run r = assessTo("");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("cjoip: --output: the path is empty; give the file to write\n");
  }

  @Test
  void output_deviceIsRefusedAndLeftAlone() {
    Run r = assessTo("/dev/null");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("cjoip: --output: cannot write /dev/null: it is not a regular"
        + " file (a device, a named pipe or a socket), and what this command writes would"
        + " replace it\n");
    assertThat(new File("/dev/null").isFile()).isFalse();
  }

  @Test
  void output_namedPipeIsRefused(@TempDir Path dir) throws Exception {
    Path pipe = dir.resolve("report.pipe");
    assertThat(new ProcessBuilder("mkfifo", pipe.toString()).start().waitFor()).isZero();

    Run r = assessTo(pipe.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("cjoip: --output: cannot write " + pipe + ": it is not a"
        + " regular file (a device, a named pipe or a socket), and what this command writes"
        + " would replace it\n");
    assertThat(Files.isRegularFile(pipe)).isFalse();
  }

  @Test
  void output_symbolicLinkIsRefusedAndItsTargetKept(@TempDir Path dir) throws Exception {
    Path kept = dir.resolve("kept.txt");
    Files.writeString(kept, "kept");
    Path link = Files.createSymbolicLink(dir.resolve("report.txt"), kept);

    Run r = assessTo(link.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("cjoip: --output: cannot write " + link + ": it is a symbolic"
        + " link; give the file it leads to\n");
    assertThat(Files.readString(kept)).isEqualTo("kept");
    assertThat(Files.isSymbolicLink(link)).isTrue();
  }

  @Test
  void output_directoryIsRefused(@TempDir Path dir) {
    Run r = assessTo(dir.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("cjoip: --output: cannot write " + dir + ": it is a"
        + " directory\n");
  }

  @Test
  void output_theInputItselfIsRefusedAndKept(@TempDir Path dir) throws Exception {
    Path plan = dir.resolve("plan.yaml");
    Files.writeString(plan, "formatVersion: 1\ntitle: T\nframework: cjpf-2023\n"
        + "partnership: {name: P}\n");

    Run r = assessTo(plan.toString(), plan.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("cjoip: --output: cannot write " + plan + ": it is " + plan
        + ", which is read by this command; what this command writes would replace it\n");
    assertThat(Files.readString(plan)).startsWith("formatVersion: 1\n");
  }

  @Test
  void output_missingFolderSaysSoWithoutATemporaryFile() {
    Run r = assessTo("/nonexistent/report.txt");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("cjoip: --output: cannot write /nonexistent/report.txt: the"
        + " folder /nonexistent does not exist\n");
  }

  @Test
  void output_writtenWholeLeavesNothingElse(@TempDir Path dir) throws Exception {
    Path report = dir.resolve("report.txt");

    Run r = assessTo(report.toString());

    assertThat(r.code()).isZero();
    assertThat(Files.readString(report)).startsWith("Community Justice Ayrshire Partnership");
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(report);
    }
  }

  /** Runs the command line in a child JVM with standard output sent to a file. */
  private static Process child(File stdout, List<String> args) throws Exception {
    List<String> java = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    java.addAll(args);
    return new ProcessBuilder(java).redirectOutput(stdout).start();
  }

  @Test
  void stdout_aWriteErrorIsExitThreeWithItsReason() throws Exception {
    Process p = child(new File("/dev/full"), List.of("assess", "example:ayrshire", "--as-of",
        "2025-04-01", "--fail-on", "never"));
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();

    assertThat(p.exitValue()).isEqualTo(Main.INTERNAL);
    assertThat(err).isEqualTo("cjoip: cannot write to standard output: No space left on device;"
        + " the output is incomplete\n");
  }

  @Test
  void output_stoppedRunLeavesNoTemporaryFile(@TempDir Path dir) throws Exception {
    // Plans enough that the batch is still writing when it is stopped.
    Path plans = Files.createDirectories(dir.resolve("plans"));
    String plan = new String(OutputTest.class.getResourceAsStream(
        "/org/cjoip/examples/plans/ayrshire.yaml").readAllBytes(), StandardCharsets.UTF_8);
    for (int i = 0; i < 400; i++) {
      Files.writeString(plans.resolve(String.format("plan-%03d.yaml", i)), plan);
    }
    Path out = dir.resolve("out");
    Files.createDirectories(out);
    Path report = out.resolve("batch.jsonl");
    Process p = child(dir.resolve("stdout").toFile(), List.of("assess", "--format", "jsonl",
        "--as-of", "2025-04-01", "--output", report.toString(), plans.toString()));
    // Stopped while the batch writes: by SIGTERM, as a service manager stops a job.
    while (p.isAlive() && !hasTemporaryFile(out)) {
      Thread.sleep(20);
    }
    assertThat(p.isAlive()).as("still running when stopped").isTrue();
    p.destroy();
    assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();

    try (Stream<Path> files = Files.list(out)) {
      assertThat(files).isEmpty();
    }
  }

  /** Whether a temporary file there has lines in it already: the batch is writing. */
  private static boolean hasTemporaryFile(Path dir) throws Exception {
    try (Stream<Path> files = Files.list(dir)) {
      return files.anyMatch(f -> f.getFileName().toString().endsWith(".tmp") && size(f) > 0);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (java.io.IOException e) {
      return 0;
    }
  }

  @Test
  void output_theWorkbookExportedIsRefusedNamingNoReport(@TempDir Path dir) throws Exception {
    Path workbook = dir.resolve("plan.xlsx");
    try (var in = OutputTest.class.getResourceAsStream(
        "/org/cjoip/examples/workbook/perth-and-kinross.xlsx")) {
      Files.copy(in, workbook);
    }

    Run r = MainTest.run("export", workbook.toString(), "--output", workbook.toString());

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    // The workbook's own warnings come first: ids stored as numbers.
    assertThat(r.err().lines().reduce((a, b) -> b)).contains("cjoip: --output: cannot write "
        + workbook + ": it is " + workbook + ", which is read by this command; what this"
        + " command writes would replace it");
  }

  @Test
  void output_inAFolderTheSystemMakesUpSaysItTakesNoNewFiles() {
    Run r = assessTo("/proc/version");

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo("cjoip: --output: cannot write /proc/version: the folder"
        + " /proc does not take new files\n");
  }
}
