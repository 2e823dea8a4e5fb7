package org.cjoip.examples.cli;

import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.workbook.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip export}: a plan as a plan workbook. */
@Command(
    name = "export",
    mixinStandardHelpOptions = true,
    description = {
      "Writes a plan as a plan workbook (.xlsx) to fill in, sort and share.",
      "Importing it gives back the same plan. Exit 0 when written, 2 for bad input."
    })
final class ExportCommand implements Callable<Integer> {

  @Parameters(index = "0", paramLabel = "PLAN|example:NAME",
      description = "A plan document, a plan workbook, or a bundled example.")
  String plan;

  @Option(names = "--output", required = true, paramLabel = "FILE.xlsx",
      description = "The workbook to write, only once it is whole.")
  Path output;

  @Option(names = "--lenient", description = "Report unknown fields as warnings, not errors.")
  boolean lenient;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Workbooks.checkName(output);
    PlanReader reader = PlanReader.of(PlanReader.Options.builder().lenient(lenient).build());
    try {
      PlanDocument doc = Inputs.read(plan, reader);
      Inputs.print(doc.warnings(), spec.commandLine().getErr());
      Workbooks.writeAtomically(output, Inputs.files(List.of(plan)),
          out -> WorkbookWriter.write(doc, out));
    } catch (DocumentException e) {
      Inputs.print(e.problems(), spec.commandLine().getErr());
      return Main.BAD_INPUT;
    }
    return Main.OK;
  }
}
