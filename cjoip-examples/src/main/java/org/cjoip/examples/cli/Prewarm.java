package org.cjoip.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.examples.bench.Bench;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.rules.Assessor;

/**
 * Starts loading the rules on another thread as soon as the command line is known to assess:
 * building the rule base is the largest single step of a cold start, and on two or more cores
 * it runs beside parsing the options and reading the documents. The assessor the command
 * builds later finds the rule base ready, or waits for it; a tiny assessment then loads the
 * classes every assessment needs. Only for the built-in rules alone,
 * which is what a pack-free assessment uses; anything else would be wasted work.
 */
final class Prewarm {

  private static final Plan WARM_UP = Plan.builder()
      .title("Warm-up")
      .framework("cjpf-2023")
      .partnership(Partnership.builder().name("Warm-up").build())
      .addPriorityActions(PriorityActionResponse.builder().number(1)
          .nationalOutcome("More people successfully complete diversion from prosecution")
          .addDeliverables(Deliverable.builder().id("1.1").description("Warm up")
              .timescale("31 March 2025").build())
          .build())
      .build();

  private Prewarm() {}

  static void start(String[] args) {
    List<String> all = List.of(args);
    String command = all.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
    if (!command.equals("assess") || all.contains("--rules") || all.contains("--pack")
        || all.contains("--help") || all.contains("-h")) {
      return;
    }
    boolean fromDrl = Bench.RUNTIME.equals(System.getProperty(Bench.COMPILE));
    Thread thread = new Thread(() -> {
      try {
        Assessor assessor = Assessor.builder().builtInRulesFromDrl(fromDrl).build();
        // One tiny assessment loads the classes of a session, the facts and the findings.
        assessor.assess(WARM_UP, LocalDate.of(2025, 4, 1));
      } catch (RuntimeException | Error e) {
        // The command builds its own assessor and reports whatever went wrong there, once and
        // in one line; a second report from this thread would only repeat it as a trace.
      }
    }, "cjoip-prewarm");
    thread.setDaemon(true);
    thread.start();
  }
}
