package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.SortedMap;
import java.util.SortedSet;
import org.cjoip.model.Architecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples module's layering: packages without cycles, POI only for workbooks. */
final class ArchitectureTest {

  private static final String ROOT = "org.cjoip.examples";

  private static SortedMap<String, SortedSet<String>> classes;

  @BeforeAll
  static void readClasses() throws IOException {
    classes = Architecture.mainClasses();
  }

  @Test
  void packages_formNoCycle() {
    assertThat(Architecture.packageCycles(classes, ROOT)).isEmpty();
  }

  @Test
  void poi_onlyInTheModelsWorkbookPackage() {
    assertThat(Architecture.references(classes,
        Architecture.within("org.cjoip.model.workbook").negate(),
        Architecture.within("org.apache.poi"))).isEmpty();
  }

  @Test
  void everyPackage_saysWhatLivesInIt() throws IOException {
    assertThat(Architecture.packagesWithoutInfo(Path.of("src/main/java"))).isEmpty();
  }
}
