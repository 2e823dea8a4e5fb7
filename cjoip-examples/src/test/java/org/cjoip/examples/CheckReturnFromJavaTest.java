package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class CheckReturnFromJavaTest {

  @Test
  void findings_listsTheFindingsOfAReturnAgainstItsPlan(@TempDir Path dir) throws Exception {
    Path year = dir.resolve("glenmore-2024-25.yaml");
    Path plan = dir.resolve("glenmore.yaml");
    Files.writeString(year, Examples.text("glenmore-2024-25"));
    Files.writeString(plan, Examples.text("glenmore"));

    String findings = CheckReturnFromJava.findings(year, plan, LocalDate.of(2026, 1, 15));

    // Without the year before, nothing compares years: 2024/25 alone is clean.
    assertThat(findings).isEmpty();
  }

  @Test
  void readme_showsTheSnippetWithItsImportsAsItCompiles() throws Exception {
    Path source = ReadmeSnippet.root()
        .resolve("cjoip-examples/src/main/java/org/cjoip/examples/CheckReturnFromJava.java");

    assertThat(ReadmeSnippet.imports(source))
        .contains("import org.cjoip.model.document.AnnualReturnReader;");
    assertThat(ReadmeSnippet.method(source)).startsWith("public static String findings(")
        .endsWith("\n}");
    assertThat(Files.readString(ReadmeSnippet.root().resolve("README.md")))
        .contains(ReadmeSnippet.block(source));
  }
}
