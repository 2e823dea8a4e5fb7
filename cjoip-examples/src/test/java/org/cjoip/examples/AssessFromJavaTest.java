package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class AssessFromJavaTest {

  @Test
  void errors_listsTheErrorsOfAPlanFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("clackmannanshire.yaml");
    Files.writeString(file, Examples.text("clackmannanshire"));

    String errors = AssessFromJava.errors(file, LocalDate.of(2025, 4, 1));

    assertThat(errors.lines()).contains("CJ-COV-001 /priorityActions");
    assertThat(errors.lines()).allMatch(l -> l.startsWith("CJ-"));
  }

  @Test
  void readme_showsTheSnippetWithItsImportsAsItCompiles() throws Exception {
    Path source = ReadmeSnippet.root()
        .resolve("cjoip-examples/src/main/java/org/cjoip/examples/AssessFromJava.java");

    // Severity is the rules' own: a newcomer once reached for a plan's severity instead.
    assertThat(ReadmeSnippet.imports(source)).contains("import org.cjoip.rules.Severity;");
    assertThat(ReadmeSnippet.method(source)).startsWith("public static String errors(")
        .endsWith("\n}");
    assertThat(Files.readString(ReadmeSnippet.root().resolve("README.md")))
        .contains(ReadmeSnippet.block(source));
  }
}
