package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Untrusted documents are read into a tree of plain values and bound by hand: no class named
 * in a document is ever loaded, the parsers enforce the configured limits, and no main source
 * turns on the Jackson or SnakeYAML features that would allow otherwise.
 */
final class DeserialisationSafetyTest {

  private static final Limits SMALL =
      Limits.builder().maxStringLength(100).maxNestingDepth(10).maxDocumentBytes(10_000).build();

  private static Problem onlyProblem(PlanReader reader, String text, String name) {
    try {
      reader.read(text, name);
    } catch (DocumentException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("expected a DocumentException");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "plan.yaml|title: !!java.net.URL [\"http://localhost/\"]|/title"
        + "|YAML tags are not allowed in this document: tag:yaml.org,2002:java.net.URL",
    "plan.yaml|title: !!javax.script.ScriptEngineManager []|/title"
        + "|YAML tags are not allowed in this document: "
        + "tag:yaml.org,2002:javax.script.ScriptEngineManager",
    "plan.yaml|title: !<tag:example.org,2025:x> x|/title"
        + "|YAML tags are not allowed in this document: tag:example.org,2025:x",
    "plan.json|{\"@class\": \"java.net.URL\", \"formatVersion\": 1}|/@class"
        + "|unknown field '@class'; expected one of: formatVersion, document, title, framework, "
        + "period, approved, partnership, participationStatement, reporting, outcomesAssessment, "
        + "priorityActions, outcomes, indicators",
    "plan.json|[\"java.util.HashMap\", {\"formatVersion\": 1}]||expected an object, found a list",
  })
  void read_classNamingPayloadIsRefusedNeverInstantiated(
      String name, String text, String pointer, String message) {
    Problem p = onlyProblem(PlanReader.standard(), text, name);

    assertThat(p.pointer()).isEqualTo(pointer == null ? "" : pointer);
    assertThat(p.message()).isEqualTo(message);
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "plan.json|1|{\"title\": \"%s\"}",
    "plan.yaml|1|title: \"%s\"",
    "plan.yaml|1|title: %s",
  })
  void read_stringPastTheConfiguredLimitIsRefused(String name, int line, String template) {
    PlanReader reader = PlanReader.of(PlanReader.Options.builder().limits(SMALL).build());

    Problem p = onlyProblem(reader, template.formatted("x".repeat(101)), name);

    assertThat(p.line()).isEqualTo(line);
    assertThat(p.pointer()).isEqualTo("/title");
    assertThat(p.message()).contains("100");
  }

  @ParameterizedTest
  @CsvSource({"plan.json,[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]",
      "plan.yaml,[[[[[[[[[[[[[[[[[[[[]]]]]]]]]]]]]]]]]]]]"})
  void read_nestingPastTheConfiguredLimitIsRefused(String name, String text) {
    PlanReader reader = PlanReader.of(PlanReader.Options.builder().limits(SMALL).build());

    Problem p = onlyProblem(reader, text, name);

    assertThat(p.line()).isEqualTo(1);
    assertThat(p.message()).isEqualTo("the document nests deeper than the limit of 10");
  }

  @Test
  void read_documentPastTheConfiguredSizeIsRefused() {
    PlanReader reader = PlanReader.of(PlanReader.Options.builder().limits(SMALL).build());

    Problem p = onlyProblem(reader, "title: " + "x ".repeat(6_000), "plan.yaml");

    assertThat(p.pointer()).isEmpty();
    assertThat(p.message()).isEqualTo("the document is larger than the limit of 10000 bytes");
  }

  /**
   * Every main source of every module: none may enable polymorphic typing, bind a document
   * straight to classes, or use Java serialisation, SnakeYAML's object constructor or XStream.
   */
  @Test
  void mainSources_useNoFeatureThatInstantiatesClassesNamedInInput() throws IOException {
    List<String> forbidden = List.of("DefaultTyping", "JsonTypeInfo", "PolymorphicTypeValidator",
        "readValue(", "treeToValue(", "convertValue(", "ObjectInputStream", "new Yaml(",
        "XStream", "readObject(");
    Path root = Path.of("").toAbsolutePath().getParent();
    List<Path> sources;
    try (Stream<Path> files = Files.walk(root)) {
      sources = files.filter(f -> f.toString().endsWith(".java"))
          .filter(f -> f.toString().contains("/src/main/java/")).toList();
    }
    assertThat(sources).hasSizeGreaterThan(50);
    for (Path source : sources) {
      String text = Files.readString(source);
      assertThat(forbidden).as(source.toString()).noneMatch(text::contains);
    }
  }
}
