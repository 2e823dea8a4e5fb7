package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: every document in {@code badinput/expected.tsv} is refused through the
 * API and through {@code cjoip check} and {@code cjoip assess --output} with exit 2, exactly the
 * located message the table gives, no stack trace and no report written. The huge documents
 * are generated here rather than committed, and also run in a child JVM with a 256 MB heap.
 */
final class BadInputTest {

  private static final String CORPUS = "/org/cjoip/examples/badinput/";

  /** One row of the table: a document and the one problem it must produce. */
  record Case(String document, int exit, int line, int column, String pointer, String message,
      String covers) {
    boolean generated() {
      return covers.startsWith("generated:");
    }

    @Override
    public String toString() {
      return document;
    }
  }

  @TempDir static Path dir;

  @BeforeAll
  static void writeCorpus() throws IOException {
    for (Case c : cases().toList()) {
      Path target = dir.resolve(c.document());
      if (c.generated()) {
        generate(c.document(), target);
      } else {
        try (InputStream in = BadInputTest.class.getResourceAsStream(CORPUS + c.document())) {
          assertThat(in).as(c.document()).isNotNull();
          Files.write(target, in.readAllBytes());
        }
      }
    }
  }

  static Stream<Case> cases() throws IOException {
    List<Case> out = new ArrayList<>();
    try (InputStream in = BadInputTest.class.getResourceAsStream(CORPUS + "expected.tsv")) {
      String table = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      for (String row : table.split("\n")) {
        if (row.isBlank() || row.startsWith("document\t")) {
          continue;
        }
        String[] f = row.split("\t", -1);
        out.add(new Case(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]),
            Integer.parseInt(f[3]), f[4], f[5], f[6]));
      }
    }
    return out.stream();
  }

  static Stream<Case> heavyCases() throws IOException {
    return cases().filter(Case::generated);
  }

  private static void generate(String name, Path target) throws IOException {
    switch (name) {
      case "a-directory" -> Files.createDirectories(target);
      case "missing.yaml" -> Files.deleteIfExists(target);
      case "nesting-100k.json" -> Files.writeString(target, "[".repeat(100_000)
          + "]".repeat(100_000));
      case "nesting-100k.yaml" -> Files.writeString(target, "title: "
          + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
      case "nesting-100k-block.yaml" -> Files.writeString(target, "priorityActions:\n"
          + "- ".repeat(100_000) + "x\n");
      case "oversized-200mb.json" -> {
        // Sparse: the reader must refuse it by its size, before reading a byte.
        try (RandomAccessFile file = new RandomAccessFile(target.toFile(), "rw")) {
          file.setLength(200L * 1024 * 1024);
        }
      }
      case "string-60mb.json" -> {
        try (OutputStream out = Files.newOutputStream(target)) {
          out.write("{\"formatVersion\": 1, \"title\": \"".getBytes(StandardCharsets.UTF_8));
          byte[] chunk = "a".repeat(1 << 20).getBytes(StandardCharsets.UTF_8);
          for (int i = 0; i < 60; i++) {
            out.write(chunk);
          }
          out.write("\"}\n".getBytes(StandardCharsets.UTF_8));
        }
      }
      case "billion-laughs.yaml" -> {
        StringBuilder s = new StringBuilder("a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n");
        for (char c = 'b'; c <= 'j'; c++) {
          char p = (char) (c - 1);
          s.append(c).append(": &").append(c).append(" [*").append(p).append(",*").append(p)
              .append(",*").append(p).append(",*").append(p).append(",*").append(p).append("]\n");
        }
        Files.writeString(target, s.toString());
      }
      case "alias-bomb-without-anchors.yaml" -> {
        // Aliases to one anchor, many times over: the first alias is refused, none expanded.
        StringBuilder s = new StringBuilder("title: x\nlist:\n");
        for (int i = 0; i < 100_000; i++) {
          s.append("  - *a\n");
        }
        Files.writeString(target, s.toString());
      }
      default -> throw new IllegalArgumentException("no generator for " + name);
    }
  }

  private static String located(Path file, Case c) {
    return file + (c.line() > 0 ? ":" + c.line() + ":" + c.column() : "") + ": "
        + (c.pointer().isEmpty() ? "(document)" : c.pointer()) + ": " + c.message();
  }

  @Test
  void corpus_holdsAtLeastFortyDocumentsAndCoversTheIssueList() throws IOException {
    List<Case> all = cases().toList();

    assertThat(all).hasSizeGreaterThanOrEqualTo(40);
    assertThat(all).extracting(Case::document).doesNotHaveDuplicates().contains(
        "empty.yaml", "a-directory", "missing.yaml", "nesting-100k.json", "string-60mb.json",
        "billion-laughs.yaml", "yaml-custom-tag-class.yaml", "yaml-tab-indent.yaml",
        "priority-action-0.yaml", "priority-action-14.yaml", "date-2025-02-30.yaml",
        "format-version-2.yaml", "framework-unknown.yaml", "non-utf8-latin1.yaml");
  }

  @Test
  void defaultLimits_admitAPlanOf100000Deliverables() throws Exception {
    StringBuilder s = new StringBuilder("formatVersion: 1\ntitle: Large plan\n"
        + "framework: cjpf-2023\nperiod: { start: 2023-04-01, end: 2028-03-31 }\n"
        + "partnership:\n  name: Large Partnership\npriorityActions:\n");
    int per = 100_000 / 10;
    for (int pa = 1; pa <= 10; pa++) {
      s.append("  - number: ").append(pa).append("\n    deliverables:\n");
      for (int d = 1; d <= per; d++) {
        s.append("      - id: \"").append(pa).append('.').append(d).append("\"\n")
            .append("        description: Deliver the work agreed for this action.\n")
            .append("        owners: [Police Scotland, Social Work]\n")
            .append("        timescale: 31 March 2026\n");
      }
    }
    Path file = dir.resolve("large-plan.yaml");
    Files.writeString(file, s);

    PlanDocument doc = PlanReader.standard().read(file);

    assertThat(doc.plan().priorityActions().stream()
        .mapToInt(pa -> pa.deliverables().size()).sum()).isEqualTo(100_000);
    assertThat(Files.size(file)).isGreaterThan(10_000_000L);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void api_refusesWithTheOneLocatedProblem(Case c) {
    Path file = dir.resolve(c.document());
    DocumentException refused = null;
    try {
      PlanDocument doc = PlanReader.standard().read(file);
      throw new AssertionError(c.document() + " was read: " + doc.plan().title());
    } catch (DocumentException e) {
      refused = e;
    }

    assertThat(refused.problems()).as(c.document()).hasSize(1);
    Problem p = refused.problems().get(0);
    assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(p.line()).as(c.document()).isEqualTo(c.line());
    assertThat(p.column()).as(c.document()).isEqualTo(c.column());
    assertThat(p.pointer()).as(c.document()).isEqualTo(c.pointer());
    assertThat(p.message()).as(c.document()).isEqualTo(c.message());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void check_exitsTwoWithTheOneLocatedLine(Case c) {
    Path file = dir.resolve(c.document());

    MainTest.Run r = MainTest.run("check", file.toString());

    assertThat(r.code()).as(c.document()).isEqualTo(c.exit());
    assertThat(r.err()).as(c.document()).isEqualTo(located(file, c) + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void assess_exitsTwoAndWritesNoReport(Case c) {
    Path file = dir.resolve(c.document());
    Path report = dir.resolve("report-" + c.document().replace('/', '_') + ".json");

    MainTest.Run r = MainTest.run("assess", file.toString(), "--as-of", "2025-01-01",
        "--output", report.toString());

    assertThat(r.code()).as(c.document()).isEqualTo(c.exit());
    assertThat(r.err()).as(c.document()).isEqualTo(located(file, c) + System.lineSeparator());
    assertThat(report).doesNotExist();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("heavyCases")
  void childJvm_refusesHeavyDocumentsWithin256MbAndFiveSeconds(Case c) throws Exception {
    Path file = dir.resolve(c.document());
    Path report = dir.resolve("child-report-" + c.document() + ".json");
    for (List<String> command : List.of(List.of("check", file.toString()),
        List.of("assess", file.toString(), "--as-of", "2025-01-01", "--output",
            report.toString()))) {
      List<String> java = new ArrayList<>(List.of(
          Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m",
          "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
          Main.class.getName()));
      java.addAll(command);
      ProcessBuilder pb = new ProcessBuilder(java)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD);
      pb.environment().putAll(Map.of("NO_COLOR", "1"));
        Process process = pb.start();
      String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
      boolean done = process.waitFor(30, TimeUnit.SECONDS);
  
      assertThat(done).as(c.document() + " " + command.get(0)).isTrue();
      assertThat(process.exitValue()).as(c.document() + " " + command.get(0) + ": " + err)
          .isEqualTo(c.exit());
      assertThat(err).isEqualTo(located(file, c) + System.lineSeparator());
      assertThat(err).doesNotContain("Exception").doesNotContain("\tat ");
      assertThat(report).doesNotExist();
    }
  }
}
