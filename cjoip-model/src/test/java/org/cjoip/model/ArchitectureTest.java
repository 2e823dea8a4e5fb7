package org.cjoip.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** The model's layering: no rule engine, besides what every module keeps. */
final class ArchitectureTest extends ModuleArchitecture {

  private static final String ROOT = "org.cjoip.model";

  /** The model has no package cycles; none may come back. */
  static final Set<SortedSet<String>> KNOWN_CYCLES = Set.of();

  ArchitectureTest() {
    super(ROOT, KNOWN_CYCLES);
  }

  @Test
  void model_usesNoRuleEngine() throws IOException {
    assertThat(Architecture.references(Architecture.mainClasses(), Architecture.within(ROOT),
        Architecture.within("org.drools").or(Architecture.within("org.kie")))).isEmpty();
  }

  @Test
  void references_areWhatTheClassFileNamesNotItsStrings() throws IOException {
    SortedMap<String, SortedSet<String>> classes = Architecture.mainClasses();
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
