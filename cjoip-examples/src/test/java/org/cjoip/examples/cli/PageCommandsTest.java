package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjoip.model.DocPage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The commands {@code docs/writing-a-plan.md} and {@code docs/configuration.md} show, run as
 * shown on the files the pages show, answer as the pages say.
 */
final class PageCommandsTest {

  private static final DocPage PLAN_PAGE = DocPage.read("writing-a-plan.md");
  private static final DocPage CONFIG_PAGE = DocPage.read("configuration.md");

  @TempDir Path dir;

  private Path write(String name, String text) throws Exception {
    return Files.writeString(dir.resolve(name), text);
  }

  /** The page's text with each run of white space as one space, as a reader reads it. */
  private static String words(DocPage page) {
    return page.text().replaceAll("\\s+", " ");
  }

  private Path glenmore() throws Exception {
    return write("glenmore.yaml", PLAN_PAGE.blockWith("yaml", "# Glenmore is fictional").text());
  }

  private Path config(String name, String shows) throws Exception {
    return write(name, CONFIG_PAGE.blockWith("yaml", shows).text());
  }

  @Test
  void check_saysTheGlenmorePlanIsValid() throws Exception {
    Path plan = glenmore();

    MainTest.Run r = MainTest.run("check", plan.toString());

    assertThat(words(PLAN_PAGE)).contains("cjoip answers `glenmore.yaml: valid`");
    assertThat(r.code()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(r.out()).isEqualTo(plan + ": valid\n");
  }

  @Test
  void assess_exitsWith1ForGlenmoresErrorsAnd0WithFailOnNever() throws Exception {
    String plan = glenmore().toString();

    assertThat(MainTest.run("assess", plan, "--as-of", "2025-10-01").code()).isEqualTo(1);
    assertThat(MainTest.run("assess", plan, "--as-of", "2025-10-01", "--fail-on", "never")
        .code()).isZero();
  }

  @Test
  void check_printsTheThreeMistakesAsThePageShowsThem() throws Exception {
    DocPage.Block shown = PLAN_PAGE.blockWith("text", "$ cjoip check glenmore.yaml\n");
    DocPage.Block wrong = PLAN_PAGE.blocks("yaml").stream()
        .filter(b -> b.section().equals("Check and fix")).findFirst().orElseThrow();
    Path plan = write("glenmore.yaml", wrong.text());

    MainTest.Run r = MainTest.run("check", plan.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat("$ cjoip check glenmore.yaml\n" + r.err().replace(dir + "/", ""))
        .isEqualTo(shown.text());
  }

  @Test
  void assess_withTheRuleWideWaiverExitsWith0UntilItExpires() throws Exception {
    String plan = glenmore().toString();
    String draft = config("draft.yaml", "rule: CJ-COV-001\n    reason: \"Sections").toString();

    assertThat(words(CONFIG_PAGE))
        .contains("`cjoip assess glenmore.yaml --as-of 2025-10-01 --config draft.yaml` exits"
            + " with 0");
    assertThat(MainTest.run("assess", plan, "--as-of", "2025-10-01", "--config", draft).code())
        .isZero();
    assertThat(MainTest.run("assess", plan, "--as-of", "2026-01-01", "--config", draft).code())
        .isEqualTo(1);
  }

  @Test
  void assess_withTheWholeConfigurationStillFailsOnTheOtherErrors() throws Exception {
    String plan = glenmore().toString();
    String whole = config("glenmore-config.yaml", "# Glenmore's configuration").toString();

    MainTest.Run r = MainTest.run("assess", plan, "--as-of", "2025-10-01", "--config", whole);

    assertThat(r.code()).isEqualTo(1);
    assertThat(r.err()).isEmpty();
  }

  @Test
  void assess_withAWrongConfigurationReportsEachProblemOnOneLineAndExitsWith2()
      throws Exception {
    String plan = glenmore().toString();
    Path wrong = write("wrong.yaml", "severities:\n  CJ-DEL-009: loud\nwaivers:\n"
        + "  - rule: CJ-COV-001\n    reason: \"\"\n");

    MainTest.Run r = MainTest.run("assess", plan, "--config", wrong.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    List<String> lines = r.err().lines().toList();
    assertThat(lines).hasSize(2);
    assertThat(lines.get(0)).startsWith(wrong + ":2:15: /severities/CJ-DEL-009: ");
    assertThat(lines.get(1)).startsWith(wrong + ":5:13: /waivers/0/reason: ");
  }
}
