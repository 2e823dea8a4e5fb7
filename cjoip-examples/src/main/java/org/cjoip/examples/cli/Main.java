package org.cjoip.examples.cli;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.FilterWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.text.Printable;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.RuleFailure;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The {@code cjoip} command. */
@Command(
    name = "cjoip",
    mixinStandardHelpOptions = true,
    versionProvider = Main.Version.class,
    description = "Tells a community justice partnership what its CJOIP is missing.",
    subcommands = {
      CheckCommand.class,
      AssessCommand.class,
      RollupCommand.class,
      ReportCommand.class,
      RulesCommand.class,
      FrameworksCommand.class,
      FrameworkCommand.class,
      CompareCommand.class,
      ImportCommand.class,
      ExportCommand.class,
      TemplateCommand.class,
      ExamplesCommand.class,
      BenchCommand.class
    })
public final class Main implements Runnable {

  /** Exit code: success, nothing at or above the failure threshold. */
  public static final int OK = 0;

  /** Exit code: findings at or above the failure threshold. */
  public static final int FINDINGS = 1;

  /** Exit code: bad input or usage. */
  public static final int BAD_INPUT = 2;

  /** Exit code: a fault in cjoip itself. */
  public static final int INTERNAL = 3;

  @Option(names = "--debug", description = "Show stack traces of internal errors.",
      scope = CommandLine.ScopeType.INHERIT)
  boolean debug;

  @CommandLine.Spec
  CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new CommandLine.ParameterException(spec.commandLine(), "Missing a command.");
  }

  // Made before they are needed: when memory has run out, building a message may not be possible.
  private static final String OUT_OF_MEMORY = "cjoip: out of memory: the input needs more than"
      + " the " + (Runtime.getRuntime().maxMemory() >> 20) + " MB this Java may use; give it more"
      + " with -Xmx, or split the input";
  private static final String TOO_DEEP = "cjoip: internal error: cjoip ran out of stack;"
      + " run again with --debug to see where";
  private static final String INTERNAL_ERROR = "cjoip: internal error (a fault in cjoip, not in"
      + " your input); run again with --debug to see where";

  public static void main(String[] args) {
    Prewarm.start(args);
    Stdout out = new Stdout();
    System.exit(run(args, out, new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    boolean debug = List.of(args).contains("--debug");
    int code;
    try {
      code = execute(args, out, err, debug);
    } catch (Error e) {
      // Whatever the JVM throws ends in one line and exit 3, never a trace or exit 1.
      err.println(outOfMemory(e) ? OUT_OF_MEMORY
          : has(e, StackOverflowError.class) ? TOO_DEEP : INTERNAL_ERROR);
      trace(e, debug, err);
      code = INTERNAL;
    }
    out.flush();
    if (out.checkError()) {
      // A report that could not be written is lost: never a clean exit.
      err.println("cjoip: cannot write to standard output"
          + (out instanceof Stdout s ? s.failure().map(m -> ": " + m).orElse("") : "")
          + "; the output is incomplete");
      code = INTERNAL;
    }
    err.flush();
    return code;
  }

  private static int execute(String[] args, PrintWriter out, PrintWriter err, boolean debug) {
    CommandLine cli = new CommandLine(new Main());
    cli.registerConverter(AssessCommand.FailOn.class, new AssessCommand.FailOn.Converter());
    // --format HTML as --fail-on ERROR: every closed set of values in any letter case.
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println(Printable.escape("cjoip: " + e.getMessage()));
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
              + " --help' for more information.");
          return BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          if (e instanceof UsageException) {
            err.println(Printable.escape("cjoip: " + e.getMessage()));
            return BAD_INPUT;
          }
          if (e instanceof Failure || e instanceof RuleFailure) {
            err.println(Printable.escape("cjoip: " + e.getMessage()
                // A rule that threw: the trace shows the rule writer which line of theirs.
                + (e instanceof RuleFailure && e.getCause() != null && !outOfMemory(e) && !debug
                    ? "; run again with --debug to see where" : "")));
            trace(e, debug, err);
            return INTERNAL;
          }
          if (outOfMemory(e) || has(e, StackOverflowError.class)) {
            err.println(outOfMemory(e) ? OUT_OF_MEMORY : TOO_DEEP);
            trace(e, debug, err);
            return INTERNAL;
          }
          err.println(INTERNAL_ERROR);
          trace(e, debug, err);
          return INTERNAL;
        });
    return cli.execute(args);
  }

  /**
   * Whether memory ran out: said by the error itself, or by a class that could not be
   * initialised after memory ran out while it loaded in the background (Prewarm).
   */
  static boolean outOfMemory(Throwable e) {
    return has(e, OutOfMemoryError.class)
        || (Prewarm.memoryRanOut() && has(e, LinkageError.class));
  }

  private static boolean has(Throwable e, Class<? extends Throwable> type) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (type.isInstance(t)) {
        return true;
      }
    }
    return false;
  }

  private static void trace(Throwable e, boolean debug, PrintWriter err) {
    if (debug) {
      e.printStackTrace(err);
    }
  }

  /**
   * A failure that is not the input's: the output could not be written, a rule pack failed.
   * Reported in one line, exit code 3.
   */
  static final class Failure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Failure(String message, Throwable cause) {
      super(message, cause);
    }
  }

  /**
   * Standard output, remembering why a write failed: a print writer keeps only that one did.
   */
  static final class Stdout extends PrintWriter {
    private final Recording recording;

    Stdout() {
      this(new Recording(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out),
          Charset.defaultCharset())));
    }

    private Stdout(Recording recording) {
      super(recording, true);
      this.recording = recording;
    }

    Optional<String> failure() {
      return Optional.ofNullable(recording.failure);
    }
  }

  /** A writer that remembers the first failure of the writer it passes to. */
  private static final class Recording extends FilterWriter {
    private String failure;

    Recording(Writer out) {
      super(out);
    }

    private IOException remember(IOException e) {
      if (failure == null) {
        failure = e.getMessage() == null ? "the output failed" : e.getMessage();
      }
      return e;
    }

    @Override
    public void write(int c) throws IOException {
      try {
        super.write(c);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(char[] cbuf, int off, int len) throws IOException {
      try {
        super.write(cbuf, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void write(String str, int off, int len) throws IOException {
      try {
        super.write(str, off, len);
      } catch (IOException e) {
        throw remember(e);
      }
    }

    @Override
    public void flush() throws IOException {
      try {
        super.flush();
      } catch (IOException e) {
        throw remember(e);
      }
    }
  }

  /** Bad input detected by a command: reported in one line, exit code 2, no stack trace. */
  static final class UsageException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UsageException(String message) {
      super(message);
    }
  }

  /** Prints the library version. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      return new String[] {"cjoip " + Assessor.libraryVersion()};
    }
  }
}
