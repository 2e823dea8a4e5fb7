package org.cjoip.examples.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.workbook.WorkbookLimits;
import org.cjoip.model.workbook.WorkbookReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip import}: a plan workbook into a plan document. */
@Command(
    name = "import",
    mixinStandardHelpOptions = true,
    description = {
      "Reads a plan workbook (.xlsx) and writes the plan document.",
      "The document is YAML, or JSON when the output's name ends .json. Problems are printed as"
          + " file: Sheet!Cell: /pointer: message.",
      "Exit 0 when the workbook is a valid plan, 2 otherwise (nothing is written then)."
    })
final class ImportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "FILE.xlsx", description = "The plan workbook.")
  Path workbook;

  @Option(names = "--output", paramLabel = "PLAN.yaml|PLAN.json",
      description = "Write the plan document to this file, only once it is whole; default: "
          + "YAML to standard output.")
  Path output;

  @Option(names = "--lenient",
      description = "Report unknown sheets, columns and fields as warnings, not errors.")
  boolean lenient;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PlanReader reader = PlanReader.of(PlanReader.Options.builder().lenient(lenient).build());
    PlanDocument doc;
    try {
      doc = WorkbookReader.of(reader, WorkbookLimits.defaults()).read(workbook);
    } catch (DocumentException e) {
      Inputs.print(e.problems(), spec.commandLine().getErr());
      return Main.BAD_INPUT;
    }
    Inputs.print(doc.warnings(), spec.commandLine().getErr());
    boolean json = output != null
        && output.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".json");
    Format format = json ? Format.JSON : Format.YAML;
    // Written as it goes, the workbook's tree and source map let go: a plan of 100,000
    // deliverables is imported in the memory it takes to hold it once.
    Plan plan = doc.plan();
    doc = null;
    if (output != null) {
      Output.to(output, List.of(workbook)).write(w -> PlanWriter.write(plan, format, w));
    } else {
      try {
        PlanWriter.write(plan, format, spec.commandLine().getOut());
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return Main.OK;
  }
}
