package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
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
    Path root = Path.of("").toAbsolutePath().getParent();
    String source = Files.readString(
        root.resolve("cjoip-examples/src/main/java/org/cjoip/examples/AssessFromJava.java"));
    List<String> lines = source.lines().toList();
    List<String> imports = lines.stream().filter(l -> l.startsWith("import ")).toList();
    int begin = lines.indexOf("  // README:begin");
    int end = lines.indexOf("  // README:end");
    String method = lines.subList(begin + 1, end).stream()
        .map(l -> l.length() >= 2 ? l.substring(2) : l)
        .collect(Collectors.joining("\n"));

    // Severity is the rules' own: a newcomer once reached for a plan's severity instead.
    assertThat(imports).contains("import org.cjoip.rules.Severity;");
    assertThat(method).startsWith("public static String errors(").endsWith("\n}");
    assertThat(Files.readString(root.resolve("README.md")))
        .contains("```java\n" + String.join("\n", imports) + "\n\n" + method + "\n```\n");
  }
}
