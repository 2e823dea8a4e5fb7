package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.EditionWriter;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Aim;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EditionDiff;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.Provenance;
import org.cjoip.model.framework.ReportingCalendar;
import org.cjoip.model.text.Printable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip framework}: shows one framework edition, or what changed between two. */
@Command(name = "framework", mixinStandardHelpOptions = true,
    description = "Shows a framework edition, or what changed between two.",
    subcommands = {FrameworkCommand.Show.class, FrameworkCommand.Diff.class})
final class FrameworkCommand implements Runnable {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    throw new picocli.CommandLine.ParameterException(spec.commandLine(),
        "Missing a subcommand: show or diff");
  }

  /** {@code cjoip framework diff A B}. */
  @Command(name = "diff", mixinStandardHelpOptions = true,
      description = {"Lists what changed from edition A to edition B: aims, priority actions,"
          + " outcomes, indicators, measures and local evidence added, removed, reworded or"
          + " moved.", "A and B are bundled edition ids or edition files."})
  static final class Diff implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "A", description = "The older edition.")
    String older;

    @Parameters(index = "1", paramLabel = "B", description = "The newer edition.")
    String newer;

    @Option(names = "--format", defaultValue = "text",
        description = "Report format: ${COMPLETION-CANDIDATES} (default ${DEFAULT-VALUE}).")
    ListingFormat format;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Edition a;
      Edition b;
      try {
        a = Inputs.edition(older, Frameworks.bundled(), "", false);
        b = Inputs.edition(newer, Frameworks.bundled(), "", false);
      } catch (DocumentException e) {
        Inputs.print(e.problems(), spec.commandLine().getErr());
        return Main.BAD_INPUT;
      }
      EditionDiff diff = EditionDiff.between(a, b);
      PrintWriter writer = spec.commandLine().getOut();
      // An edition file may come from anywhere: its text is printed with controls escaped.
      writer.print(format == ListingFormat.json ? EditionWriter.toJson(diff)
          : Printable.escapeKeepingLines(diff.describe()));
      writer.flush();
      return Main.OK;
    }
  }

  /** {@code cjoip framework show ID}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = "Prints an edition's aims, priority actions, outcomes, indicators, measures,"
          + " local evidence items and reporting calendar.")
  static final class Show implements Callable<Integer> {

    @Parameters(paramLabel = "ID", description = "An edition id, e.g. cjpf-2023.")
    String id;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      Frameworks frameworks = Frameworks.bundled();
      if (frameworks.find(id).isEmpty()) {
        throw new Main.UsageException("no framework edition '" + id + "'; editions: "
            + String.join(", ", frameworks.ids()));
      }
      Edition e = frameworks.get(id);
      StringBuilder out = new StringBuilder();
      out.append(e.id()).append(": ").append(e.title()).append('\n');
      out.append("Published by ").append(e.publisher()).append(", ").append(e.published());
      e.supersedes().ifPresent(s -> out.append("; supersedes ").append(s));
      out.append("\n\n");
      for (Aim aim : e.aims()) {
        Text.wrap(out, "Aim " + aim.number() + ": " + aim.text(), "");
        for (PriorityAction pa : e.priorityActions()) {
          if (pa.aim() != aim.number()) {
            continue;
          }
          Text.wrap(out, pa.number() + ". " + pa.text(), "  ");
          e.outcomeFor(pa.number()).ifPresentOrElse(
              o -> outcome(out, o, "     "),
              () -> pa.noOutcomeNote().ifPresent(
                  note -> Text.wrap(out, "No national outcome: " + note, "     ")));
          for (EvidenceItem item : e.evidence()) {
            if (item.priorityAction() == pa.number()) {
              Text.wrap(out, "Local evidence: " + item.text(), "     ");
            }
          }
        }
        out.append('\n');
      }
      if (e.priorityActions().isEmpty()) {
        for (NationalOutcome o : e.outcomes()) {
          outcome(out, o, "  ");
        }
      }
      e.reporting().ifPresent(r -> reporting(out, r));
      PrintWriter writer = spec.commandLine().getOut();
      writer.print(out);
      writer.flush();
      return Main.OK;
    }

    /** The reporting calendar: each date and the threshold, with where it comes from. */
    private static void reporting(StringBuilder out, ReportingCalendar r) {
      if (!out.toString().endsWith("\n\n")) {
        out.append('\n');
      }
      out.append("Reporting calendar\n");
      Text.wrap(out, "The s23 report on a reporting year is published by the "
          + r.publication().describe() + " after it.", "  ");
      source(out, r.publication().provenance());
      r.returnToCjs().ifPresent(d -> {
        Text.wrap(out, "The annual return reaches Community Justice Scotland by the "
            + d.describe() + " after the year" + (d.practice() ? " (practice, not statute)" : "")
            + ".", "  ");
        source(out, d.provenance());
      });
      r.disclosure().ifPresent(d -> {
        Text.wrap(out, "A published count from 1 to " + (d.threshold() - 1)
            + " is suppressed (disclosure threshold " + d.threshold() + ").", "  ");
        source(out, d.provenance());
      });
    }

    private static void source(StringBuilder out, Provenance p) {
      Text.wrap(out, "Source: " + p.source() + p.location().map(l -> ", " + l).orElse("") + "."
          + p.note().map(n -> " " + n).orElse(""), "    ");
    }

    private static void outcome(StringBuilder out, NationalOutcome o, String indent) {
      Text.wrap(out, "Outcome " + o.id() + ": " + o.text()
          + o.category().map(c -> " [" + c + "]").orElse(""), indent);
      o.indicator().ifPresent(i -> {
        Text.wrap(out, "Indicator: " + i.text(), indent + "  ");
        for (Measure m : i.measures()) {
          Text.wrap(out, "- " + m.text() + " (" + m.unit() + ", should "
              + m.direction().name().toLowerCase(java.util.Locale.ROOT) + ")", indent + "    ");
        }
      });
    }
  }
}
