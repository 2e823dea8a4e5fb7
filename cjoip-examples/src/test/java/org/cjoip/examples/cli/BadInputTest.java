package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.cjoip.model.TestSettings;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.input.Documents;
import org.cjoip.model.text.Printable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The bad-input corpus: every document in {@code badinput/expected.tsv} is refused through the
 * API, through {@code cjoip check}, {@code cjoip assess --output} and the JSONL batch, with exit
 * 2, exactly the located message the table gives, no stack trace and no report written.
 * The annual returns ({@code return-*}) are refused through the API and {@code cjoip check},
 * which read either kind; {@code assess} reads plans.
 *
 * <p>The generated documents, huge ones and special files (a named pipe, a device, a
 * {@code /proc} file, symbolic links that loop or lead nowhere), are made here rather than
 * committed and are run, with a plan of 100,000 deliverables, by the commands of one child JVM
 * with a 256 MB heap, judged by exit code and message: a child that never ends is stopped and
 * fails the test, but no test depends on how fast anything runs. {@code check} refuses every
 * generated document; {@code assess} and the batch every one but the two refused only at the
 * limit of deliverables or values, which {@code -Pthorough} adds. Running out of memory is
 * seen through the real launcher, in a JVM of its own.
 */
final class BadInputTest {

  private static final String CORPUS = "/org/cjoip/examples/badinput/";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** How many problems a document lists before it says how many more there are. */
  private static final int LISTED = 100;

  /** Unknown fields in the document of many mistakes. */
  private static final int UNKNOWN_KEYS = 500_000;

