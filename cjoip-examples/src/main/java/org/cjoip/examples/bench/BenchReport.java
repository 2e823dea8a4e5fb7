package org.cjoip.examples.bench;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cjoip.model.io.Json;

/**
 * What one run of {@code cjoip bench} measured: medians, the ratios the goals are set on, and
 * the absolute figures for information.
 *
 * @param settings what was run
 * @param machine the processors, Java and operating system it ran on
 * @param warm warm throughput on the corpus and on the Perth and Kinross example
 * @param scaling one plan of growing size
 * @param coldStart the command line started in fresh JVMs
 * @param batch the heap of a batch streamed from disk in a child JVM
 * @param rollup {@code cjoip rollup} over a partnership per corpus plan, in a child JVM
 */
public record BenchReport(
    Bench.Settings settings,
    String machine,
    Warm warm,
    Scaling scaling,
    ColdStart coldStart,
    Batch batch,
    Batch rollup) {

  /**
   * Plans per second, medians over interleaved rounds.
   *
   * @param corpusPlans how many corpus plans each round assessed
   */
  public record Warm(int corpusPlans, Throughput corpus, Throughput example, Returns returns) {}

  /**
   * The fictional Glenmore plan assessed, and its 2024/25 return checked against it with the
   * 2023/24 return beside it, per second on one thread, in the same rounds.
   */
  public record Returns(double plansPerSecond, double returnsPerSecond) {

    /** How many times the time of assessing the plan checking its return takes. */
    public double costRatio() {
      return plansPerSecond / returnsPerSecond;
    }
  }

  /**
   * Plans per second: Drools and the reference, each on one and on two threads. The
   * reference's own thread scaling is the control: what the machine allows at the time.
   */
  public record Throughput(double drools1Thread, double drools2Threads, double reference,
      double reference2Threads) {

    /** Drools time over reference time for the same plans. */
    public double referenceRatio() {
      return reference / drools1Thread;
    }

    /** Drools plans/s on two threads over plans/s on one. */
    public double threadScaling() {
      return drools2Threads / drools1Thread;
    }

    /** The reference's plans/s on two threads over plans/s on one: what the machine allowed. */
    public double referenceThreadScaling() {
      return reference2Threads / reference;
    }

    /**
     * Drools' thread scaling over the reference's in the same rounds: 1 when Drools uses a
     * second core as well as plain Java does, whatever the machine gave.
     */
    public double threadScalingVsReference() {
      return threadScaling() / referenceThreadScaling();
    }
  }

  /**
   * Assessment and reading times of one plan with each number of deliverables, medians.
   *
   * @param assessGcMs of each assessment time, the time the JVM's collectors report spending
   *     meanwhile (median): how much of a step is the collector's rather than the rules'
   */
  public record Scaling(List<Integer> deliverables, List<Double> assessMs, List<Double> readMs,
      List<Double> assessGcMs) {

    /** The time ratio of each size to the one ten times smaller. */
    public List<Double> ratios() {
      List<Double> out = new ArrayList<>();
      for (int i = 1; i < assessMs.size(); i++) {
        out.add(assessMs.get(i) / assessMs.get(i - 1));
      }
      return out;
    }

    /** The worst ratio per ×10. */
    public double ratio10x() {
      return ratios().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
    }
  }

  /**
   * Wall time from launch to exit, medians over interleaved runs; or why it was not measured.
   *
   * @param appCdsMs the default assessment with a class-data sharing archive of its classes,
   *     as {@code bin/cjoip} runs it; NaN when the JVM could not make one
   */
  public record ColdStart(Optional<String> skipped, int runs, double defaultMs,
      double runtimeDrlMs, double versionMs, double appCdsMs) {

    static ColdStart skipped(String why) {
      return new ColdStart(Optional.of(why), 0, Double.NaN, Double.NaN, Double.NaN, Double.NaN);
    }
  }

  /**
   * A batch streamed from disk by {@code cjoip assess --format jsonl} in a child JVM.
   *
   * @param peakHeapMb the most heap in use, from the GC log (before a collection)
   * @param liveHeapMb the most heap still in use after a collection: what the batch retains
   */
  public record Batch(int plans, int maxHeapMb, int exitCode, double seconds, double peakHeapMb,
      double liveHeapMb, int collections) {}

  public double referenceRatio() {
    return warm.corpus().referenceRatio();
  }

  public double threadScaling() {
    return warm.corpus().threadScaling();
  }

  public double threadScalingVsReference() {
    return warm.corpus().threadScalingVsReference();
  }

  public Optional<Double> coldStartRatioRuntimeDrl() {
    return coldStart.skipped().isPresent() ? Optional.empty()
        : Optional.of(coldStart.defaultMs() / coldStart.runtimeDrlMs());
  }

  public Optional<Double> coldStartRatioJvmFloor() {
    return coldStart.skipped().isPresent() ? Optional.empty()
        : Optional.of(coldStart.defaultMs() / coldStart.versionMs());
  }

  /** The report as JSON, keys in a fixed order. */
  public String toJson() {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("seed", settings.seed());
    root.put("quick", settings.quick());
    root.put("machine", machine);
    root.put("referenceRatio", Stats.round(referenceRatio()));
    root.put("scalingRatio10x", Stats.round(scaling.ratio10x()));
    root.put("threadScaling", Stats.round(threadScaling()));
    root.put("threadScalingVsReference", Stats.round(threadScalingVsReference()));
    putOptional(root, "coldStartRatioRuntimeDrl", coldStartRatioRuntimeDrl());
    putOptional(root, "coldStartRatioJvmFloor", coldStartRatioJvmFloor());
    root.put("batchPeakHeapMb", Stats.round(batch.peakHeapMb()));
    root.put("warmPlansPerSecond", Stats.round(warm.corpus().drools1Thread()));
    root.put("warmPlansPerSecond2Threads", Stats.round(warm.corpus().drools2Threads()));
    root.put("returnCostRatio", Stats.round(warm.returns().costRatio()));
    root.put("returnsPerSecond", Stats.round(warm.returns().returnsPerSecond()));
    root.put("rollupPlansPerSecond", Stats.round(rollup.plans() / rollup.seconds()));
    root.put("rollupPeakHeapMb", Stats.round(rollup.peakHeapMb()));
    if (coldStart.skipped().isPresent()) {
      root.putNull("coldStartMs");
    } else {
      ObjectNode cold = root.putObject("coldStartMs");
      cold.put("default", Math.round(coldStart.defaultMs()));
      cold.put("runtimeDrl", Math.round(coldStart.runtimeDrlMs()));
      cold.put("version", Math.round(coldStart.versionMs()));
    }
    ObjectNode details = root.putObject("details");
    ObjectNode w = details.putObject("warmPlansPerSecond");
    w.put("corpusPlans", warm.corpusPlans());
    throughput(w.putObject("corpus"), warm.corpus());
    throughput(w.putObject("perthAndKinross"), warm.example());
    ObjectNode returns = details.putObject("returns");
    returns.put("glenmorePlansPerSecond", Stats.round(warm.returns().plansPerSecond()));
    returns.put("glenmoreReturnsPerSecond", Stats.round(warm.returns().returnsPerSecond()));
    ArrayNode s = details.putArray("scaling");
    for (int i = 0; i < scaling.deliverables().size(); i++) {
      ObjectNode size = s.addObject();
      size.put("deliverables", scaling.deliverables().get(i));
      size.put("assessMs", Stats.round(scaling.assessMs().get(i)));
      size.put("readMs", Stats.round(scaling.readMs().get(i)));
      size.put("assessGcMs", Stats.round(scaling.assessGcMs().get(i)));
    }
    ArrayNode ratios = details.putArray("scalingRatios");
    scaling.ratios().forEach(r -> ratios.add(Stats.round(r)));
    ObjectNode cold = details.putObject("coldStart");
    cold.put("runs", coldStart.runs());
    if (coldStart.skipped().isEmpty() && !Double.isNaN(coldStart.appCdsMs())) {
      cold.put("appCdsMs", Math.round(coldStart.appCdsMs()));
      cold.put("ratioJvmFloorAppCds", Stats.round(coldStart.appCdsMs() / coldStart.versionMs()));
    }
    if (coldStart.skipped().isPresent()) {
      cold.put("skipped", coldStart.skipped().get());
    } else {
      cold.putNull("skipped");
    }
    child(details.putObject("batch"), batch);
    child(details.putObject("rollup"), rollup);
    ObjectNode goals = root.putObject("goals");
    for (Goal g : goals()) {
      ObjectNode node = goals.putObject(g.key());
      node.put("goal", g.goal());
      if (g.met().isPresent()) {
        node.put("met", g.met().get());
      } else {
        node.putNull("met");
      }
    }
    return Json.pretty(root) + "\n";
  }

  /** One goal of the issue, and whether this run met it; empty when not measured. */
  public record Goal(String key, String goal, Optional<Boolean> met) {}

  /** The goals, each judged on this run. */
  public List<Goal> goals() {
    return List.of(
        new Goal("referenceRatio", "<= 5", Optional.of(referenceRatio() <= 5)),
        new Goal("scalingRatio10x", "<= 12", Optional.of(scaling.ratio10x() <= 12)),
        new Goal("threadScalingVsReference", ">= 0.9",
            Optional.of(threadScalingVsReference() >= 0.9)),
        new Goal("coldStartRatioRuntimeDrl", "<= 0.5",
            coldStartRatioRuntimeDrl().map(r -> r <= 0.5)),
        new Goal("coldStartRatioJvmFloor", "<= 4", coldStartRatioJvmFloor().map(r -> r <= 4)),
        new Goal("returnCostRatio", "<= 2", Optional.of(warm.returns().costRatio() <= 2)),
        new Goal("batchPeakHeapMb", "batch completes under -Xmx" + batch.maxHeapMb() + "m",
            Optional.of(batch.exitCode() == 0 && batch.peakHeapMb() <= batch.maxHeapMb())),
        new Goal("rollupPeakHeapMb", "rollup completes under -Xmx" + rollup.maxHeapMb() + "m",
            Optional.of(rollup.exitCode() == 0 && rollup.peakHeapMb() <= rollup.maxHeapMb())));
  }

  private static void child(ObjectNode b, Batch run) {
    b.put("plans", run.plans());
    b.put("maxHeapMb", run.maxHeapMb());
    b.put("exitCode", run.exitCode());
    b.put("seconds", Stats.round(run.seconds()));
    b.put("plansPerSecond", Stats.round(run.plans() / run.seconds()));
    b.put("peakHeapMb", Stats.round(run.peakHeapMb()));
    b.put("liveHeapMb", Stats.round(run.liveHeapMb()));
    b.put("collections", run.collections());
  }

  /** The report as a table for people. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    out.append("cjoip bench, seed ").append(settings.seed())
        .append(settings.quick() ? " (quick)" : "").append(", ").append(machine).append("\n\n");
    out.append("goals (ratios of medians measured side by side in this run)\n");
    for (Goal g : goals()) {
      out.append(String.format(Locale.ROOT, "  %-26s %10s   goal %-28s %s%n", g.key(),
          value(g.key()), g.goal(), g.met().map(m -> m ? "met" : "MISSED").orElse("not measured")));
    }
    out.append("\nwarm throughput, plans/s (").append(warm.corpusPlans())
        .append(" corpus plans per round)\n");
    out.append(String.format(Locale.ROOT, "  %-18s %10s %10s %10s %10s%n", "", "1 thread",
        "2 threads", "reference", "2 threads"));
    row(out, "corpus", warm.corpus());
    row(out, "perth-and-kinross", warm.example());
    out.append(String.format(Locale.ROOT,
        "%nannual returns, per second on 1 thread: glenmore plan %.1f, its 2024/25 return %.1f%n",
        warm.returns().plansPerSecond(), warm.returns().returnsPerSecond()));
    out.append("\nscaling, one plan\n");
    for (int i = 0; i < scaling.deliverables().size(); i++) {
      out.append(String.format(Locale.ROOT,
          "  %7d deliverables  assess %10.1f ms (collecting %8.1f ms)   read %10.1f ms%n",
          scaling.deliverables().get(i), scaling.assessMs().get(i),
          scaling.assessGcMs().get(i), scaling.readMs().get(i)));
    }
    out.append("\ncold start, median of ").append(coldStart.runs()).append(" runs\n");
    if (coldStart.skipped().isPresent()) {
      out.append("  skipped: ").append(coldStart.skipped().get()).append('\n');
    } else {
      out.append(String.format(Locale.ROOT,
          "  assess (default)                  %8.0f ms%n"
              + "  assess (DRL compiled at run time) %8.0f ms%n"
              + "  --version                         %8.0f ms%n"
              + "  assess with AppCDS (bin/cjoip)    %8.0f ms%n",
          coldStart.defaultMs(), coldStart.runtimeDrlMs(), coldStart.versionMs(),
          coldStart.appCdsMs()));
    }
    out.append(String.format(Locale.ROOT,
        "%nbatch of %d plans under -Xmx%dm: exit %d, %.1f s, peak heap %.0f MB, live %.0f MB%n",
        batch.plans(), batch.maxHeapMb(), batch.exitCode(), batch.seconds(), batch.peakHeapMb(),
        batch.liveHeapMb()));
    out.append(String.format(Locale.ROOT,
        "rollup of %d partnerships under -Xmx%dm: exit %d, %.1f s (%.1f plans/s), peak heap"
            + " %.0f MB, live %.0f MB%n",
        rollup.plans(), rollup.maxHeapMb(), rollup.exitCode(), rollup.seconds(),
        rollup.plans() / rollup.seconds(), rollup.peakHeapMb(), rollup.liveHeapMb()));
    return out.toString();
  }

  private String value(String key) {
    Optional<Double> v = switch (key) {
      case "referenceRatio" -> Optional.of(referenceRatio());
      case "scalingRatio10x" -> Optional.of(scaling.ratio10x());
      case "threadScalingVsReference" -> Optional.of(threadScalingVsReference());
      case "coldStartRatioRuntimeDrl" -> coldStartRatioRuntimeDrl();
      case "coldStartRatioJvmFloor" -> coldStartRatioJvmFloor();
      case "returnCostRatio" -> Optional.of(warm.returns().costRatio());
      case "rollupPeakHeapMb" -> Optional.of(rollup.peakHeapMb());
      default -> Optional.of(batch.peakHeapMb());
    };
    return v.map(x -> String.format(Locale.ROOT, "%.2f", x)).orElse("-");
  }

  private static void row(StringBuilder out, String name, Throughput t) {
    out.append(String.format(Locale.ROOT, "  %-18s %10.1f %10.1f %10.1f %10.1f%n", name,
        t.drools1Thread(), t.drools2Threads(), t.reference(), t.reference2Threads()));
  }

  private static void throughput(ObjectNode node, Throughput t) {
    node.put("drools1Thread", Stats.round(t.drools1Thread()));
    node.put("drools2Threads", Stats.round(t.drools2Threads()));
    node.put("reference", Stats.round(t.reference()));
    node.put("reference2Threads", Stats.round(t.reference2Threads()));
    node.put("referenceRatio", Stats.round(t.referenceRatio()));
    node.put("threadScaling", Stats.round(t.threadScaling()));
    node.put("referenceThreadScaling", Stats.round(t.referenceThreadScaling()));
  }

  private static void putOptional(ObjectNode node, String key, Optional<Double> value) {
    if (value.isPresent()) {
      node.put(key, Stats.round(value.get()));
    } else {
      node.putNull(key);
    }
  }
}
