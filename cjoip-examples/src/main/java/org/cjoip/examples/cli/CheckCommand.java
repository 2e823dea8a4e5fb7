package org.cjoip.examples.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.input.Documents;
import org.cjoip.model.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip check}: reads and validates plans and annual returns. */
@Command(
    name = "check",
    mixinStandardHelpOptions = true,
    description = {
      "Reads and validates plans and annual returns: JSON or YAML documents (format version 1)"
          + " and plan workbooks (.xlsx).",
      "A document that says document: annual-return is an annual return.",
      "Prints each problem as file:line:col: /pointer: message, or file: Sheet!Cell: /pointer:"
          + " message for a workbook.",
      "Exit 0 when every document is valid, 2 otherwise."
    })
final class CheckCommand implements Callable<Integer> {

  @Parameters(arity = "1..*", paramLabel = "FILE|example:NAME",
      description = "Plan or annual return documents.")
  List<String> files;

  @Option(names = "--lenient", description = "Report unknown fields as warnings, not errors.")
  boolean lenient;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    Documents reader = Documents.of(PlanReader.Options.builder().lenient(lenient).build());
    Inputs.ReadAny read = Inputs.readAll(files, reader);
    Inputs.print(read.problems(), spec.commandLine().getErr());
    if (read.ok()) {
      // A file's name is printed as a terminal should show it: its control characters escaped.
      spec.commandLine().getOut().println(Printable.escape(
          read.documents().size() == 1 ? read.documents().get(0).source() + ": valid"
              : read.documents().size() + " documents: valid"));
      return Main.OK;
    }
    return Main.BAD_INPUT;
  }
}
