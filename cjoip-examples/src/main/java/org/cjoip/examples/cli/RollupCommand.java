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
import java.util.regex.Pattern;
import org.cjoip.examples.Examples;
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
      description = "Plans and annual returns; a directory stands for the .json, .yaml, .yml"
          + " and .xlsx files in it and in all its subfolders. A file named twice is read"
          + " once.")
  List<String> files;

  @Option(names = "--year", paramLabel = "YYYY/YY",
      description = "The reporting year, such as 2024/25, ended by --as-of; default the latest"
          + " among the returns given.")
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

  /** A part of a folder that could not be searched: said, located, with the other problems. */
  private record Unsearched(Problem problem) implements Rollup.Input {
    @Override
    public String name() {
      return problem.source().orElse("");
    }

    @Override
    public Document read() throws DocumentException {
      throw new DocumentException(problem);
    }
  }

  @Override
  public Integer call() {
    LocalDate day = Inputs.asOf(asOf);
    Optional<FinancialYear> chosen = reportingYear(day);
    if (format == Format.csv && output == null) {
      throw new Main.UsageException("--format csv writes three files: give --output FOLDER");
    }
    RollupInputs.Scan scan = RollupInputs.scan(files);
    List<String> documents = scan.documents();
    List<Path> inputs = Inputs.files(documents);
    if (format == Format.csv) {
      refuseInputFolder(inputs);
    } else if (format == Format.json && output != null) {
      refuseScannedFolder();
    }
    Frameworks frameworks = Frameworks.bundled();
    Documents reader = Documents.standard();
    List<Rollup.Input> arguments = new ArrayList<>();
    documents.forEach(d -> arguments.add(new Argument(d, reader)));
    scan.problems().forEach(p -> arguments.add(new Unsearched(p)));
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
    if (picture.partnerships().isEmpty()) {
      // A picture of nobody would pass for a national picture: nothing is written.
      err.println("cjoip: no partnership could be rolled up; nothing is written");
      return Main.BAD_INPUT;
    }
    write(picture, inputs);
    return picture.problems().stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)
        ? Main.BAD_INPUT : Main.OK;
  }

  /**
   * Refuses a CSV folder that holds an input document, or that is a folder named as input: the
   * picture goes beside the documents it is made from, never among them.
   */
  private void refuseInputFolder(List<Path> inputs) {
    Path folder;
    try {
      folder = output.toRealPath();
    } catch (IOException e) {
      return;
    }
    for (String argument : files) {
      Path named = Path.of(argument);
      try {
        if (Examples.named(argument).isEmpty() && Files.isDirectory(named)
            && Files.isSameFile(named, folder)) {
          throw new Main.UsageException("--output: " + output + " is a folder this command"
              + " reads documents from; give a folder of its own for the CSV files");
        }
      } catch (IOException e) {
        // A folder that cannot be compared is not the output folder: it could not be listed.
      }
    }
    for (Path input : inputs) {
      try {
        Path parent = input.toRealPath().getParent();
        if (parent != null && parent.equals(folder)) {
          throw inputFolder(input.toString());
        }
      } catch (IOException e) {
        // An input that cannot be found holds no place in a folder.
      }
    }
  }

  /**
   * Refuses a JSON picture written inside a folder this command searches: the next rollup of
   * that folder would read the picture as one of its documents.
   */
  private void refuseScannedFolder() {
    Path parent = output.toAbsolutePath().getParent();
    Path within;
    try {
      within = parent == null ? null : parent.toRealPath();
    } catch (IOException e) {
      // A folder that does not exist is searched by no one; writing says why it cannot be used.
      return;
    }
    for (String argument : files) {
      Path named = Path.of(argument);
      try {
        if (within != null && Examples.named(argument).isEmpty() && Files.isDirectory(named)
            && within.startsWith(named.toRealPath())) {
          throw new Main.UsageException("--output: " + output + " is inside " + argument
              + ", which this command searches for documents: the next rollup of " + argument
              + " would read the picture as one; write it elsewhere");
        }
      } catch (IOException e) {
        // A folder that cannot be resolved could not be searched either.
      }
    }
  }

  private Main.UsageException inputFolder(String input) {
    return new Main.UsageException("--output: cannot write into " + output + ": it holds "
        + input + ", which is read by this command; give a folder of its own for the CSV"
        + " files");
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

  /**
   * The year {@code --year} names, written exactly {@code YYYY/YY} as returns write it, and
   * ended by the day the picture is as of: a year not yet ended has no returns due.
   */
  private Optional<FinancialYear> reportingYear(LocalDate day) {
    if (year == null) {
      return Optional.empty();
    }
    FinancialYear parsed;
    try {
      if (!YEAR.matcher(year).matches()) {
        throw new IllegalArgumentException(year);
      }
      parsed = FinancialYear.parse(year);
    } catch (IllegalArgumentException e) {
      throw new Main.UsageException("--year expects a reporting year YYYY/YY such as 2024/25,"
          + " found '" + year + "'");
    }
    if (!parsed.end().isBefore(day)) {
      throw new Main.UsageException("--year " + parsed + " has not ended by " + day
          + " (--as-of), so no return on it is due; give a year that ended by then, or a"
          + " later --as-of");
    }
    return Optional.of(parsed);
  }

  private static final Pattern YEAR = Pattern.compile("[0-9]{4}/[0-9]{2}");
}
