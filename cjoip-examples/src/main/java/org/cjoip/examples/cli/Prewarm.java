package org.cjoip.examples.cli;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanReader;
import org.cjoip.rules.Assessor;

/**
 * Starts loading the rules and the bundled framework editions on two other threads as soon as
 * the command line is known to assess: building the rule base and reading the editions are the
 * largest steps of a cold start, and on two or more cores they run beside each other and beside
 * parsing the options and reading the documents. The assessor the command builds later finds
 * them ready, or waits for them; a tiny assessment then loads the classes every assessment
 * needs. Only for the built-in rules alone, which is what a pack-free assessment uses; anything
 * else would be wasted work.
 */
final class Prewarm {

  /**
   * A plan document that touches every step of an assessment: read from JSON, as a plan built
   * in code would first be written out through the JSON and YAML writers, which an assessment
   * read from a file never needs.
   */
  private static final String WARM_UP = "{\"formatVersion\": 1, \"title\": \"Warm-up\","
      + " \"framework\": \"cjpf-2023\", \"partnership\": {\"name\": \"Warm-up\"},"
      + " \"priorityActions\": [{\"number\": 1, \"nationalOutcome\": \"More people"
      + " successfully complete diversion from prosecution\", \"deliverables\": [{\"id\":"
      + " \"1.1\", \"description\": \"Warm up\", \"timescale\": \"31 March 2025\"}]}]}";

  // Whether memory ran out on a prewarm thread: a class whose initialisation failed there for
  // want of memory is met by the command as a bare "could not initialise", which says nothing
  // of memory.
  private static volatile boolean memoryRanOut;

  private Prewarm() {}

  /** Whether memory ran out while the rules or editions loaded in the background. */
  static boolean memoryRanOut() {
    return memoryRanOut;
  }

  /** Forgets a failure noted, for a test that notes one in a JVM that goes on running. */
  static void forget() {
    memoryRanOut = false;
  }

  static void start(String[] args) {
    List<String> all = List.of(args);
    String command = all.stream().filter(a -> !a.startsWith("-")).findFirst().orElse("");
    if (!command.equals("assess") || all.contains("--rules") || all.contains("--pack")
        || all.contains("--help") || all.contains("-h")) {
      return;
    }
    // The bundled editions load beside the rule base: each is about a third of a cold start.
    daemon("cjoip-prewarm-editions", Frameworks::bundled);
    daemon("cjoip-prewarm", () -> {
      try {
        Assessor assessor = Assessor.standard();
        // One tiny assessment loads the classes of a session, the facts and the findings.
        assessor.assess(PlanReader.standard().read(WARM_UP, "warm-up.json"),
            LocalDate.of(2025, 4, 1));
      } catch (RuntimeException | DocumentException | Error e) {
        // The command builds its own assessor and reports whatever went wrong there, once and
        // in one line; a second report from this thread would only repeat it as a trace.
        note(e);
      }
    });
  }

  private static void daemon(String name, Runnable work) {
    Thread thread = new Thread(() -> {
      try {
        work.run();
      } catch (RuntimeException | Error e) {
        // The command meets the same failure where it can report it; an error left to the
        // thread would print its trace.
        note(e);
      }
    }, name);
    thread.setDaemon(true);
    thread.start();
  }

  /** Notes a failure of a prewarm thread: whether it was memory that ran out. */
  static void note(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof OutOfMemoryError) {
        memoryRanOut = true;
      }
    }
  }
}
