package org.cjoip.model.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * POI is an optional dependency of cjoip-model: only the workbook package may use it, so an
 * application that never reads a workbook never needs it on its class path.
 */
final class WorkbookIsolationTest {

  private static final Path ROOT = Path.of("..");

  @Test
  void onlyTheWorkbookPackage_importsPoi() throws IOException {
    List<Path> sources;
    try (Stream<Path> files = Stream.of("cjoip-model", "cjoip-rules", "cjoip-examples")
        .map(m -> ROOT.resolve(m).resolve("src/main/java"))
        .filter(Files::isDirectory)
        .flatMap(WorkbookIsolationTest::walk)) {
      sources = files.filter(f -> f.toString().endsWith(".java")).toList();
    }
    List<String> offenders = sources.stream()
        .filter(f -> !f.toString().replace('\\', '/').contains("org/cjoip/model/workbook/"))
        .filter(f -> read(f).contains("org.apache.poi"))
        .map(Path::toString)
        .toList();

    assertThat(sources).as("main sources found").hasSizeGreaterThan(100);
    assertThat(offenders).isEmpty();
  }

  private static Stream<Path> walk(Path dir) {
    try {
      return Files.walk(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String read(Path file) {
    try {
      return Files.readString(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
