package org.cjoip.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
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
import org.cjoip.model.framework.Edition;
import org.cjoip.model.input.Documents;
import org.cjoip.model.text.Ascii;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Severity;
import org.cjoip.rules.pack.RulePack;
import org.cjoip.rules.pack.RulePacks;
import org.cjoip.rules.report.AssessmentJson;
import org.cjoip.rules.report.HtmlReport;
import org.cjoip.rules.report.TextReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip assess}: assesses plans and reports the findings. */
@Command(
    name = "assess",
    mixinStandardHelpOptions = true,
    description = {
      "Assesses plans against the community justice framework.",
      "Exit 0 when no finding is at or above --fail-on, 1 when one is, 2 for bad input, 3 for"
          + " a failure of cjoip or of a rule pack.",
      "--format jsonl streams one line per document and carries on past a bad one (exit 2).",
      "With --plan PLAN, the documents are annual returns, each checked against PLAN (the ANN"
          + " rules) with the returns of earlier years given beside it. With --returns, the one"
          + " plan is assessed with its returns: a due date a return revised replaces the"
          + " plan's."
    })
final class AssessCommand implements Callable<Integer> {

  /** The output formats. */
  enum Format {
    text,
    json,
    /** One line per document, streamed in parallel; see {@link BatchAssess}. */
    jsonl,
    html
  }

  /** Reads --min-severity in any letter case, ASCII only. */
  static final class MinSeverity implements CommandLine.ITypeConverter<Severity> {
    @Override
    public Severity convert(String value) {
      return Severity.parse(value).orElseThrow(() -> new CommandLine.TypeConversionException(
          "expected error, warning or info, found '" + value + "'"));
    }
  }

  /** The lowest severity that fails the run, or never. */
  enum FailOn {
    error,
    warning,
    info,
    never;

    /** The severity, or empty for never. */
    Optional<Severity> severity() {
      return this == never ? Optional.empty()
          : Ascii.constant(Severity.class, name());
    }

    /** Reads --fail-on in any letter case, ASCII only. */
    static final class Converter implements CommandLine.ITypeConverter<FailOn> {
      @Override
      public FailOn convert(String value) {
        Optional<String> upper = Ascii.upperCase(value);
        for (FailOn f : values()) {
          if (upper.isPresent() && upper.get().equals(Ascii.upperCase(f.name()).orElseThrow())) {
            return f;
          }
        }
        throw new CommandLine.TypeConversionException("expected one of error, warning, info,"
            + " never (in any letter case), found '" + value + "'");
      }
    }
  }

  @Parameters(arity = "1..*", paramLabel = "FILE|example:NAME",
      description = "Plan documents, or annual returns with --plan; with --format jsonl, a"
          + " directory stands for its plan files.")
  List<String> files;

  @Option(names = "--plan", paramLabel = "PLAN",
      description = "Check the documents given as annual returns of this plan.")
  String plan;

  @Option(names = "--returns", paramLabel = "RETURN", arity = "1..*",
      description = "Assess the plan with these annual returns of it, one per year.")
  List<String> returns = List.of();

