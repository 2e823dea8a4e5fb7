package org.cjoip.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.RuleFailure;
import org.cjoip.rules.Severity;
import org.cjoip.rules.report.AssessmentJson;

/**
 * {@code cjoip assess --format jsonl}: assesses a batch of plan documents in parallel and
 * streams one line of JSON per document, in input order, in constant memory: at most a small
 * window of documents is in flight, however long the batch.
 *
 * <p>A document that assesses gives its assessment ({@link AssessmentJson#writeLine}). A
 * document that cannot be read gives an error line instead, and the batch carries on:
 *
 * <pre>{@code
 * {"formatVersion":1,"source":"plans/bad.yaml","error":"unreadable","problems":[
 *   {"severity":"ERROR","line":7,"column":13,"pointer":"/priorityActions/0/number",
 *    "message":"expected a whole number from 1 to 13, found 14"}]}
 * }</pre>
 *
 * <p>(one line in the output). {@code line} and {@code column} are 1-based, 0 where the problem
 * has no place in the text; a problem in a workbook adds {@code "cell":"Deliverables!E12"}. A
 * document whose assessment fails (a rule pack's rule that throws, memory run out) gives
 * {@code {"formatVersion":1,"source":…,"error":"failed","message":…}} and the batch carries on
 * too.
 *
 * <p>Exit code: 3 if any assessment failed, otherwise 2 if any document was bad, otherwise 1 if
 * any finding no waiver covers is at or above the failure threshold, otherwise 0.
 */
final class BatchAssess {

  /**
   * What one document gave: its assessment, or the line that says why there is none, and what
   * decides the exit code. The assessment is written out by the one thread that writes.
   */
  private record Result(Assessment assessment, String line, boolean bad, boolean failed,
      Optional<Severity> worst, List<Problem> warnings) {}

  private static final long PROGRESS_INTERVAL_NANOS = 100_000_000L;

  private final PlanReader reader;
  private final Assessor assessor;
  private final LocalDate asOf;
  private final int threads;

  BatchAssess(PlanReader reader, Assessor assessor, LocalDate asOf, int threads) {
    this.reader = reader;
    this.assessor = assessor;
    this.asOf = asOf;
    this.threads = Math.max(1, threads);
  }

  /**
   * The documents the arguments name, in order: a directory stands for its JSON, YAML and
   * workbook files (not its subdirectories), sorted by name. A directory with none is a usage
   * error: a batch that silently assesses nothing would look like a clean one.
   */
  static List<String> expand(List<String> arguments) {
    List<String> out = new ArrayList<>();
    for (String argument : arguments) {
      Path path = Path.of(argument);
      if (!argument.startsWith("example:") && Files.isDirectory(path)) {
        try (Stream<Path> files = Files.list(path)) {
          List<String> found = files
              .filter(f -> Inputs.isDocumentName(f) && Files.isRegularFile(f))
              .map(Path::toString)
              .sorted()
              .toList();
          if (found.isEmpty()) {
            throw new Main.UsageException(argument + " holds no plan documents (.json, .yaml,"
                + " .yml, .xlsx)");
          }
          out.addAll(found);
        } catch (IOException e) {
          throw new Main.UsageException("cannot list " + argument + ": " + e.getMessage());
        }
      } else {
        out.add(argument);
      }
    }
    return out;
  }

