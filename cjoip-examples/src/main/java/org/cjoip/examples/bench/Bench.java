package org.cjoip.examples.bench;

import java.io.IOException;
import java.io.PrintWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.cjoip.examples.Examples;
import org.cjoip.examples.corpus.SyntheticPlans;
import org.cjoip.examples.reference.ReferenceChecker;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.engine.RuleBases;

/**
 * Runs the measures of {@code cjoip bench} and gathers them into a {@link BenchReport}. Every
 * pair a goal compares is measured in interleaved rounds, so noise from other work on the
 * machine falls on both alike; each figure is a median.
 */
public final class Bench {

  /** The system property that picks how the CLI gets its built-in rules. */
  public static final String COMPILE = RuleBases.BUILT_IN_FORM;

  /** {@link #COMPILE}'s value for the built-in rules compiled from DRL at run time. */
  public static final String RUNTIME = "drl";

  private static final LocalDate AS_OF = SyntheticPlans.AS_OF;
  private static final String EXAMPLE = "perth-and-kinross";
  private static final Pattern GC_PAUSE =
      Pattern.compile("Pause.*?(\\d+)([KMG])->(\\d+)([KMG])\\((\\d+)([KMG])\\)");

  /**
   * What a run measures and how often.
   *
   * @param corpusPlans corpus plans assessed per round of the warm measures
   * @param rounds interleaved rounds of the warm measures
   * @param warmupRounds rounds run first and not counted
   * @param scalingSizes deliverables of the scaling plans, each ten times the last
   * @param coldRuns runs of each cold-start command
   * @param batchPlans plans in the batch whose heap is measured
   * @param batchHeapMb the batch JVM's maximum heap, and the rollup's
   * @param rollupPlans partnerships, each with its plan, in the rollup whose speed and heap are
   *     measured
   */
  public record Settings(long seed, boolean quick, int corpusPlans, int rounds, int warmupRounds,
      List<Integer> scalingSizes, int coldRuns, int batchPlans, int batchHeapMb,
      int rollupPlans) {

    /** The full bench: several minutes. */
    public static Settings full(long seed) {
      return new Settings(seed, false, 200, 7, 2, List.of(1_000, 10_000, 100_000), 5, 10_000,
          256, 1_000);
    }

    /**
     * The smallest run that still takes every measure, to check the bench itself: each cold
     * start once, a batch and a rollup of a handful of plans. Its figures are too small to
     * judge the goals by.
     */
    public static Settings quick(long seed) {
      return new Settings(seed, true, 2, 1, 0, List.of(10, 100), 1, 4, 256, 4);
    }
  }

  private final Settings settings;
  private final PrintWriter log;
  private final SyntheticPlans corpus;
  private final Assessor assessor = Assessor.standard();
  private final ReferenceChecker reference = ReferenceChecker.standard();
  private final Launcher launcher = Launcher.current();
  // Folded from every result, so no measured work can be optimised away.
  private final AtomicLong sink = new AtomicLong();

  /** A bench that reports what it is doing to {@code log}. */
  public Bench(Settings settings, PrintWriter log) {
    this.settings = settings;
    this.log = log;
    this.corpus = SyntheticPlans.of(settings.seed());
  }

  /** Runs every measure. */
  public BenchReport run() throws IOException, InterruptedException, DocumentException {
    String machine = Runtime.getRuntime().availableProcessors() + " processors, Java "
        + System.getProperty("java.version") + ", " + System.getProperty("os.name") + " "
        + System.getProperty("os.arch");
    BenchReport.Warm warm = warm();
    BenchReport.Scaling scaling = scaling();
    BenchReport.ColdStart cold = coldStart();
    BenchReport.Batch batch = batch();
    BenchReport.Batch rollup = rollup();
    return new BenchReport(settings, machine, warm, scaling, cold, batch, rollup);
  }

  // --- a) and b): warm throughput, and the reference -------------------------------------------

