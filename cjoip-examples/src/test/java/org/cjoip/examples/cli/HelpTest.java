package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cjoip.examples.cli.MainTest.Run;
import org.junit.jupiter.api.Test;

final class HelpTest {

  @Test
  void help_listsEachCommandWithAWholeSentence() {
    Run r = MainTest.run("--help");

    assertThat(r.code()).isZero();
    // A command's line, with the lines its description wraps onto.
    List<String> commands = new ArrayList<>();
    r.out().lines().dropWhile(l -> !l.startsWith("Commands:")).skip(1).forEach(l -> {
      if (l.matches("  [a-z]+ .*")) {
        commands.add(l);
      } else if (l.startsWith("    ") && !commands.isEmpty()) {
        commands.set(commands.size() - 1, commands.get(commands.size() - 1) + " " + l.strip());
      }
    });
    assertThat(commands).extracting(l -> l.strip().split(" ")[0]).contains("check", "assess",
        "import", "export", "template", "compare", "bench");
    assertThat(commands).allSatisfy(l -> assertThat(l).endsWith("."));
    assertThat(commands).anySatisfy(l -> assertThat(l).matches(
        "  import +Reads a plan workbook \\(\\.xlsx\\) and writes the plan document\\."));
  }

  @Test
  void checkHelp_namesWorkbooksAndAnnualReturns() {
    Run r = MainTest.run("check", "--help");

    assertThat(r.code()).isZero();
    assertThat(r.out().replaceAll("\\s+", " ")).contains("Reads and validates plans and annual"
        + " returns: JSON or YAML documents (format version 1) and plan workbooks (.xlsx).");
  }

  @Test
  void format_isReadInAnyLetterCaseAsFailOnIs() {
    Run upper = MainTest.run("rules", "--format", "JSON");
    Run lower = MainTest.run("rules", "--format", "json");

    assertThat(upper.code()).as(upper.err()).isZero();
    assertThat(upper.out()).isEqualTo(lower.out());
  }
}
