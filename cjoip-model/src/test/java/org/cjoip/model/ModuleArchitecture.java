package org.cjoip.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Set;
import java.util.SortedSet;
import org.junit.jupiter.api.Test;

/**
 * The layering every module keeps, checked on its own main classes by its
 * {@code ArchitectureTest}: no package cycles but the listed ones, Apache POI only in
 * {@code org.cjoip.model.workbook} and {@code org.cjoip.rules.publish.word}, and a
 * {@code package-info.java} in every source package.
 */
public abstract class ModuleArchitecture {

  private final String root;
  private final Set<SortedSet<String>> knownCycles;

  /**
   * Checks for the module whose packages lie under a root.
   *
   * @param knownCycles the package cycles the module has today, each the set of packages that
   *     depend on each other in a circle. They must go; the check fails on any cycle not
   *     listed and on a listed one that has changed or gone, so the list shrinks as the fixes
   *     land.
   */
  protected ModuleArchitecture(String root, Set<SortedSet<String>> knownCycles) {
    this.root = root;
    this.knownCycles = knownCycles;
  }

  @Test
  void packages_formNoCycleButTheKnownOnes() throws IOException {
    assertThat(Architecture.packageCycles(Architecture.mainClasses(), root))
        .as("package cycles of %s; update the known cycles only when one shrinks or goes", root)
        .isEqualTo(knownCycles);
  }

  @Test
  void poi_onlyInTheWorkbookAndWordPackages() throws IOException {
    assertThat(Architecture.references(Architecture.mainClasses(),
        Architecture.within("org.cjoip.model.workbook")
            .or(Architecture.within("org.cjoip.rules.publish.word")).negate(),
        Architecture.within("org.apache.poi"))).isEmpty();
  }

  @Test
  void everyPackage_saysWhatLivesInIt() throws IOException {
    assertThat(Architecture.packagesWithoutInfo(Path.of("src/main/java"))).isEmpty();
  }
}
