package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cjoip.examples.bench.Bench;
import org.cjoip.examples.bench.BenchReport;
import org.cjoip.model.document.Format;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cjoip bench}: measures cjoip's speed side by side, reproducibly from a seed. */
@Command(
    name = "bench",
    mixinStandardHelpOptions = true,
    description = {
      "Measures warm throughput (1 and 2 threads), Drools against the plain-Java reference,"
          + " scaling to 100k deliverables, cold start and the heap of a 10,000-plan batch.",
      "Every goal is a ratio of two things measured side by side in this run; the absolute"
          + " figures are for information. Takes several minutes; --quick takes seconds."
    })
final class BenchCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text,
    json
  }

  @Option(names = "--format", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--seed", defaultValue = "20250401",
      description = "Seed of the synthetic corpus (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--quick",
      description = "A short run that checks the bench itself: seconds, too little to judge by.")
  boolean quick;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    Bench.Settings settings = quick ? Bench.Settings.quick(seed) : Bench.Settings.full(seed);
    BenchReport report = new Bench(settings, err).run();
    out.print(format == Format.json ? report.toJson() : report.toText());
    out.flush();
    return Main.OK;
  }
}
