package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import org.cjoip.examples.bench.Bench;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Format;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.framework.Edition;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Severity;
import org.cjoip.rules.config.ConfigurationReader;
import org.cjoip.rules.pack.RulePack;
import org.cjoip.rules.pack.RulePacks;
import org.cjoip.rules.report.AssessmentJson;
import org.cjoip.rules.report.HtmlReport;
import org.cjoip.rules.report.TextReport;
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
      "Exit 0 when no finding is at or above --fail-on, 1 when one is, 2 for bad input.",
      "--format jsonl streams one line per document and carries on past a bad one (exit 2)."
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

  /** The lowest severity that fails the run, or never. */
  enum FailOn {
    error,
    warning,
    info,
    never
  }

  @Parameters(arity = "1..*", paramLabel = "FILE|example:NAME",
      description = "Plan documents; with --format jsonl, a directory stands for its plan files.")
  List<String> files;

  @Option(names = "--as-of", paramLabel = "DATE",
      description = "Assess as of this date (YYYY-MM-DD); default today.")
  String asOf;

  @Option(names = "--format", defaultValue = "text",
      description = "Report format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}); html "
          + "is one self-contained page.")
  Format format;

  @Option(names = "--output", paramLabel = "FILE",
      description = "Write the report to FILE, only once it is whole.")
  Path output;

  @Option(names = "--framework", paramLabel = "ID|FILE",
      description = "Assess against this framework edition instead of the one each plan "
          + "declares: a bundled edition id or an edition file.")
  String framework;

  @Option(names = "--fail-on", defaultValue = "error",
      description = "Exit 1 when a finding is at or above: ${COMPLETION-CANDIDATES} "
          + "(default ${DEFAULT-VALUE}).")
  FailOn failOn;

  @Option(names = "--lenient", description = "Report unknown fields as warnings, not errors.")
  boolean lenient;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Severities, disabled rules and waivers (YAML or JSON).")
  Path config;

  @picocli.CommandLine.Mixin RulePackOptions rulePacks = new RulePackOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    LocalDate day = asOfDate();
    Frameworks frameworks = Frameworks.bundled();
    Edition override = null;
    if (framework != null) {
      try {
        override = Inputs.edition(framework, frameworks, "--framework");
      } catch (DocumentException e) {
        Inputs.print(e.problems(), err);
        return Main.BAD_INPUT;
      }
      frameworks = frameworks.find(override.id()).isPresent() ? frameworks
          : frameworks.with(override);
    }
    Set<String> ids = new HashSet<>(frameworks.ids());
    PlanReader reader =
        PlanReader.of(
            PlanReader.Options.builder()
                .lenient(lenient)
                .frameworkIds(ids)
                // With an explicit edition, the edition a plan declares is not used.
                .anyFramework(override != null)
                .build());
    if (format == Format.jsonl) {
      return batch(reader, frameworks, override, day);
    }
    Inputs.Read read = Inputs.readAll(files, reader);
    Inputs.print(read.problems(), err);
    if (!read.ok()) {
      return Main.BAD_INPUT;
    }
    Assessor assessor;
    try {
      assessor = assessor(frameworks, override);
    } catch (DocumentException e) {
      Inputs.print(e.problems(), err);
      return Main.BAD_INPUT;
    }
    List<Assessment> assessments = new ArrayList<>();
    for (PlanDocument doc : read.documents()) {
      assessments.add(assessor.assess(doc, day));
    }
    String report = render(assessments);
    if (output != null) {
      Inputs.writeAtomically(output, report);
    } else {
      spec.commandLine().getOut().print(report);
      spec.commandLine().getOut().flush();
    }
    return failed(assessments) ? Main.FINDINGS : Main.OK;
  }

  private LocalDate asOfDate() {
    if (asOf == null) {
      return LocalDate.now();
    }
    try {
      return LocalDate.parse(asOf);
    } catch (DateTimeParseException e) {
      throw new Main.UsageException("--as-of expects a date as YYYY-MM-DD that exists, found '"
          + asOf + "'");
    }
  }

  private String render(List<Assessment> assessments) {
    if (format == Format.html) {
      // Several plans: one page, a section for each.
      return HtmlReport.write(assessments);
    }
    if (format == Format.json) {
      if (assessments.size() == 1) {
        return AssessmentJson.write(assessments.get(0));
      }
      StringBuilder out = new StringBuilder("[\n");
      for (int i = 0; i < assessments.size(); i++) {
        out.append(AssessmentJson.write(assessments.get(i)).stripTrailing());
        out.append(i + 1 < assessments.size() ? ",\n" : "\n");
      }
      return out.append("]\n").toString();
    }
    boolean colour = output == null && System.console() != null && System.getenv("NO_COLOR") == null;
    StringBuilder out = new StringBuilder();
    for (Assessment a : assessments) {
      out.append(TextReport.write(a, colour));
    }
    return out.toString();
  }

  private Assessor assessor(Frameworks frameworks, Edition override) throws DocumentException {
    Assessor.Builder builder = Assessor.builder().frameworks(frameworks)
        // Hidden: the built-in rules compiled from DRL at run time, for `cjoip bench`.
        .builtInRulesFromDrl(Bench.RUNTIME.equals(System.getProperty(Bench.COMPILE)));
    List<RulePack> packs = rulePacks.load();
    builder.rulePacks(packs);
    if (config != null) {
      Set<String> packRules = new HashSet<>();
      packs.forEach(p -> RulePacks.describe(p).forEach(r -> packRules.add(r.id())));
      builder.configuration(ConfigurationReader.read(config, packRules));
    }
    if (override != null) {
      builder.edition(override);
    }
    return builder.build();
  }

  private int batch(PlanReader reader, Frameworks frameworks, Edition override, LocalDate day) {
    PrintWriter err = spec.commandLine().getErr();
    Assessor assessor;
    try {
      assessor = assessor(frameworks, override);
    } catch (DocumentException e) {
      Inputs.print(e.problems(), err);
      return Main.BAD_INPUT;
    }
    BatchAssess batch =
        new BatchAssess(reader, assessor, day, Runtime.getRuntime().availableProcessors());
    List<String> documents = BatchAssess.expand(files);
    Optional<Severity> threshold = failOn == FailOn.never ? Optional.empty()
        : Optional.of(Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT)));
    boolean progress = BatchAssess.stderrIsTerminal();
    if (output != null) {
      return batch.runToFile(documents, output, err, threshold, progress);
    }
    try {
      return batch.run(documents, spec.commandLine().getOut(), err, threshold, progress);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private boolean failed(List<Assessment> assessments) {
    if (failOn == FailOn.never) {
      return false;
    }
    Severity threshold = Severity.valueOf(failOn.name().toUpperCase(Locale.ROOT));
    return assessments.stream()
        .flatMap(a -> a.worstUnwaived().stream())
        .anyMatch(s -> s.isAtLeast(threshold));
  }
}
