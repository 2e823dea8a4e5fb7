package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import java.io.IOException;
import java.nio.file.Path;
import org.cjoip.model.Architecture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The examples module's layering: packages without cycles, POI only for workbooks. */
final class ArchitectureTest {

  private static final String ROOT = "org.cjoip.examples";

  private static JavaClasses classes;

  @BeforeAll
  static void importClasses() {
    classes = Architecture.mainClasses();
  }

  @Test
  void packages_formNoCycle() {
    assertThat(Architecture.packageCycles(classes, ROOT)).isEmpty();
  }

  @Test
  void poi_onlyInTheModelsWorkbookPackage() {
    Architecture.POI_ONLY_IN_THE_WORKBOOK_PACKAGE.check(classes);
  }

  @Test
  void everyPackage_saysWhatLivesInIt() throws IOException {
    assertThat(Architecture.packagesWithoutInfo(Path.of("src/main/java"))).isEmpty();
  }
}
