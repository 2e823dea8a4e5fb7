package org.cjoip.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.Problem;
import org.cjoip.model.input.Documents;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.rollup.NationalPicture;
import org.cjoip.rules.rollup.Rollup;
import org.cjoip.rules.rollup.RollupCsv;
import org.cjoip.rules.rollup.RollupHtml;
import org.cjoip.rules.rollup.RollupJson;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip rollup}: the national picture over many partnerships' plans and returns. */
@Command(
    name = "rollup",
    mixinStandardHelpOptions = true,
    description = {
      "Makes the national picture from partnerships' plans and annual returns, given in any"
          + " order and mixed: coverage per priority action and partnership, the year's figures"
          + " per national measure with national totals, completeness, the partnerships"
          + " reporting action on each national outcome, and the plans due for review.",
      "A document that cannot be read or paired is reported with its place and left out; the"
          + " rollup of the rest is still written, and the exit code is then 2."
    })
final class RollupCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    /** One self-contained page for a national officer. */
    html,
    json,
    /** Three files in the --output folder: coverage.csv, figures.csv, completeness.csv. */
    csv
  }

  @Parameters(arity = "1..*", paramLabel = "FILE|DIR|example:NAME",
      description = "Plans and annual returns; a directory stands for its .json, .yaml, .yml"
          + " and .xlsx files.")
  List<String> files;

  @Option(names = "--year", paramLabel = "YYYY/YY",
      description = "The reporting year; default the latest among the returns given.")
  String year;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Assess as of this date (YYYY-MM-DD); default today.")
  String asOf;

  @Option(names = "--format", defaultValue = "html",
      description = "Output format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "PATH",
      description = "Write to this file; with --format csv, the folder for the three files"
          + " (made if missing).")
  Path output;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** A document named on the command line, read when the rollup reads it. */
  private record Argument(String name, Documents documents) implements Rollup.Input {
    @Override
    public Document read() throws DocumentException {
      return Inputs.read(name, documents);
    }
  }

  @Override
  public Integer call() {
    LocalDate day = Inputs.asOf(asOf);
    Optional<FinancialYear> chosen = reportingYear();
    if (format == Format.csv && output == null) {
      throw new Main.UsageException("--format csv writes three files: give --output FOLDER");
    }
    List<String> documents = BatchAssess.expand(files);
    List<Path> inputs = Inputs.files(documents);
    Frameworks frameworks = Frameworks.bundled();
    Documents reader = Documents.standard();
    List<Argument> arguments = documents.stream().map(d -> new Argument(d, reader)).toList();
    PrintWriter err = spec.commandLine().getErr();
    Rollup rollup = Rollup.of(Assessor.builder().frameworks(frameworks).build(), frameworks,
        Runtime.getRuntime().availableProcessors());
    BatchAssess.Progress bar = BatchAssess.stderrIsTerminal()
        ? new BatchAssess.Progress(err, "steps") : null;
    NationalPicture picture = rollup.run(arguments, chosen, day,
        bar == null ? Rollup.Progress.NONE : bar::update);
    if (bar != null) {
      bar.finish();
    }
    Inputs.print(picture.problems(), err);
    write(picture, inputs);
    return picture.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)
        ? Main.BAD_INPUT : Main.OK;
  }

  private void write(NationalPicture picture, List<Path> inputs) {
    if (format == Format.csv) {
      folder();
      for (String name : RollupCsv.FILES) {
        String text = RollupCsv.file(picture, name);
        Output.to(output.resolve(name), inputs).write(w -> w.write(text));
      }
      return;
    }
    if (output != null) {
      Output.to(output, inputs).write(w -> render(picture, w));
      return;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      render(picture, stdout);
    } catch (IOException e) {
      throw new Main.Failure("cannot write to standard output: " + e.getMessage(), e);
    }
    stdout.flush();
  }

  private void render(NationalPicture picture, Writer out) throws IOException {
    if (format == Format.html) {
      RollupHtml.write(picture, out);
    } else {
      RollupJson.write(picture, out);
    }
  }

  /** The folder --output names for the CSV files, made if it does not exist. */
  private void folder() {
    if (Files.exists(output, LinkOption.NOFOLLOW_LINKS)) {
      if (!Files.isDirectory(output, LinkOption.NOFOLLOW_LINKS)) {
        throw new Main.UsageException("--output: " + output + " is not a folder; --format csv"
            + " writes three files into one");
      }
      return;
    }
    try {
      Files.createDirectories(output);
    } catch (IOException e) {
      throw new Main.UsageException("--output: cannot make the folder " + output + ": "
          + Output.reason(e));
    }
  }

  private Optional<FinancialYear> reportingYear() {
    if (year == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(FinancialYear.parse(year));
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--year expects a reporting year YYYY/YY such as 2024/25,"
          + " found '" + year + "'");
    }
  }
}
