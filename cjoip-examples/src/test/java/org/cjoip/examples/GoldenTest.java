package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The full finding lists of the three examples as of 2025-04-01, pinned in
 * {@code src/test/resources/org/cjoip/examples/golden/}. A change to a rule, the matcher or an
 * example shows here as a diff to review against the published plan. To accept a reviewed
 * change, run the tests with {@code -Dcjoip.golden.update=true}.
 */
final class GoldenTest {

  static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  private static final Path GOLDEN = Path.of("src/test/resources/org/cjoip/examples/golden");

  static Assessment assess(String name) throws Exception {
    return Assessor.standard().assess(Examples.read(name), AS_OF);
  }

  static String render(Assessment a) {
    return a.findings().stream().map(GoldenTest::line).collect(Collectors.joining("\n")) + "\n";
  }

  private static String line(Finding f) {
    return f.ruleId() + " | " + f.severity() + " | " + f.path() + " | " + f.message();
  }

  @ParameterizedTest
  @ValueSource(strings = {"perth-and-kinross", "ayrshire", "clackmannanshire"})
  void findings_matchThePinnedList(String name) throws Exception {
    String actual = render(assess(name));
    Path file = GOLDEN.resolve(name + ".txt");
    if (Boolean.getBoolean("cjoip.golden.update")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(file, actual);
    }

    assertThat(actual).isEqualTo(Files.readString(file));
  }
}