  /** One row of the table: a document and the one problem it must produce. */
  record Case(String document, int exit, int line, int column, String pointer, String message,
      String covers) {
    boolean generated() {
      return covers.startsWith("generated:");
    }

    /**
     * An annual return: read by the API as either kind is read, and by {@code check}, but not
     * given to {@code assess}, which reads plans (a return is assessed beside its plan).
     */
    boolean annualReturn() {
      return document.startsWith("return-");
    }

    /**
     * The case as {@code check} and the reader of either kind report it: a file that is no
     * document at all is "not a plan or annual return document".
     */
    Case eitherKind() {
      return new Case(document, exit, line, column, pointer,
          message.replace("not a plan document", "not a plan or annual return document"),
          covers);
    }

    /** The document that gives many problems, all but the first hundred counted. */
    boolean many() {
      return document.startsWith("unknown-keys-");
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

  static Stream<Case> lightCases() throws IOException {
    return cases().filter(c -> !c.generated());
  }

  static Stream<Case> lightPlanCases() throws IOException {
    return lightCases().filter(c -> !c.annualReturn());
  }

  private static void generate(String name, Path target) throws IOException {
    switch (name) {
      case "a-directory" -> Files.createDirectories(target);
      case "missing.yaml" -> Files.deleteIfExists(target);
      case "named-pipe.yaml" -> {
        try {
          Process mkfifo = new ProcessBuilder("mkfifo", target.toString()).start();
          assertThat(mkfifo.waitFor()).as("mkfifo").isZero();
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IOException(e);
        }
      }
      case "dev-zero.json" -> Files.createSymbolicLink(target, Path.of("/dev/zero"));
      case "proc-self-status.yaml" ->
          Files.createSymbolicLink(target, Path.of("/proc/self/status"));
      case "symlink-loop.yaml" -> {
        Path other = target.resolveSibling("symlink-loop-other.yaml");
        Files.createSymbolicLink(target, other.getFileName());
        Files.createSymbolicLink(other, target.getFileName());
      }
      case "symlink-to-nothing.yaml" ->
          Files.createSymbolicLink(target, Path.of("no-such-plan.yaml"));
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
      // An explicit key: YAML allows an implicit one 1,024 characters at most.
      case "key-60000.yaml" -> Files.writeString(target, "formatVersion: 1\n? "
          + "k".repeat(60_000) + "\n: x\n");
      case "deliverables-300k.yaml" -> write(target, out -> {
        out.write("formatVersion: 1\ntitle: Many deliverables\nframework: cjpf-2023\n"
            + "partnership: {name: P}\npriorityActions:\n  - number: 1\n    deliverables:\n");
        for (int i = 0; i < 300_000; i++) {
          out.write("      - {description: x}\n");
        }
      });
      case "values-2m.json" -> write(target, out -> {
        out.write("{\"formatVersion\": 1, \"title\": \"T\", \"partnership\": {\"name\": \"P\","
            + " \"otherMembers\": [\n");
        for (int i = 0; i < 2_100_000; i++) {
          out.write(i == 0 ? "1" : ",1");
          if (i % 20 == 19) {
            out.write('\n');
          }
        }
        out.write("]}}\n");
      });
      case "unknown-keys-500k.yaml" -> write(target, out -> {
        out.write("formatVersion: 1\ntitle: T\nframework: cjpf-2023\npartnership: {name: P}\n");
        for (int i = 0; i < UNKNOWN_KEYS; i++) {
          out.write("k" + i + ": 1\n");
        }
      });
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

  /** Writes a generated document as it goes. */
  private interface Body {
    void write(Writer out) throws IOException;
  }

  private static void write(Path target, Body body) throws IOException {
    try (BufferedWriter out = Files.newBufferedWriter(target)) {
      body.write(out);
    }
  }

  private static String located(Path file, Case c) {
    return file + (c.line() > 0 ? ":" + c.line() + ":" + c.column() : "") + ": "
        + (c.pointer().isEmpty() ? "(document)" : c.pointer()) + ": " + c.message();
  }

  /** The lines a case prints: its one problem, or the first hundred and a count of the rest. */
  private static List<String> expectedLines(Path file, Case c) {
    if (!c.many()) {
      return List.of(located(file, c));
    }
    List<String> out = new ArrayList<>();
    out.add(located(file, c));
    // The later unknown fields refer to the list the first one printed, by its place; each is
    // placed at its value, after "k<i>: ".
    for (int i = 1; i < LISTED; i++) {
      out.add(file + ":" + (c.line() + i) + ":" + (("k" + i + ": ").length() + 1) + ": /k" + i
          + ": unknown field 'k" + i + "'; expected one of the fields listed at " + c.line()
          + ":" + c.column());
    }
    out.add(file + ": (document): and " + (UNKNOWN_KEYS - LISTED) + " more problems, not"
        + " listed");
    return out;
  }

  @Test
  void corpus_coversEveryClassOfHostileInput() throws IOException {
    List<Case> all = cases().toList();

    assertThat(all).hasSizeGreaterThanOrEqualTo(100);
    assertThat(all).extracting(Case::document).doesNotHaveDuplicates().contains(
        "empty.yaml", "a-directory", "missing.yaml", "nesting-100k.json", "string-60mb.json",
        "billion-laughs.yaml", "yaml-custom-tag-class.yaml", "yaml-tab-indent.yaml",
        "priority-action-0.yaml", "priority-action-14.yaml", "date-2025-02-30.yaml",
        "format-version-2.yaml", "framework-unknown.yaml", "non-utf8-latin1.yaml",
        // The classes of the second round.
        "figure-1e309.yaml", "date-year-9999-due.yaml", "timescale-31-march-0500.yaml",
        "deliverables-300k.yaml", "unknown-keys-500k.yaml", "named-pipe.yaml", "dev-zero.json",
        "proc-self-status.yaml", "symlink-loop.yaml", "yaml-octal-011.yaml",
        "yaml-bool-NO.yaml", "enum-long-s.yaml", "json-utf16le-no-bom.json",
        "json-escaped-nul.json", "yaml-raw-nul-at-2-12.yaml", "terminal-escapes-in-a-value.json",
        "key-60000.yaml",
        // Annual returns.
        "return-year-with-a-hyphen.yaml", "return-year-not-consecutive.yaml",
        "return-document-missing.yaml", "return-unknown-field-root.yaml",
        "return-date-2023-02-29-submitted.yaml");
    assertThat(all).allSatisfy(c -> assertThat(c.exit()).as(c.document()).isEqualTo(2));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lightCases")
  void api_refusesWithTheOneLocatedProblem(Case c) {
    Path file = dir.resolve(c.document());
    DocumentException refused = null;
    try {
      Document doc = c.annualReturn() ? Documents.standard().read(file)
          : PlanReader.standard().read(file);
      throw new AssertionError(c.document() + " was read: " + doc.source());
    } catch (DocumentException e) {
      refused = e;
    }

    assertThat(refused.problems()).as(c.document()).hasSize(1);
    Problem p = refused.problems().get(0);
    assertThat(p.severity()).isEqualTo(Problem.Severity.ERROR);
    assertThat(p.line()).as(c.document()).isEqualTo(c.line());
    assertThat(p.column()).as(c.document()).isEqualTo(c.column());
    // The table holds pointers as a terminal shows them, control characters escaped.
    assertThat(Printable.escape(p.pointer())).as(c.document()).isEqualTo(c.pointer());
    assertThat(p.describe()).as(c.document()).isEqualTo(located(file, c));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lightCases")
  void check_exitsTwoWithTheOneLocatedLine(Case c) {
    Path file = dir.resolve(c.document());

    MainTest.Run r = MainTest.run("check", file.toString());

    assertThat(r.code()).as(c.document()).isEqualTo(c.exit());
    assertThat(r.err()).as(c.document())
        .isEqualTo(located(file, c.eitherKind()) + System.lineSeparator());
    assertThat(r.out()).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lightPlanCases")
  void assess_exitsTwoAndWritesNoReport(Case c) {
    Path file = dir.resolve(c.document());
    Path report = dir.resolve("report-" + c.document().replace('/', '_') + ".json");

    MainTest.Run r = MainTest.run("assess", file.toString(), "--as-of", "2025-01-01",
        "--output", report.toString());

    assertThat(r.code()).as(c.document()).isEqualTo(c.exit());
    assertThat(r.err()).as(c.document()).isEqualTo(located(file, c) + System.lineSeparator());
    assertThat(report).doesNotExist();
  }

  @Test
  void batch_givesEachBadDocumentItsLineAndCarriesOn() throws Exception {
    List<Case> light = lightPlanCases().toList();
    List<String> args = new ArrayList<>(List.of("assess", "--format", "jsonl", "--as-of",
        "2025-01-01", "example:ayrshire"));
    light.forEach(c -> args.add(dir.resolve(c.document()).toString()));

    MainTest.Run r = MainTest.run(args.toArray(String[]::new));

    assertThat(r.code()).isEqualTo(2);
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(light.size() + 1);
    assertThat(JSON.readTree(lines.get(0)).path("edition").asText()).isEqualTo("cjpf-2023");
    for (int i = 0; i < light.size(); i++) {
      assertBatchLine(JSON.readTree(lines.get(i + 1)), dir.resolve(light.get(i).document()),
          light.get(i));
    }
  }

  private static void assertBatchLine(JsonNode line, Path file, Case c) {
    assertThat(line.path("source").asText()).isEqualTo(file.toString());
    assertThat(line.path("error").asText()).as(c.document()).isEqualTo("unreadable");
    JsonNode problem = line.path("problems").get(0);
    assertThat(line.path("problems").size()).as(c.document())
        .isEqualTo(c.many() ? LISTED + 1 : 1);
    assertThat(problem.path("line").asInt()).as(c.document()).isEqualTo(c.line());
    assertThat(problem.path("column").asInt()).as(c.document()).isEqualTo(c.column());
    assertThat(Printable.escape(problem.path("pointer").asText())).as(c.document())
        .isEqualTo(c.pointer());
    // The report holds the message as it is; the terminal sees it escaped.
    assertThat(Problem.builder().severity(Problem.Severity.ERROR).source(file.toString())
        .line(c.line()).column(c.column()).pointer(c.pointer())
        .message(problem.path("message").asText()).build().describe())
        .as(c.document()).isEqualTo(located(file, c));
  }

  // --- in one child JVM of 256 MB ---------------------------------------------------------

  /** What the child JVM of 256 MB runs, one command after another, in this order. */
  private enum InChild { CHECK, ASSESS, BATCH, SETTINGS, COMPARE, LARGE_PLAN }

  private static List<ChildJvm.Run> childRuns;

  /**
   * What one command of the child JVM printed and returned. The child runs every command the
   * first time any is asked for: one JVM started for all, not one per command.
   */
  private static synchronized ChildJvm.Run inChild(InChild command) throws Exception {
    if (childRuns == null) {
      writeLargePlan(largePlan());
      List<List<String>> commands = new ArrayList<>();
      for (InChild c : InChild.values()) {
        commands.add(commandOf(c));
      }
      childRuns = ChildJvm.runEach(dir, List.of("-Xmx256m"), commands);
    }
    return childRuns.get(command.ordinal());
  }

  private static List<String> commandOf(InChild command) throws IOException {
    List<String> out = new ArrayList<>();
    switch (command) {
      case CHECK -> {
        out.add("check");
        out.addAll(generatedArguments(generated()));
      }
      case ASSESS -> {
        out.addAll(List.of("assess", "--as-of", "2025-01-01", "--output", childReport()
            .toString()));
        out.addAll(generatedArguments(generatedForAssess()));
      }
      case BATCH -> {
        out.addAll(List.of("assess", "--format", "jsonl", "--as-of", "2025-01-01"));
        out.addAll(generatedArguments(generatedForBatch()));
      }
      case SETTINGS -> out.addAll(List.of("assess", "example:ayrshire", "--as-of",
          "2025-01-01", "--framework", pipe().toString(), "--rules", zero().toString(),
          "--config", proc().toString()));
      case COMPARE -> out.addAll(List.of("compare", pipe().toString(), zero().toString()));
      case LARGE_PLAN -> out.addAll(List.of("check", largePlan().toString()));
      default -> throw new IllegalArgumentException(command.name());
    }
    return out;
  }

  private static List<Case> generated() throws IOException {
    return cases().filter(Case::generated).toList();
  }

  /**
   * The generated documents refused only after most of them is read, at the limit of
   * deliverables or of values: {@code check} reads them in every run, {@code assess} and the
   * batch, which read them as {@code check} does, under {@code -Pthorough}.
   */
  private static final Set<String> READ_TO_THE_LIMIT =
      Set.of("deliverables-300k.yaml", "values-2m.json");

  private static List<Case> generatedForAssess() throws IOException {
    return cases().filter(Case::generated)
        .filter(c -> TestSettings.thorough() || !READ_TO_THE_LIMIT.contains(c.document()))
        .toList();
  }

  /** A directory in a batch stands for the plans in it: not a document to refuse. */
  private static List<Case> generatedForBatch() throws IOException {
    return generatedForAssess().stream().filter(c -> !c.document().equals("a-directory"))
        .toList();
  }

  private static Path childReport() {
    return dir.resolve("child-report.json");
  }

  private static Path pipe() {
    return dir.resolve("named-pipe.yaml");
  }

  private static Path zero() {
    return dir.resolve("dev-zero.json");
  }

  private static Path proc() {
    return dir.resolve("proc-self-status.yaml");
  }

  private static Path largePlan() {
    return dir.resolve("deliverables-100k.json");
  }

  private static List<String> generatedArguments(List<Case> cases) {
    return cases.stream().map(c -> dir.resolve(c.document()).toString()).toList();
  }

  private static List<String> expectedErr(List<Case> cases) {
    List<String> out = new ArrayList<>();
    for (Case c : cases) {
      out.addAll(expectedLines(dir.resolve(c.document()), c));
    }
    return out;
  }

  private static List<String> expectedErrOfEitherKind(List<Case> cases) {
    return expectedErr(cases.stream().map(Case::eitherKind).toList());
  }

  @Test
  void childJvm_checkRefusesEveryGeneratedDocumentIn256Mb() throws Exception {
    ChildJvm.Run r = inChild(InChild.CHECK);

    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList()).isEqualTo(expectedErrOfEitherKind(generated()));
    assertThat(r.out()).isEmpty();
  }

  @Test
  void childJvm_assessRefusesEveryGeneratedDocumentAndWritesNoReport() throws Exception {
    ChildJvm.Run r = inChild(InChild.ASSESS);

    // assess reads a plan, or returns beside their plan: a file that is no document is neither.
    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err().lines().toList())
        .isEqualTo(expectedErrOfEitherKind(generatedForAssess()));
    assertThat(childReport()).doesNotExist();
  }

  @Test
  void childJvm_batchGivesEachGeneratedDocumentItsLine() throws Exception {
    List<Case> generated = generatedForBatch();

    ChildJvm.Run r = inChild(InChild.BATCH);

    assertThat(r.code()).as(r.err()).isEqualTo(2);
    assertThat(r.err()).isEmpty();
    List<String> lines = r.out().lines().toList();
    assertThat(lines).hasSize(generated.size());
    for (int i = 0; i < generated.size(); i++) {
      assertBatchLine(JSON.readTree(lines.get(i)), dir.resolve(generated.get(i).document()),
          generated.get(i));
    }
  }

  @Test
  void childJvm_specialFilesAreRefusedAsSettingsAndReportsToo() throws Exception {
    ChildJvm.Run assess = inChild(InChild.SETTINGS);
    ChildJvm.Run compare = inChild(InChild.COMPARE);

    assertThat(assess.code()).isEqualTo(2);
    assertThat(assess.err().lines()).containsExactly(
        pipe() + ": (document): is a named pipe (FIFO), not an edition document; only a regular"
            + " file is read",
        zero() + ": (document): is a character device, not a DRL file; only a regular file is"
            + " read",
        proc() + ": (document): is a file the system makes up as it is read (/proc or /sys),"
            + " not a configuration file");
    assertThat(compare.code()).isEqualTo(2);
    assertThat(compare.err().lines()).containsExactly(
        pipe() + ": (document): is a named pipe (FIFO), not an assessment report; only a"
            + " regular file is read",
        zero() + ": (document): is a character device, not an assessment report; only a"
            + " regular file is read");
  }

  /** A valid plan of 100,000 deliverables, the most the default limits admit. */
  private static void writeLargePlan(Path plan) throws IOException {
    write(plan, out -> {
      out.write("{\"formatVersion\": 1, \"title\": \"Large plan\", \"framework\": \"cjpf-2023\","
          + " \"period\": {\"start\": \"2023-04-01\", \"end\": \"2028-03-31\"},"
          + " \"partnership\": {\"name\": \"Large Partnership\"}, \"priorityActions\": [\n");
      for (int pa = 1; pa <= 10; pa++) {
        out.write((pa > 1 ? "," : "") + "{\"number\": " + pa + ", \"deliverables\": [\n");
        for (int d = 1; d <= 10_000; d++) {
          out.write((d > 1 ? "," : "") + "{\"id\": \"" + pa + "." + d + "\", \"description\":"
              + " \"Deliver the work agreed for this action.\", \"owners\": [\"Police Scotland\","
              + " \"Social Work\"], \"timescale\": \"31 March 2026\", \"status\":"
              + " \"IN_PROGRESS\"}\n");
        }
        out.write("]}");
      }
      out.write("]}\n");
    });
  }

  @Test
  void childJvm_aPlanOf100000DeliverablesIsReadIn256Mb() throws Exception {
    ChildJvm.Run r = inChild(InChild.LARGE_PLAN);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.out()).isEqualTo(largePlan() + ": valid\n");
    assertThat(Files.size(largePlan())).isGreaterThan(15_000_000L);
  }

  @Test
  void childJvm_outOfMemoryEndsInOneLineAndExitThree() throws Exception {
    // A plan of 20,000 deliverables, valid, in a heap far too small to assess it.
    Path plan = dir.resolve("deliverables-20k.json");
    write(plan, out -> {
      out.write("{\"formatVersion\": 1, \"title\": \"T\", \"framework\": \"cjpf-2023\","
          + " \"partnership\": {\"name\": \"P\"}, \"priorityActions\": [{\"number\": 1,"
          + " \"deliverables\": [\n");
      for (int d = 1; d <= 20_000; d++) {
        out.write((d > 1 ? "," : "") + "{\"description\": \"Deliver the work " + d + ".\","
            + " \"timescale\": \"31 March 2026\"}\n");
      }
      out.write("]}]}\n");
    });
    // The real launcher, for its exit code: the one command of this class in a JVM of its own.
    ChildJvm.Run r = ChildJvm.run(dir, "-Xmx24m", List.of("assess", plan.toString(),
        "--as-of", "2025-01-01"));

    assertThat(r.code()).as(r.err()).isEqualTo(Main.INTERNAL);
    assertThat(r.err()).matches("cjoip: out of memory: the input needs more than the \\d+ MB this"
        + " Java may use; give it more with -Xmx, or split the input\n");
  }
}
