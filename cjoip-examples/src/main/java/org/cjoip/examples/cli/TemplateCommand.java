package org.cjoip.examples.cli;

import java.util.List;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.workbook.WorkbookWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cjoip template}: the empty plan workbook of a framework edition. */
@Command(
    name = "template",
    mixinStandardHelpOptions = true,
    description = {
      "Writes an empty plan workbook (.xlsx) to fill in.",
      "It holds the 13 priority actions with the edition's national outcomes and indicators,"
          + " drop-down lists, and a Read me sheet."
    })
final class TemplateCommand implements Callable<Integer> {

  @Option(names = "--framework", paramLabel = "ID|FILE",
      description = "The framework edition: a bundled edition id or an edition file; default "
          + "the latest bundled edition.")
  String framework;

  @Option(names = "--output", required = true, paramLabel = "FILE.xlsx",
      description = "The workbook to write, only once it is whole.")
  Path output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Workbooks.checkName(output);
    Frameworks frameworks = Frameworks.bundled();
    try {
      Edition edition = framework == null ? frameworks.latest()
          : Inputs.edition(framework, frameworks, "--framework", true);
      Workbooks.writeAtomically(output,
          framework == null ? List.of() : Inputs.files(List.of(framework)),
          out -> WorkbookWriter.writeTemplate(edition, out));
    } catch (DocumentException e) {
      Inputs.print(e.problems(), spec.commandLine().getErr());
      return Main.BAD_INPUT;
    }
    return Main.OK;
  }
}