  private BenchReport.Warm warm() throws DocumentException {
    say("warm throughput: " + settings.corpusPlans() + " corpus plans and " + EXAMPLE
        + ", Drools on 1 and 2 threads and the reference, " + settings.rounds() + " rounds");
    List<PlanDocument> plans = new ArrayList<>();
    for (int i = 0; i < settings.corpusPlans(); i++) {
      plans.add(corpus.document(i));
    }
    List<PlanDocument> examples =
        Collections.nCopies(settings.corpusPlans(), Examples.read(EXAMPLE));
    // A return is checked against its plan, the year before beside it: what the fictional
    // partnership's second year costs, beside assessing its plan.
    PlanDocument glenmore = Examples.read("glenmore");
    ReturnDocument second = Examples.readReturn("glenmore-2024-25");
    List<ReturnDocument> first = List.of(Examples.readReturn("glenmore-2023-24"));
    ExecutorService two = Executors.newFixedThreadPool(2, daemon());
    try {
      List<List<Double>> samples = new ArrayList<>();
      for (int m = 0; m < 10; m++) {
        samples.add(new ArrayList<>());
      }
      List<Measure> measures = List.of(
          () -> drools(plans, null),
          () -> drools(plans, two),
          () -> reference(plans, null),
          () -> reference(plans, two),
          () -> drools(examples, null),
          () -> drools(examples, two),
          () -> reference(examples, null),
          () -> reference(examples, two),
          () -> repeated(() -> assessor.assess(glenmore, AS_OF).findings().size()),
          () -> repeated(() -> assessor.assess(second, glenmore, first, AS_OF).findings().size()));
      for (int round = -settings.warmupRounds(); round < settings.rounds(); round++) {
        // Each round starts with a different measure, so none always runs first or last.
        for (int k = 0; k < measures.size(); k++) {
          int m = Math.floorMod(round + k, measures.size());
          double seconds = measures.get(m).seconds();
          if (round >= 0) {
            samples.get(m).add(settings.corpusPlans() / seconds);
          }
        }
      }
      return new BenchReport.Warm(settings.corpusPlans(),
          throughput(samples.subList(0, 4)), throughput(samples.subList(4, 8)),
          new BenchReport.Returns(Stats.median(samples.get(8)), Stats.median(samples.get(9))));
    } finally {
      two.shutdownNow();
    }
  }

  private static BenchReport.Throughput throughput(List<List<Double>> samples) {
    return new BenchReport.Throughput(Stats.median(samples.get(0)),
        Stats.median(samples.get(1)), Stats.median(samples.get(2)),
        Stats.median(samples.get(3)));
  }

  /** One timed measure. */
  private interface Measure {
    double seconds();
  }

  private double drools(List<PlanDocument> plans, ExecutorService pool) {
    return timed(plans, pool, d -> assessor.assess(d, AS_OF).findings().size());
  }

  private double reference(List<PlanDocument> plans, ExecutorService pool) {
    return timed(plans, pool, d -> reference.check(d, AS_OF).size());
  }

  /** Seconds to do one piece of work as many times as a round has corpus plans. */
  private double repeated(java.util.function.IntSupplier work) {
    long start = System.nanoTime();
    for (int i = 0; i < settings.corpusPlans(); i++) {
      sink.addAndGet(work.getAsInt());
    }
    return (System.nanoTime() - start) / 1e9;
  }

  /** Seconds to process every plan, on the calling thread or on each of the pool's two. */
  private double timed(List<PlanDocument> plans, ExecutorService pool,
      ToIntFunction<PlanDocument> work) {
    long start = System.nanoTime();
    if (pool == null) {
      for (PlanDocument d : plans) {
        sink.addAndGet(work.applyAsInt(d));
      }
    } else {
      AtomicInteger next = new AtomicInteger();
      List<Future<?>> workers = new ArrayList<>();
      for (int t = 0; t < 2; t++) {
        workers.add(pool.submit(() -> {
          for (int i = next.getAndIncrement(); i < plans.size(); i = next.getAndIncrement()) {
            sink.addAndGet(work.applyAsInt(plans.get(i)));
          }
        }));
      }
      for (Future<?> f : workers) {
        join(f);
      }
    }
    return (System.nanoTime() - start) / 1e9;
  }

