package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cjoip.examples.Examples;
import org.cjoip.model.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code cjoip examples}: lists the bundled example plans, or prints one to start from. */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = {"Lists the bundled example plans; use them as example:NAME.",
        "'examples show NAME' prints one, to start a plan document from."},
    subcommands = ExamplesCommand.Show.class)
final class ExamplesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : Examples.NAMES) {
      Plan plan = Examples.read(name).plan();
      out.printf("example:%-20s %s%n", name, plan.title());
    }
    return Main.OK;
  }

  /** {@code cjoip examples show NAME}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"Prints a bundled example plan as it is bundled: YAML, with the comment at"
          + " its top that records how the published plan was written down.",
          "Save it to a file to start from: cjoip examples show NAME > my-plan.yaml"})
  static final class Show implements Callable<Integer> {

    @Parameters(paramLabel = "NAME",
        description = "An example's name, as 'cjoip examples' lists it (example: may be left off).")
    String name;

    @Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
      String example = Examples.named(name).orElse(name);
      if (!Examples.exists(example)) {
        throw new Main.UsageException("no example named '" + name + "'; examples: "
            + String.join(", ", Examples.NAMES));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(Examples.text(example));
      out.flush();
      return Main.OK;
    }
  }
}
