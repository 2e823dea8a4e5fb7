package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cjoip.examples.Examples;
import org.cjoip.examples.cli.MainTest.Run;
import org.cjoip.examples.corpus.SyntheticPlans;
import org.cjoip.model.document.PlanReader;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.report.AssessmentJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class BatchAssessTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  /** Each example's line, assessed once for the class: a batch repeats the examples. */
  private static final Map<String, String> LINES = new ConcurrentHashMap<>();

  private static String line(String example) throws Exception {
    String known = LINES.get(example);
    if (known != null) {
      return known;
    }
    String line =
        AssessmentJson.writeLine(Assessor.standard().assess(Examples.read(example), AS_OF));
    LINES.put(example, line);
    return line;
  }

  private static Path bad(Path dir) throws Exception {
    Path bad = dir.resolve("bad.yaml");
    Files.writeString(bad, "formatVersion: 1\ntitle: T\nframework: cjpf-2023\npartnership:\n"
        + "  name: P\npriorityActions:\n  - number: 14\n");
    return bad;
  }

  @Test
  void jsonl_oneAssessmentPerLineInInputOrder() throws Exception {
    Run r = MainTest.run("assess", "--format", "jsonl", "--as-of", "2025-04-01",
        "--fail-on", "never", "example:clackmannanshire", "example:perth-and-kinross",
        "example:ayrshire");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines()).containsExactly(line("clackmannanshire"),
        line("perth-and-kinross"), line("ayrshire"));
    assertThat(r.err()).isEmpty();
  }

  @Test
  void jsonl_badDocumentIsAnErrorLineAndTheBatchCarriesOn(@TempDir Path dir) throws Exception {
    Path bad = bad(dir);

    Run r = MainTest.run("assess", "--format", "jsonl", "--as-of", "2025-04-01",
        "--fail-on", "never", "example:ayrshire", bad.toString(), "example:nowhere");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out().lines()).containsExactly(
        line("ayrshire"),
        "{\"formatVersion\":1,\"source\":\"" + bad + "\",\"error\":\"unreadable\",\"problems\":["
            + "{\"severity\":\"ERROR\",\"line\":7,\"column\":13,"
            + "\"pointer\":\"/priorityActions/0/number\","
            + "\"message\":\"expected a whole number from 1 to 13, found 14\"}]}",
        "{\"formatVersion\":1,\"source\":\"example:nowhere\",\"error\":\"unreadable\","
            + "\"problems\":[{\"severity\":\"ERROR\",\"line\":0,\"column\":0,\"pointer\":\"\","
            + "\"message\":\"no bundled example of that name; examples: perth-and-kinross,"
            + " ayrshire, clackmannanshire, glenmore, glenmore-2023-24, glenmore-2024-25\"}]}");
  }

  @Test
  void jsonl_exitsOneWhenAFindingIsAtTheThreshold() {
    Run errors = MainTest.run("assess", "--format", "jsonl", "--as-of", "2025-04-01",
        "example:perth-and-kinross");
    Run never = MainTest.run("assess", "--format", "jsonl", "--as-of", "2025-04-01",
        "--fail-on", "never", "example:perth-and-kinross");

    assertThat(errors.code()).isEqualTo(1);
    assertThat(never.code()).isZero();
  }

  @Test
  void jsonl_directoryStandsForItsPlanFilesSortedByName(@TempDir Path dir) throws Exception {
    SyntheticPlans corpus = SyntheticPlans.of(3);
    List<Path> files = corpus.write(dir, 3);
    Files.writeString(dir.resolve("notes.txt"), "not a plan");
    Path out = dir.resolve("out.jsonl");

    Run r = MainTest.run("assess", "--format", "jsonl", "--as-of", "2025-04-01",
        "--fail-on", "never", "--output", out.toString(), dir.toString());

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEmpty();
    List<String> expected = new ArrayList<>();
    for (Path f : files) {
      expected.add(AssessmentJson.writeLine(
          Assessor.standard().assess(PlanReader.standard().read(f), AS_OF)));
    }
    assertThat(Files.readAllLines(out)).containsExactlyElementsOf(expected);
  }

  @Test
  void jsonl_directoryWithoutPlansIsAUsageError(@TempDir Path dir) throws Exception {
    Files.writeString(dir.resolve("notes.txt"), "not a plan");

    Run r = MainTest.run("assess", "--format", "jsonl", dir.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("cjoip: " + dir + " holds no plan documents (.json, .yaml,"
        + " .yml, .xlsx)\n");
  }

  @Test
  void jsonl_manyDocumentsKeepTheirOrder() throws Exception {
    List<String> args = new ArrayList<>(List.of("assess", "--format", "jsonl", "--as-of",
        "2025-04-01", "--fail-on", "never"));
    List<String> expected = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      String name = Examples.NAMES.get(i % 3);
      args.add("example:" + name);
      expected.add(line(name));
    }

    Run r = MainTest.run(args.toArray(String[]::new));

    assertThat(r.out().lines()).containsExactlyElementsOf(expected);
  }

  @Test
  void run_progressBarGoesToErrOnlyWhenAsked() throws Exception {
    BatchAssess batch = new BatchAssess(PlanReader.standard(), Assessor.standard(), AS_OF, 2);
    List<String> documents = List.of("example:ayrshire", "example:clackmannanshire");
    StringWriter withBar = new StringWriter();
    StringWriter without = new StringWriter();
    StringWriter out = new StringWriter();

    batch.run(documents, out, new PrintWriter(withBar), Optional.empty(), true);
    batch.run(documents, out, new PrintWriter(without), Optional.empty(), false);

    assertThat(withBar.toString()).contains("\r[" + "#".repeat(30) + "] 2/2 plans")
        .endsWith("\r");
    assertThat(without.toString()).isEmpty();
  }

  @Test
  void json_staysAllOrNothing(@TempDir Path dir) throws Exception {
    Run r = MainTest.run("assess", "--format", "json", "--as-of", "2025-04-01",
        "example:ayrshire", bad(dir).toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
  }
}