  // --- c): scaling -------------------------------------------------------------------------

  private BenchReport.Scaling scaling() throws IOException, DocumentException {
    List<Double> assess = new ArrayList<>();
    List<Double> read = new ArrayList<>();
    List<Double> assessGc = new ArrayList<>();
    Path dir = Files.createTempDirectory("cjoip-bench-");
    try {
      for (int size : settings.scalingSizes()) {
        say("scaling: one plan with " + size + " deliverables");
        Path file = dir.resolve("plan-" + size + ".json");
        Files.writeString(file, PlanWriter.toJson(corpus.plan(0, size)));
        int runs = size >= 100_000 ? 2 : size >= 10_000 ? 3 : 5;
        List<Double> readSamples = new ArrayList<>();
        List<Double> assessSamples = new ArrayList<>();
        List<Double> gcSamples = new ArrayList<>();
        PlanDocument document = null;
        for (int run = 0; run < runs; run++) {
          long start = System.nanoTime();
          document = PlanReader.standard().read(file);
          readSamples.add((System.nanoTime() - start) / 1e6);
          long collecting = collectionMs();
          start = System.nanoTime();
          sink.addAndGet(assessor.assess(document, AS_OF).findings().size());
          assessSamples.add((System.nanoTime() - start) / 1e6);
          gcSamples.add((double) (collectionMs() - collecting));
        }
        read.add(Stats.median(readSamples));
        assess.add(Stats.median(assessSamples));
        assessGc.add(Stats.median(gcSamples));
      }
    } finally {
      deleteTree(dir);
    }
    return new BenchReport.Scaling(settings.scalingSizes(), assess, read, assessGc);
  }

