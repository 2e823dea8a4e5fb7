package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.cjoip.examples.cli.MainTest.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FrameworkDiffCommandTest {

  /** The test-only revised edition, copied to a file as a user would have it. */
  static Path revised(Path dir) throws Exception {
    Path file = dir.resolve("cjpf-2023-revised.json");
    try (InputStream in = FrameworkDiffCommandTest.class
        .getResourceAsStream("/org/cjoip/model/framework/cjpf-2023-revised.json")) {
      Files.write(file, in.readAllBytes());
    }
    return file;
  }

  @Test
  void diff_bundledToRevisedFileAsText(@TempDir Path dir) throws Exception {
    Run r = MainTest.run("framework", "diff", "cjpf-2023", revised(dir).toString());

    assertThat(r.code()).isZero();
    assertThat(r.out().lines().toList())
        .hasSize(10)
        .startsWith("cjpf-2023 → cjpf-2023-revised: 9 changes")
        .contains("  moved evidence CJPF-E3.2: priority action 3 → priority action 4")
        .endsWith("  changed reporting calendar disclosure: counts from 1 to 4 suppressed"
                + " (threshold 5) → counts from 1 to 9 suppressed (threshold 10)",
            "  changed reporting calendar returnToCjs: the 30 September after the reporting"
                + " year (practice) → the 31 October after the reporting year (practice)");
  }

  @Test
  void diff_asJson(@TempDir Path dir) throws Exception {
    Run r = MainTest.run("framework", "diff", "cjpf-2023", revised(dir).toString(), "--format",
        "json");

    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(root.get("from").asText()).isEqualTo("cjpf-2023");
    assertThat(root.get("changes")).hasSize(9);
    JsonNode first = root.get("changes").get(0);
    assertThat(first.get("element").asText()).isEqualTo("OUTCOME");
    assertThat(first.get("kind").asText()).isEqualTo("ADDED");
    assertThat(first.get("after").asText()).isEqualTo("CJPF-O4");
    assertThat(first.get("newParent").asText()).isEqualTo("priority action 4");
    JsonNode last = root.get("changes").get(8);
    assertThat(last.get("element").asText()).isEqualTo("REPORTING");
    assertThat(last.get("kind").asText()).isEqualTo("CHANGED");
    assertThat(last.get("before").asText()).isEqualTo("returnToCjs");
    assertThat(last.get("newText").asText())
        .isEqualTo("the 31 October after the reporting year (practice)");
  }

  @Test
  void diff_opifToCjpf() {
    Run r = MainTest.run("framework", "diff", "opif-2016", "cjpf-2023");

    assertThat(r.code()).isZero();
    assertThat(r.out()).startsWith("opif-2016 → cjpf-2023: ")
        .contains("  added aim 1: \"")
        .contains("  removed outcome OPIF-O2: \"Partners plan and deliver services");
  }

  @Test
  void diff_unknownEditionIsAUsageError() {
    Run r = MainTest.run("framework", "diff", "cjpf-2023", "nowhere.json");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).isEqualTo("cjoip: 'nowhere.json' is neither a bundled framework edition"
        + " nor a file; bundled editions: cjpf-2023, opif-2016\n");
  }

  @Test
  void diff_invalidEditionFileIsLocated(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("bad.json");
    Files.writeString(file, "{\"formatVersion\": 1, \"id\": 7}\n");

    Run r = MainTest.run("framework", "diff", "cjpf-2023", file.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err()).startsWith(file + ":1:").doesNotContain("Exception");
  }

  @Test
  void assess_revisedEditionFileIsUsedAndSaidSo(@TempDir Path dir) throws Exception {
    Run r = MainTest.run("assess", "example:perth-and-kinross", "--as-of", "2025-04-01",
        "--framework", revised(dir).toString(), "--format", "json", "--fail-on", "never");

    JsonNode root = new ObjectMapper().readTree(r.out());
    assertThat(r.code()).isZero();
    assertThat(root.get("edition").asText()).isEqualTo("cjpf-2023-revised");
    assertThat(root.get("declaredEdition").asText()).isEqualTo("cjpf-2023");
    assertThat(r.out()).contains("\"ruleId\" : \"CJ-COV-002\"");
  }
}
