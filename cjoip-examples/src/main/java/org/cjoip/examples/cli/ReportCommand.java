package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.Problem;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.input.Documents;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.publish.PublishedHtml;
import org.cjoip.rules.publish.PublishedReport;
import org.cjoip.rules.publish.word.PublishedWord;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip report}: the s23 annual report a partnership publishes, from its return. */
@Command(
    name = "report",
    mixinStandardHelpOptions = true,
    description = {
      "Writes the annual report a partnership publishes (s23) from its annual return, checked"
          + " against the plan it reports on: the action taken and the figures per priority"
          + " action and outcome, against the plan's baseline and target and the year before,"
          + " the deliverables' progress, and the checks' findings as an appendix.",
      "Exit 0 when written, 2 for bad input or usage (nothing is written then), 3 for a"
          + " failure of cjoip."
    })
final class ReportCommand implements Callable<Integer> {

  /** The report's formats. */
  enum Format {
    /** One self-contained page. */
    html,
    /** A Word document. */
    docx
  }

  @Parameters(index = "0", paramLabel = "RETURN",
      description = "The annual return to publish: a file or example:NAME.")
  String annualReturn;

  @Option(names = "--plan", paramLabel = "PLAN",
      description = "The plan the return reports on (required).")
  String plan;

  @Option(names = "--previous", paramLabel = "RETURN", arity = "1..*",
      description = "Returns of earlier years; the one for the year before gives each"
          + " figure's previous value.")
  List<String> previous = List.of();

  @Option(names = "--format", defaultValue = "html",
      description = "${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); docx needs --output.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE, a regular file, only once it is whole.")
  Path output;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Check the return as of this date (YYYY-MM-DD); default today.")
  String asOf;

  @picocli.CommandLine.Mixin CheckOptions check = new CheckOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    if (plan == null) {
      throw new Main.UsageException("a return is reported against its plan: give the plan it"
          + " reports on with --plan PLAN");
    }
    if (format == Format.docx && output == null) {
      throw new Main.UsageException("--format docx writes a Word document: give the file to"
          + " write with --output FILE.docx");
    }
    LocalDate day = Inputs.asOf(asOf);
    Output out = output == null ? null : Output.to(output, inputs());
    PrintWriter err = spec.commandLine().getErr();
    List<Problem> problems = new ArrayList<>();
    CheckOptions.Read settings = check.read(problems, Set::of);
    Frameworks frameworks = settings.frameworks();
    Documents documents = Documents.of(PlanReader.Options.builder()
        .frameworkIds(new HashSet<>(frameworks.ids()))
        .anyFramework(settings.override() != null)
        .build());
    Optional<PlanDocument> planDoc = Inputs.readPlan(plan, documents, problems);
    Optional<ReturnDocument> checked = Inputs.readReturn(annualReturn, documents, problems);
    List<ReturnDocument> earlier = new ArrayList<>();
    for (String argument : previous) {
      Inputs.readReturn(argument, documents, problems).ifPresent(earlier::add);
    }
    Inputs.print(problems, err);
    if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
      return Main.BAD_INPUT;
    }
    ReturnDocument r = checked.orElseThrow();
    FinancialYear year = r.annualReturn().reportingYear();
    Map<FinancialYear, String> years = new HashMap<>();
    for (ReturnDocument e : earlier) {
      FinancialYear y = e.annualReturn().reportingYear();
      if (y.compareTo(year) >= 0) {
        throw new Main.UsageException("--previous: " + e.source() + " reports on " + y
            + ", not a year before " + year + ", the year of " + r.source());
      }
      String other = years.putIfAbsent(y, e.source());
      if (other != null) {
        throw new Main.UsageException(other + " and " + e.source() + " both report on " + y
            + "; give one return per year");
      }
    }
    Assessor.Builder builder = settings.assessor();
    Assessment assessment = builder.build().assess(r, planDoc.orElseThrow(), earlier, day);
    PublishedReport report = PublishedReport.of(r, earlier, assessment, frameworks);
    write(report, out);
    return Main.OK;
  }

  private void write(PublishedReport report, Output out) {
    if (format == Format.docx) {
      try {
        out.writeBytes(stream -> PublishedWord.write(report, stream));
      } catch (DocumentException e) {
        throw new IllegalStateException("a published report refuses nothing", e);
      }
    } else if (out != null) {
      out.write(w -> PublishedHtml.write(report, w));
    } else {
      PrintWriter stdout = spec.commandLine().getOut();
      PublishedHtml.write(report, stdout);
      stdout.flush();
    }
  }

  /** The files the command reads, which --output may not name. */
  private List<Path> inputs() {
    List<Path> in = new ArrayList<>(Inputs.files(List.of(annualReturn, plan)));
    in.addAll(Inputs.files(previous));
    check.addFiles(in);
    return in;
  }
}