  /** The time every collector of this JVM reports having spent, in milliseconds, so far. */
  private static long collectionMs() {
    long ms = 0;
    for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
      ms += Math.max(0, gc.getCollectionTime());
    }
    return ms;
  }

  // --- d): cold start ----------------------------------------------------------------------

  private BenchReport.ColdStart coldStart() throws IOException, InterruptedException {
    if (launcher.jar().isEmpty()) {
      say("cold start: skipped, cjoip is not running from its jar");
      return BenchReport.ColdStart.skipped(
          "cjoip is not running from its jar; run the bench with java -jar cjoip.jar bench");
    }
    say("cold start: " + settings.coldRuns() + " interleaved runs of each command");
    List<String> assess = List.of("assess", Examples.PREFIX + EXAMPLE, "--as-of",
        AS_OF.toString(), "--fail-on", "never");
    // For information: the same with a class-data sharing archive, as bin/cjoip runs it.
    Path archive = Files.createTempFile("cjoip-bench-", ".jsa");
    Files.delete(archive);
    launcher.run(launcher.command(List.of("-XX:ArchiveClassesAtExit=" + archive), assess));
    List<List<String>> commands = new ArrayList<>(List.of(
        launcher.command(List.of(), assess),
        launcher.command(List.of("-D" + COMPILE + "=" + RUNTIME), assess),
        launcher.command(List.of(), List.of("--version"))));
    boolean cds = Files.isRegularFile(archive);
    if (cds) {
      commands.add(launcher.command(List.of("-XX:SharedArchiveFile=" + archive), assess));
    }
    List<List<Double>> samples = new ArrayList<>();
    commands.forEach(c -> samples.add(new ArrayList<>()));
    for (int run = 0; run < settings.coldRuns(); run++) {
      for (int k = 0; k < commands.size(); k++) {
        int c = (run + k) % commands.size();
        Launcher.Launch launch = launcher.run(commands.get(c));
        if (launch.exitCode() != 0) {
          throw new IllegalStateException("cold start: " + String.join(" ", commands.get(c))
              + " exited " + launch.exitCode() + ": " + launch.stderr());
        }
        samples.get(c).add(launch.millis());
      }
    }
    Files.deleteIfExists(archive);
    return new BenchReport.ColdStart(Optional.empty(), settings.coldRuns(),
        Stats.median(samples.get(0)), Stats.median(samples.get(1)),
        Stats.median(samples.get(2)), cds ? Stats.median(samples.get(3)) : Double.NaN);
  }

  // --- e): batch heap ----------------------------------------------------------------------

  private BenchReport.Batch batch() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("cjoip-bench-");
    try {
      say("batch: writing " + settings.batchPlans() + " corpus plans to disk");
      Path plans = dir.resolve("plans");
      corpus.write(plans, settings.batchPlans());
      return child("batch", settings.batchPlans(), dir, List.of("assess", plans.toString(),
          "--format", "jsonl", "--as-of", AS_OF.toString(), "--fail-on", "never"));
    } finally {
      deleteTree(dir);
    }
  }

  // --- f): the national rollup ----------------------------------------------------------------

  /**
   * {@code cjoip rollup} over as many partnerships' plans as the settings say, read from disk
   * in a child JVM under the batch's heap: its plans per second (start-up included) and peak
   * heap. Each corpus plan is given a partnership of its own, as the rollup wants one plan per
   * partnership.
   */
  private BenchReport.Batch rollup() throws IOException, InterruptedException {
    Path dir = Files.createTempDirectory("cjoip-bench-");
    try {
      say("rollup: writing " + settings.rollupPlans() + " partnerships' plans to disk");
      Path plans = Files.createDirectories(dir.resolve("plans"));
      for (int i = 0; i < settings.rollupPlans(); i++) {
        Plan plan = corpus.plan(i);
        Partnership own = Partnership.builder().from(plan.partnership())
            .name(plan.partnership().name() + " " + (i + 1)).build();
        Files.writeString(plans.resolve(corpus.name(i) + ".json"),
            PlanWriter.toJson(Plan.builder().from(plan).partnership(own).build()));
      }
      return child("rollup", settings.rollupPlans(), dir, List.of("rollup", plans.toString(),
          "--format", "json", "--output", dir.resolve("rollup.json").toString(), "--as-of",
          AS_OF.toString()));
    } finally {
      deleteTree(dir);
    }
  }

  /** Runs the command in a child JVM with the batch's heap, and reads its GC log. */
  private BenchReport.Batch child(String what, int plans, Path dir, List<String> arguments)
      throws IOException, InterruptedException {
    say(what + ": " + arguments.get(0) + " in a child JVM with -Xmx" + settings.batchHeapMb()
        + "m");
    Path gcLog = dir.resolve(what + "-gc.log");
    List<String> command = launcher.command(
        List.of("-Xmx" + settings.batchHeapMb() + "m", "-Xlog:gc:file=" + gcLog), arguments);
    Launcher.Launch launch = launcher.run(command);
    double peak = 0;
    double live = 0;
    int collections = 0;
    for (String line : Files.readAllLines(gcLog)) {
      Matcher m = GC_PAUSE.matcher(line);
      if (m.find()) {
        collections++;
        peak = Math.max(peak, megabytes(m.group(1), m.group(2)));
        live = Math.max(live, megabytes(m.group(3), m.group(4)));
      }
    }
    if (launch.exitCode() != 0) {
      say(what + ": exited " + launch.exitCode() + ": " + launch.stderr().strip());
    }
    return new BenchReport.Batch(plans, settings.batchHeapMb(), launch.exitCode(),
        launch.millis() / 1000, peak, live, collections);
  }

  /** The size a GC log line gives, in megabytes. */
  static double megabytes(String number, String unit) {
    double n = Double.parseDouble(number);
    return switch (unit) {
      case "K" -> n / 1024;
      case "G" -> n * 1024;
      default -> n;
    };
  }

  private void say(String message) {
    log.println("bench: " + message);
    log.flush();
  }

  private static java.util.concurrent.ThreadFactory daemon() {
    return r -> {
      Thread t = new Thread(r, "cjoip-bench");
      t.setDaemon(true);
      return t;
    };
  }

  private static void join(Future<?> future) {
    try {
      future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(e.getCause());
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> all = Files.walk(dir)) {
      for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
        Files.deleteIfExists(p);
      }
    }
  }
}
