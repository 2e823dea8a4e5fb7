package org.cjoip.examples.cli;

import java.io.PrintWriter;
import org.cjoip.rules.Assessor;
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

  public static void main(String[] args) {
    Prewarm.start(args);
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit code. */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    CommandLine cli = new CommandLine(new Main());
    cli.setOut(out);
    cli.setErr(err);
    cli.setExitCodeExceptionMapper(e -> BAD_INPUT);
    cli.setParameterExceptionHandler(
        (e, a) -> {
          err.println("cjoip: " + e.getMessage());
          err.println("Try '" + e.getCommandLine().getCommandSpec().qualifiedName()
              + " --help' for more information.");
          return BAD_INPUT;
        });
    cli.setExecutionExceptionHandler(
        (e, command, parsed) -> {
          boolean debug = parsed.hasMatchedOption("--debug");
          if (e instanceof UsageException) {
            err.println("cjoip: " + e.getMessage());
            return BAD_INPUT;
          }
          err.println("cjoip: internal error: " + e);
          if (debug) {
            e.printStackTrace(err);
          } else {
            err.println("Run again with --debug to see where.");
          }
          return INTERNAL;
        });
    int code = cli.execute(args);
    out.flush();
    err.flush();
    return code;
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
