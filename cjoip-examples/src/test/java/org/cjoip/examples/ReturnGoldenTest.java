package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.cjoip.model.document.AnnualReturnReader;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Catalogue;
import org.cjoip.rules.Finding;
import org.cjoip.rules.RuleDescription;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The fictional Glenmore partnership's two returns, checked against its plan as of 2026-01-15
 * (2024/25 with 2023/24 beside it), and the two fixtures for the rules a sensible return cannot
 * break, pinned in {@code src/test/resources/org/cjoip/examples/golden/}. To accept a reviewed
 * change, run the tests with {@code -Dcjoip.golden.update=true}.
 */
final class ReturnGoldenTest {

  static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  private static final Path GOLDEN = Path.of("src/test/resources/org/cjoip/examples/golden");

  private static ReturnDocument fixture(String name) throws Exception {
    try (InputStream in = ReturnGoldenTest.class.getResourceAsStream("returns/" + name)) {
      return AnnualReturnReader.standard()
          .read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name);
    }
  }

  private static Assessment assess(String name) throws Exception {
    ReturnDocument checked = name.startsWith("glenmore-ann-") ? fixture(name + ".yaml")
        : Examples.readReturn(name);
    List<ReturnDocument> earlier = name.equals("glenmore-2024-25")
        ? List.of(Examples.readReturn("glenmore-2023-24")) : List.of();
    return Assessor.standard().assess(checked, Examples.read("glenmore"), earlier, AS_OF);
  }

  private static String render(Assessment a) {
    return a.findings().stream()
        .map(f -> f.ruleId() + " | " + f.severity() + " | " + f.key() + " | " + f.path() + " | "
            + f.message())
        .collect(Collectors.joining("\n")) + "\n";
  }

  @ParameterizedTest
  @ValueSource(strings = {"glenmore-2023-24", "glenmore-2024-25",
      "glenmore-ann-001-year-outside-plan", "glenmore-ann-002-other-plan"})
  void findings_matchThePinnedList(String name) throws Exception {
    String actual = render(assess(name));
    Path file = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("cjoip.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
    }

    assertThat(actual).isEqualTo(Files.readString(file));
  }

  @Test
  void theExampleAndItsFixtures_fireEveryAnnRule() throws Exception {
    Set<String> fired = new TreeSet<>();
    for (String name : List.of("glenmore-2023-24", "glenmore-2024-25",
        "glenmore-ann-001-year-outside-plan", "glenmore-ann-002-other-plan")) {
      assess(name).findings().stream().map(Finding::ruleId).forEach(fired::add);
    }

    assertThat(fired).containsExactlyElementsOf(Catalogue.builtIn().rules().stream()
        .map(RuleDescription::id).filter(id -> id.startsWith("CJ-ANN-")).toList());
  }

  @Test
  void theSecondYear_findsOnlyWhatComparesItWithTheFirst() throws Exception {
    assertThat(assess("glenmore-2024-25").findings()).extracting(Finding::ruleId)
        .containsExactly("CJ-ANN-009", "CJ-ANN-010");
  }
}