  /**
   * Assesses the documents and writes their lines to {@code out}; warnings and the progress bar
   * go to {@code err}. Returns the exit code.
   *
   * @param threshold the lowest severity that fails the batch; empty for never
   */
  int run(List<String> documents, Writer out, PrintWriter err, Optional<Severity> threshold,
      boolean progress) throws IOException {
    boolean bad = false;
    boolean failed = false;
    boolean broken = false;
    // Few documents in flight: each holds a whole assessment until it is written.
    int window = threads * 2;
    Progress bar = progress ? new Progress(err, "plans") : null;
    ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
      Thread t = new Thread(r, "cjoip-assess");
      t.setDaemon(true);
      return t;
    });
    try {
      Deque<Future<Result>> inFlight = new ArrayDeque<>();
      int next = 0;
      for (int done = 0; done < documents.size(); done++) {
        while (next < documents.size() && inFlight.size() < window) {
          String document = documents.get(next++);
          inFlight.add(pool.submit(() -> assess(document)));
        }
        Result result = take(inFlight.poll());
        result.warnings().forEach(p -> err.println(p.describe()));
        if (result.assessment() != null) {
          AssessmentJson.writeLine(result.assessment(), out);
        } else {
          out.write(result.line());
        }
        out.write('\n');
        bad |= result.bad();
        broken |= result.failed();
        failed |= threshold.isPresent()
            && result.worst().map(s -> s.isAtLeast(threshold.get())).orElse(false);
        if (bar != null) {
          bar.update(done + 1, documents.size());
        }
      }
    } finally {
      pool.shutdownNow();
    }
    out.flush();
    if (bar != null) {
      bar.finish();
    }
    return broken ? Main.INTERNAL : bad ? Main.BAD_INPUT : failed ? Main.FINDINGS : Main.OK;
  }

  private static Result take(Future<Result> future) {
    try {
      return future.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof RuntimeException r) {
        throw r;
      }
      if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  private Result assess(String document) {
    PlanDocument doc;
    try {
      doc = Inputs.read(document, reader);
    } catch (DocumentException e) {
      return new Result(null, errorLine(document, e.problems()), true, false, Optional.empty(),
          List.of());
    } catch (RuntimeException | StackOverflowError e) {
      // A fault of cjoip's reader is the document's line alone: the batch carries on.
      return failure(document, "internal error (a fault in cjoip, not in the document)");
    } catch (OutOfMemoryError e) {
      return failure(document, "out of memory while reading it");
    }
    try {
      Assessment a = assessor.assess(doc, asOf);
      return new Result(a, null, false, false, a.worstUnwaived(), doc.warnings());
    } catch (RuleFailure e) {
      return failure(document, e.getMessage());
    } catch (RuntimeException | StackOverflowError e) {
      // A genuine fault of cjoip: said on the document's line, and the batch carries on.
      return failure(document, "internal error (a fault in cjoip, not in the document)");
    } catch (OutOfMemoryError e) {
      return failure(document, "out of memory while assessing it");
    }
  }

  private static Result failure(String document, String message) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("formatVersion", AssessmentJson.FORMAT_VERSION);
    root.put("source", document);
    root.put("error", "failed");
    root.put("message", message);
    return new Result(null, line(root), false, true, Optional.empty(), List.of());
  }

  /** The error line of a document that could not be read. */
  static String errorLine(String source, List<Problem> problems) {
    ObjectNode root = JsonNodeFactory.instance.objectNode();
    root.put("formatVersion", AssessmentJson.FORMAT_VERSION);
    root.put("source", source);
    root.put("error", "unreadable");
    ArrayNode list = root.putArray("problems");
    for (Problem p : problems) {
      ObjectNode node = list.addObject();
      node.put("severity", p.severity().name());
      node.put("line", p.line());
      node.put("column", p.column());
      p.cell().ifPresent(c -> node.put("cell", c));
      node.put("pointer", p.pointer());
      node.put("message", p.message());
    }
    return line(root);
  }

  /** A value as one line, escaped as a report is. */
  private static String line(ObjectNode root) {
    StringWriter out = new StringWriter();
    try {
      AssessmentJson.writeLine(root, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  /** A one-line progress bar, redrawn in place at most ten times a second. */
  static final class Progress {
    private static final int WIDTH = 30;
    private final PrintWriter err;
    private final String what;
    private long last;

    Progress(PrintWriter err, String what) {
      this.err = err;
      this.what = what;
    }

    void update(int done, int total) {
      long now = System.nanoTime();
      if (done < total && now - last < PROGRESS_INTERVAL_NANOS) {
        return;
      }
      last = now;
      int filled = total == 0 ? WIDTH : (int) ((long) done * WIDTH / total);
      err.print("\r[" + "#".repeat(filled) + ".".repeat(WIDTH - filled) + "] " + done + "/"
          + total + " " + what);
      err.flush();
    }

    void finish() {
      err.print("\r" + " ".repeat(WIDTH + 30) + "\r");
      err.flush();
    }
  }

  /** Whether standard error is a terminal, where a progress bar belongs. */
  static boolean stderrIsTerminal() {
    try {
      Path fd = Path.of("/proc/self/fd/2");
      if (Files.isSymbolicLink(fd)) {
        String target = Files.readSymbolicLink(fd).toString();
        return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty");
      }
    } catch (IOException | UnsupportedOperationException | SecurityException e) {
      // No /proc: fall back to whether the JVM has a console at all.
    }
    return System.console() != null;
  }
}
