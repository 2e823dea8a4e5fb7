package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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
      "Lists the findings that appeared, disappeared, changed or moved between two JSON"
          + " assessment reports (from 'cjoip assess --format json'), and how the two were made"
          + " differently.",
      "Findings are matched by key. Changed means its severity changed or it was waived or"
          + " unwaived; moved means only its place in the plan changed. A deliverable's key"
          + " carries its id: one renumbered with the same description is named under"
          + " 'Renumbered', its findings listed as disappeared and appeared.",
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
    Assessment a = null;
    Assessment b = null;
    List<Problem> problems = new ArrayList<>();
    try {
      a = read(older);
    } catch (DocumentException e) {
      problems.addAll(e.problems());
    }
    try {
      b = read(newer);
    } catch (DocumentException e) {
      problems.addAll(e.problems());
    }
    if (!problems.isEmpty()) {
      Inputs.print(problems, err);
      return Main.BAD_INPUT;
    }
    Comparison c = Comparison.of(a, b);
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == ListingFormat.json ? c.toJson() : c.toText());
    out.flush();
    Optional<Severity> threshold = failOn.severity();
    return threshold.isPresent() && c.worsenedTo(threshold.get()) ? Main.FINDINGS : Main.OK;
  }

  /** A report, opened as every input is and read strictly, every field checked. */
  private static Assessment read(Path file) throws DocumentException {
    return AssessmentJson.read(file);
  }
}
