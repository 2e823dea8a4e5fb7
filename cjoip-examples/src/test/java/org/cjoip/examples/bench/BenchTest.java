package org.cjoip.examples.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.cjoip.examples.cli.Main;
import org.assertj.core.data.Percentage;
import org.junit.jupiter.api.Test;

final class BenchTest {

  @Test
  void quickJson_hasEveryKeyWithSaneValues() throws Exception {
    StringWriter out = new StringWriter();
    int code = Main.run(new String[] {"bench", "--quick", "--format", "json", "--seed", "11"},
        new PrintWriter(out), new PrintWriter(new StringWriter()));

    assertThat(code).isZero();
    JsonNode json = new ObjectMapper().readTree(out.toString());
    List<String> keys = new ArrayList<>();
    json.fieldNames().forEachRemaining(keys::add);
    assertThat(keys).containsExactly("seed", "quick", "machine", "referenceRatio",
        "scalingRatio10x", "threadScaling", "threadScalingVsReference",
        "coldStartRatioRuntimeDrl", "coldStartRatioJvmFloor",
        "batchPeakHeapMb", "warmPlansPerSecond", "warmPlansPerSecond2Threads",
        "returnCostRatio", "returnsPerSecond", "rollupPlansPerSecond", "rollupPeakHeapMb",
        "coldStartMs", "details", "goals");
    assertThat(json.get("seed").asLong()).isEqualTo(11);
    assertThat(json.get("quick").asBoolean()).isTrue();
    // Sane, not goals: positive, finite, in a range no working build falls outside. A quick
    // run times so little work that the ratios are rough.
    assertThat(json.get("referenceRatio").asDouble()).isBetween(0.05, 1000.0);
    assertThat(json.get("scalingRatio10x").asDouble()).isStrictlyBetween(0.0, 1000.0);
    assertThat(json.get("threadScaling").asDouble()).isStrictlyBetween(0.0, 100.0);
    JsonNode corpus = json.get("details").get("warmPlansPerSecond").get("corpus");
    assertThat(json.get("threadScalingVsReference").asDouble()).isCloseTo(
        corpus.get("threadScaling").asDouble() / corpus.get("referenceThreadScaling").asDouble(),
        // Both sides are made of figures rounded to two places: allow for that, relatively.
        Percentage.withPercentage(2));
    assertThat(json.get("warmPlansPerSecond").asDouble()).isPositive();
    assertThat(json.get("warmPlansPerSecond2Threads").asDouble()).isPositive();
    assertThat(json.get("returnsPerSecond").asDouble()).isPositive();
    assertThat(json.get("returnCostRatio").asDouble()).isBetween(0.01, 100.0);
    assertThat(json.get("goals").get("returnCostRatio").get("goal").asText()).isEqualTo("<= 2");
    JsonNode batch = json.get("details").get("batch");
    assertThat(batch.get("exitCode").asInt()).isZero();
    assertThat(batch.get("plans").asInt()).isEqualTo(4);
    assertThat(batch.get("collections").asInt()).isPositive();
    assertThat(json.get("batchPeakHeapMb").asDouble()).isBetween(1.0, 256.0);
    assertThat(batch.get("liveHeapMb").asDouble())
        .isBetween(1.0, json.get("batchPeakHeapMb").asDouble());
    JsonNode rollup = json.get("details").get("rollup");
    assertThat(rollup.get("exitCode").asInt()).isZero();
    assertThat(rollup.get("plans").asInt()).isEqualTo(4);
    assertThat(json.get("rollupPlansPerSecond").asDouble()).isPositive();
    assertThat(json.get("rollupPeakHeapMb").asDouble()).isBetween(1.0, 256.0);
    assertThat(json.get("goals").get("rollupPeakHeapMb").get("goal").asText())
        .isEqualTo("rollup completes under -Xmx256m");
    assertThat(json.get("details").get("scaling")).hasSize(2);
    assertThat(json.get("details").get("scaling").get(1).get("deliverables").asInt())
        .isEqualTo(100);
    // Collecting happens within the assessment's time, never beyond it.
    JsonNode hundred = json.get("details").get("scaling").get(1);
    assertThat(hundred.get("assessGcMs").asDouble())
        .isBetween(0.0, hundred.get("assessMs").asDouble() + 1);
    // Tests run from classes, not from the jar: cold start says so and is skipped.
    assertThat(json.get("coldStartMs").isNull()).isTrue();
    assertThat(json.get("coldStartRatioRuntimeDrl").isNull()).isTrue();
    assertThat(json.get("coldStartRatioJvmFloor").isNull()).isTrue();
    assertThat(json.get("details").get("coldStart").get("skipped").asText())
        .startsWith("cjoip is not running from its jar");
    assertThat(json.get("goals").get("coldStartRatioJvmFloor").get("met").isNull()).isTrue();
    assertThat(json.get("goals").get("referenceRatio").get("goal").asText()).isEqualTo("<= 5");
    assertThat(json.get("goals").get("threadScalingVsReference").get("goal").asText())
        .isEqualTo(">= 0.9");
    assertThat(json.get("goals").get("threadScalingVsReference").get("met").isBoolean()).isTrue();
  }

  @Test
  void megabytes_readsTheGcLogUnits() {
    assertThat(Bench.megabytes("512", "K")).isEqualTo(0.5);
    assertThat(Bench.megabytes("12", "M")).isEqualTo(12.0);
    assertThat(Bench.megabytes("2", "G")).isEqualTo(2048.0);
  }
}
