package org.cjoip.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The model's layering: packages without cycles, no rule engine, POI only for workbooks. */
final class ArchitectureTest {

  private static final String ROOT = "org.cjoip.model";

  /**
   * The package cycles the model has today, each the set of packages that depend on each other
   * in a circle. They are being removed (the edition reader borrows the plan reader's internals,
   * and the plan and its document refer to each other); this set must become empty. The test
   * fails on any cycle not listed and on a listed one that has changed or gone, so the list
   * shrinks as the fixes land.
   */
  static final Set<SortedSet<String>> KNOWN_CYCLES = Set.of(
      new TreeSet<>(Set.of(ROOT + ".document", ROOT + ".framework", ROOT + ".plan")));

  private static SortedMap<String, SortedSet<String>> classes;

  @BeforeAll
  static void readClasses() throws IOException {
    classes = Architecture.mainClasses();
  }

  @Test
  void packages_formNoCycleButTheKnownOnes() {
    assertThat(Architecture.packageCycles(classes, ROOT))
        .as("package cycles of %s; update KNOWN_CYCLES only when one shrinks or goes", ROOT)
        .isEqualTo(KNOWN_CYCLES);
  }

  @Test
  void model_usesNoRuleEngine() {
    assertThat(Architecture.references(classes, Architecture.within(ROOT),
        Architecture.within("org.drools").or(Architecture.within("org.kie")))).isEmpty();
  }

  @Test
  void poi_onlyInTheWorkbookPackage() {
    assertThat(Architecture.references(classes,
        Architecture.within(ROOT + ".workbook").negate(),
        Architecture.within("org.apache.poi"))).isEmpty();
  }

  @Test
  void everyPackage_saysWhatLivesInIt() throws IOException {
    assertThat(Architecture.packagesWithoutInfo(Path.of("src/main/java"))).isEmpty();
  }

  @Test
  void references_areWhatTheClassFileNamesNotItsStrings() {
    // Json calls the parser factory and returns trees; it names Jackson's features in a string
    // only inside messages, which are not references.
    assertThat(classes.get("org.cjoip.model.io.Json")).contains(
        "com.fasterxml.jackson.core.JsonFactory", "com.fasterxml.jackson.databind.JsonNode",
        "java.io.InputStream").doesNotContain("org.cjoip.model.io.Json");
    // A record's component types are in its descriptors.
    assertThat(classes.get("org.cjoip.model.document.TreeReader$Located"))
        .contains("com.fasterxml.jackson.databind.JsonNode",
            "org.cjoip.model.document.SourceMap");
  }

  @Test
  void packageCycles_findsEachCircleOnceWithItsPackages() {
    Map<String, Set<String>> graph = Map.of(
        "r.a.A", Set.of("r.b.B"), "r.b.B", Set.of("r.c.C", "x.X"), "r.c.C", Set.of("r.a.A"),
        "r.d.D", Set.of("r.a.A"), "r.e.E", Set.of("r.e.F"), "r.e.F", Set.of("r.e.E"));

    assertThat(Architecture.packageCycles(graph, "r"))
        .containsExactly(new TreeSet<>(Set.of("r.a", "r.b", "r.c")));
  }
}
