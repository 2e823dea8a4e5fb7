package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.core.json.JsonWriteFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanArbitraries;
import org.cjoip.model.plan.PlanMutation;

/**
 * {@code check} and {@code assess} agree: a document {@code check} calls valid is assessed
 * without failing, in text, HTML and JSONL (each line the JSON report), and a document
 * {@code check} refuses is refused by {@code assess} too, with the same problems. The documents are generated plans
 * written as JSON or YAML with values at and past the edges of what the model holds put in:
 * dates around the first and last days of the range, figures around 10^15 and ten decimal
 * places, timescales naming far years, control characters and escapes in text.
 */
final class CheckAssessProperties {

  // Non-ASCII written as escapes: a lone surrogate reaches the reader as JSON writes one.
  private static final ObjectMapper JSON = JsonMapper.builder()
      .enable(JsonWriteFeature.ESCAPE_NON_ASCII).build();
  private static final YAMLMapper YAML = new YAMLMapper();

  private static final List<String> DATES = List.of("0000-01-01", "0999-12-31", "1000-03-31",
      "1000-04-01", "2024-02-29", "2025-02-29", "9998-03-31", "9998-04-01", "9999-12-31",
      "+10000-01-01");
  private static final List<String> FIGURES = List.of("1e309", "1e15", "-1e15",
      "999999999999999.9", "0.0000000001", "0.00000000001", "1e-400", "-0.0", "12E13");
  private static final List<String> TIMESCALES = List.of("31 March 0500", "Q4 9998/99",
      "Q4 9997/98", "9997/98", "March 9998", "April 9998", "31/03/1000", "1 April 1000",
      "31 March 1000", "2 April 1000 - 31 March 9998", "Ongoing", "");
  private static final List<String> TEXTS = List.of("\u001b]0;owned\u0007", "\u009b2J",
      "\u007f", "a\u0000b", "\uD800", "x".repeat(20_000), "Glenmore: CJOIP", "yes", "011",
      "\t", "ſhould", "IN_PROGRESS", "must");

  private static Path dir;
  private static int count;

  @BeforeContainer
  static void makeDirectory() throws IOException {
    dir = Files.createTempDirectory("cjoip-check-assess-");
  }

  @AfterContainer
  static void removeDirectory() throws IOException {
    try (var files = Files.walk(dir)) {
      for (Path p : files.sorted((a, b) -> b.compareTo(a)).toList()) {
        Files.delete(p);
      }
    }
  }

  /** One change at the edge of what the model holds, made to a plan's document tree. */
  record Edge(String kind, int which, int where) implements Consumer<ObjectNode> {
    @Override
    public void accept(ObjectNode plan) {
      List<JsonNode> parents = new ArrayList<>();
      List<String> fields = new ArrayList<>();
      collect(plan, parents, fields);
      if (parents.isEmpty()) {
        plan.put("approved", DATES.get(which % DATES.size()));
        return;
      }
      int at = where % parents.size();
      ObjectNode parent = (ObjectNode) parents.get(at);
      String field = fields.get(at);
      switch (kind) {
        case "date" -> parent.put(field, DATES.get(which % DATES.size()));
        case "figure" -> parent.put(field, new BigDecimal(FIGURES.get(which % FIGURES.size())));
        case "timescale" -> parent.put(field, TIMESCALES.get(which % TIMESCALES.size()));
        default -> parent.put(field, TEXTS.get(which % TEXTS.size()));
      }
    }

    private void collect(JsonNode node, List<JsonNode> parents, List<String> fields) {
      if (node instanceof ObjectNode object) {
        for (Map.Entry<String, JsonNode> e : object.properties()) {
          if (matches(e.getKey(), e.getValue())) {
            parents.add(object);
            fields.add(e.getKey());
          }
          collect(e.getValue(), parents, fields);
        }
      } else if (node instanceof ArrayNode array) {
        array.forEach(item -> collect(item, parents, fields));
      }
    }

    private boolean matches(String field, JsonNode value) {
      return switch (kind) {
        case "date" -> List.of("start", "end", "approved", "due", "completed").contains(field);
        case "figure" -> field.equals("value");
        case "timescale" -> field.equals("timescale");
        default -> value instanceof TextNode;
      };
    }
  }

  @Provide
  Arbitrary<Edge> edges() {
    return Combinators.combine(Arbitraries.of("date", "figure", "timescale", "text"),
        Arbitraries.integers().between(0, 1000), Arbitraries.integers().between(0, 1000))
        .as(Edge::new);
  }

  @Provide
  Arbitrary<Plan> assessable() {
    return PlanMutation.assessablePlans();
  }

  @Provide
  Arbitrary<Plan> any() {
    return PlanArbitraries.plans();
  }

  @Provide
  Arbitrary<String> asOf() {
    return Arbitraries.of("1000-04-01", "2025-04-01", "9998-03-31");
  }

  private static Path write(ObjectNode tree, boolean yaml) {
    Path file = dir.resolve("plan-" + (count++) + (yaml ? ".yaml" : ".json"));
    try {
      // YAML has no escape for a lone surrogate outside double quotes: it is written as '?'.
      Files.write(file, (yaml ? YAML : JSON).writeValueAsString(tree)
          .getBytes(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return file;
  }

  @Property(tries = 30, seed = "20261130")
  void checkAndAssessAgree(@ForAll("assessable") Plan plan, @ForAll("edges") Edge first,
      @ForAll("edges") Edge second, @ForAll boolean yaml, @ForAll("asOf") String asOf) {
    ObjectNode tree = PlanWriter.toTree(plan);
    first.accept(tree);
    second.accept(tree);
    Path file = write(tree, yaml);

    MainTest.Run check = MainTest.run("check", file.toString());

    assertThat(check.code()).as(check.err()).isIn(Main.OK, Main.BAD_INPUT);
    // JSON is covered by JSONL, whose lines are the JSON report on one line each.
    for (String format : List.of("text", "html", "jsonl")) {
      MainTest.Run assess = MainTest.run("assess", file.toString(), "--as-of", asOf,
          "--format", format);
      if (check.code() == Main.OK) {
        assertThat(assess.code()).as(format + ": " + assess.err()).isIn(Main.OK, Main.FINDINGS);
        assertThat(assess.err()).as(format).isEmpty();
      } else {
        assertThat(assess.code()).as(format).isEqualTo(Main.BAD_INPUT);
        if (!format.equals("jsonl")) {
          assertThat(assess.err()).as(format).isEqualTo(check.err());
        }
      }
    }
  }

  @Property(tries = 10, seed = "20261130")
  void planAcrossTheWholeRangeIsAssessed(@ForAll("any") Plan plan,
      @ForAll("asOf") String asOf) {
    ObjectNode tree = PlanWriter.toTree(plan);
    tree.putObject("period").put("start", "1000-04-01").put("end", "9998-03-31");
    Path file = write(tree, false);

    MainTest.Run check = MainTest.run("check", file.toString());
    MainTest.Run assess = MainTest.run("assess", file.toString(), "--as-of", asOf,
        "--format", "html");

    assertThat(check.code()).as(check.err()).isEqualTo(Main.OK);
    assertThat(assess.code()).as(assess.err()).isIn(Main.OK, Main.FINDINGS);
  }
}