  @Option(names = "--previous", paramLabel = "RETURN", arity = "1..*",
      description = "With --plan, returns of earlier years to compare the returns checked with.")
  List<String> previous = List.of();

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Assess as of this date (YYYY-MM-DD, from 1000-04-01 to 9998-03-31);"
          + " default today.")
  String asOf;

  @Option(names = "--format", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); html "
          + "is one self-contained page.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE, a regular file, only once it is whole.")
  Path output;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "Exit 1 when a finding is at or above: error, warning, info or never, in"
          + " any letter case (default ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--min-severity", paramLabel = "SEVERITY",
      converter = MinSeverity.class,
      description = "With --format text, show only findings at or above error, warning or"
          + " info, in any letter case (default info: all). The counts still count them all.")
  Severity minSeverity = Severity.INFO;

  @Option(names = "--lenient", description = "Report unknown fields as warnings, not errors.")
  boolean lenient;

  @picocli.CommandLine.Mixin CheckOptions check = new CheckOptions();

  @picocli.CommandLine.Mixin RulePackOptions rulePacks = new RulePackOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  /** What the options name besides the plans, read before any plan is assessed. */
  private record Settings(CheckOptions.Read read, List<RulePack> packs) {
    Frameworks frameworks() {
      return read.frameworks();
    }

    Edition override() {
      return read.override();
    }
  }

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    if (format != Format.text
        && spec.commandLine().getParseResult().hasMatchedOption("--min-severity")) {
      // A JSON or HTML report holds every finding; a filter it ignores would mislead.
      throw new Main.UsageException("--min-severity goes with --format text; the " + format
          + " report holds every finding");
    }
    LocalDate day = Inputs.asOf(asOf);
    Output out = output == null ? null : Output.to(output, inputs());
    List<Problem> problems = new ArrayList<>();
    Settings settings = settings(problems);
    Set<String> ids = new HashSet<>(settings.frameworks().ids());
    PlanReader reader =
        PlanReader.of(
            PlanReader.Options.builder()
                .lenient(lenient)
                .frameworkIds(ids)
                // With an explicit edition, the edition a plan declares is not used.
                .anyFramework(settings.override() != null)
                .build());
    if (format == Format.jsonl) {
      Inputs.print(problems, err);
      if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
        return Main.BAD_INPUT;
      }
      return batch(reader, assessor(settings), day, out);
    }
    if (plan != null || !returns.isEmpty() || !previous.isEmpty()) {
      return withReturns(reader, settings, problems, day, out);
    }
    // The settings' problems and the plans' are reported in one run, all of them.
    Documents documents = Documents.of(reader.options());
    List<PlanDocument> plans = new ArrayList<>();
    for (String argument : files) {
      Inputs.readPlan(argument, documents, problems).ifPresent(plans::add);
    }
    Inputs.print(problems, err);
    if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
      return Main.BAD_INPUT;
    }
    Assessor assessor = assessor(settings);
    List<Assessment> assessments = new ArrayList<>();
    for (PlanDocument doc : plans) {
      assessments.add(assessor.assess(doc, day));
    }
    report(assessments, settings, out);
    return failed(assessments) ? Main.FINDINGS : Main.OK;
  }

  /**
   * Assesses annual returns against their plan (--plan), or a plan with its returns
   * (--returns). Every document is read first, and all their problems reported together.
   */
  private int withReturns(PlanReader reader, Settings settings, List<Problem> problems,
      LocalDate day, Output out) {
    PrintWriter err = spec.commandLine().getErr();
    if (plan != null && !returns.isEmpty()) {
      throw new Main.UsageException("give --plan (the documents are returns) or --returns (the"
          + " document is a plan), not both");
    }
    if (format == Format.jsonl) {
      throw new Main.UsageException("--format jsonl assesses plans alone; use json with --plan"
          + " or --returns");
    }
    if (plan == null && !previous.isEmpty()) {
      throw new Main.UsageException("--previous goes with --plan PLAN: the returns checked are"
          + " compared with earlier ones of the same plan");
    }
    if (!returns.isEmpty() && files.size() != 1) {
      throw new Main.UsageException("--returns goes with one plan, not " + files.size());
    }
    Documents documents = Documents.of(reader.options());
    List<String> planArgs = plan != null ? List.of(plan) : files;
    List<String> returnArgs = plan != null ? files : returns;
    Optional<PlanDocument> planDoc = Inputs.readPlan(planArgs.get(0), documents, problems);
    List<ReturnDocument> returnDocs = new ArrayList<>();
    for (String argument : returnArgs) {
      Inputs.readReturn(argument, documents, problems).ifPresent(returnDocs::add);
    }
    List<ReturnDocument> earlierDocs = new ArrayList<>();
    for (String argument : previous) {
      Inputs.readReturn(argument, documents, problems).ifPresent(earlierDocs::add);
    }
    List<ReturnDocument> all = new ArrayList<>(returnDocs);
    all.addAll(earlierDocs);
    Inputs.print(problems, err);
    if (problems.stream().anyMatch(p -> p.severity() == Problem.Severity.ERROR)) {
      return Main.BAD_INPUT;
    }
    List<Problem> years = yearProblems(returnDocs, earlierDocs);
    if (!years.isEmpty()) {
      Inputs.print(years, err);
      return Main.BAD_INPUT;
    }
    Assessor assessor = assessor(settings);
    List<Assessment> assessments = new ArrayList<>();
    try {
      assessWithReturns(assessor, planDoc.orElseThrow(), returnDocs, all, day, assessments);
    } catch (IllegalArgumentException e) {
      // The documents do not go together: another plan's returns, say.
      throw new Main.UsageException(e.getMessage());
    }
    report(assessments, settings, out);
    return failed(assessments) ? Main.FINDINGS : Main.OK;
  }

  /**
   * The returns' years that do not go together, each placed at the reportingYear of the return
   * at fault: a second return for a year, and, with --plan, a --previous return for a year
   * after one checked (the API refuses it too).
   */
  private List<Problem> yearProblems(List<ReturnDocument> returnDocs,
      List<ReturnDocument> earlierDocs) {
    List<Problem> out = new ArrayList<>();
    Map<FinancialYear, String> years = new HashMap<>();
    List<ReturnDocument> all = new ArrayList<>(returnDocs);
    all.addAll(earlierDocs);
    for (ReturnDocument r : all) {
      FinancialYear year = r.annualReturn().reportingYear();
      String other = years.putIfAbsent(year, r.source());
      if (other != null) {
        out.add(Inputs.at(r, "/reportingYear", year + " is also the year of " + other
            + "; give one return per year"));
      }
    }
    for (ReturnDocument e : earlierDocs) {
      FinancialYear year = e.annualReturn().reportingYear();
      returnDocs.stream()
          .filter(r -> r.annualReturn().reportingYear().compareTo(year) < 0)
          .findFirst()
          .ifPresent(r -> out.add(Inputs.at(e, "/reportingYear", "--previous takes returns"
              + " of earlier years, but " + year + " is later than "
              + r.annualReturn().reportingYear() + ", the year of " + r.source()
              + ", the return checked")));
    }
    return out;
  }

  private void assessWithReturns(Assessor assessor, PlanDocument planDoc,
      List<ReturnDocument> returnDocs, List<ReturnDocument> all, LocalDate day,
      List<Assessment> assessments) {
    if (plan == null) {
      assessments.add(assessor.assess(planDoc, returnDocs, day));
    } else {
      for (ReturnDocument r : returnDocs) {
        FinancialYear year = r.annualReturn().reportingYear();
        List<ReturnDocument> earlier = all.stream()
            .filter(e -> e.annualReturn().reportingYear().compareTo(year) < 0).toList();
        assessments.add(assessor.assess(r, planDoc, earlier, day));
      }
    }
  }

  private void report(List<Assessment> assessments, Settings settings, Output out) {
    if (out != null) {
      out.write(w -> render(assessments, settings.frameworks(), w, false));
      return;
    }
    PrintWriter stdout = spec.commandLine().getOut();
    try {
      render(assessments, settings.frameworks(), stdout, System.console() != null);
    } catch (IOException e) {
      throw new Main.Failure("cannot write to standard output: " + e.getMessage(), e);
    }
    stdout.flush();
  }

  /** The files the command reads, which --output may not name. */
  private List<Path> inputs() {
    List<Path> in = new ArrayList<>(Inputs.files(files));
    in.addAll(Inputs.files(returns));
    in.addAll(Inputs.files(previous));
    Optional.ofNullable(plan).ifPresent(p -> in.addAll(Inputs.files(List.of(p))));
    in.addAll(rulePacks.drl);
    check.addFiles(in);
    return in;
  }

  /**
   * Reads the framework edition, the rule packs and the configuration the options name,
   * collecting their problems rather than stopping at the first.
   */
  private Settings settings(List<Problem> problems) {
    List<RulePack> packs = new ArrayList<>();
    CheckOptions.Read read = check.read(problems, () -> {
      try {
        packs.addAll(rulePacks.load());
      } catch (DocumentException e) {
        problems.addAll(e.problems());
      }
      Set<String> packRules = new HashSet<>();
      packs.forEach(p -> packRules.addAll(RulePacks.ruleIds(p)));
      return packRules;
    });
    return new Settings(read, List.copyOf(packs));
  }

  private void render(List<Assessment> assessments, Frameworks frameworks, Writer out,
      boolean terminal) throws IOException {
    if (format == Format.html) {
      // Several plans: one page, a section for each, written as it is made.
      HtmlReport.write(assessments, frameworks, out);
    } else if (format == Format.json) {
      if (assessments.size() == 1) {
        AssessmentJson.write(assessments.get(0), out);
      } else {
        AssessmentJson.writeAll(assessments, out);
      }
    } else {
      boolean colour = terminal && System.getenv("NO_COLOR") == null;
      for (Assessment a : assessments) {
        TextReport.write(a, colour, minSeverity, out);
      }
    }
  }

  private Assessor assessor(Settings settings) {
    return settings.read().assessor().rulePacks(settings.packs()).build();
  }

  private int batch(PlanReader reader, Assessor assessor, LocalDate day, Output out) {
    PrintWriter err = spec.commandLine().getErr();
    BatchAssess batch =
        new BatchAssess(reader, assessor, day, Runtime.getRuntime().availableProcessors());
    List<String> documents = BatchAssess.expand(files);
    Optional<Severity> threshold = failOn.severity();
    boolean progress = BatchAssess.stderrIsTerminal();
    if (out != null) {
      int[] code = new int[1];
      out.write(w -> code[0] = batch.run(documents, w, err, threshold, progress));
      return code[0];
    }
    try {
      return batch.run(documents, spec.commandLine().getOut(), err, threshold, progress);
    } catch (IOException e) {
      throw new Main.Failure("cannot write to standard output: " + e.getMessage(), e);
    }
  }

  private boolean failed(List<Assessment> assessments) {
    Optional<Severity> threshold = failOn.severity();
    return threshold.isPresent() && assessments.stream()
        .flatMap(a -> a.worstUnwaived().stream())
        .anyMatch(s -> s.isAtLeast(threshold.get()));
  }
}
