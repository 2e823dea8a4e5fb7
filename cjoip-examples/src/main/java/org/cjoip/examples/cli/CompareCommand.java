package org.cjoip.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Problem;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Severity;
import org.cjoip.rules.report.AssessmentJson;
import org.cjoip.rules.report.Comparison;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip compare OLD.json NEW.json}: what changed between two assessment reports. */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    description = {
      "Lists the findings that appeared, disappeared or changed severity between two JSON"
          + " assessment reports (from 'cjoip assess --format json'), and how the two were made"
          + " differently.",
      "Exit 0, or 1 when --fail-on is given and a finding at or above it appeared or was"
          + " raised to it; 2 for bad input."
    })
final class CompareCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "OLD.json", description = "The older report.")
  Path older;

  @Parameters(index = "1", paramLabel = "NEW.json", description = "The newer report.")
  Path newer;

  @Option(names = "--format", defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  ListingFormat format;

  @Option(names = "--fail-on", defaultValue = "never",
      description = "Exit 1 when a finding at or above this appeared or was raised to it: "
          + "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  AssessCommand.FailOn failOn;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Assessment a;
    Assessment b;
    try {
      a = read(older);
      b = read(newer);
    } catch (DocumentException e) {
      Inputs.print(e.problems(), err);
      return Main.BAD_INPUT;
    }
    Comparison c = Comparison.of(a, b);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == ListingFormat.json ? c.toJson() : c.toText());
    out.flush();
    if (failOn == AssessCommand.FailOn.never) {
      return Main.OK;
    }
    Severity threshold = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
    return c.worsenedTo(threshold) ? Main.FINDINGS : Main.OK;
  }

  private static Assessment read(Path file) throws DocumentException {
    try {
      return AssessmentJson.read(Files.readAllBytes(file), file.toString());
    } catch (NoSuchFileException e) {
      throw new DocumentException(problem(file, "no such file"));
    } catch (IOException e) {
      throw new DocumentException(problem(file, "could not be read: " + e.getMessage()));
    }
  }

  private static Problem problem(Path file, String message) {
    return Problem.builder().severity(Problem.Severity.ERROR).source(file.toString())
        .pointer("").message(message).build();
  }
}
