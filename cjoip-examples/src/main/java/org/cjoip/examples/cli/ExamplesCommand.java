package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cjoip.examples.Examples;
import org.cjoip.model.annualreturn.AnnualReturn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code cjoip examples}: lists the bundled example plans and annual returns, or prints one to
 * start from.
 */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = {"Lists the bundled example plans and annual returns; use them as"
        + " example:NAME.",
        "'examples show NAME' prints one, to start a document from."},
    subcommands = ExamplesCommand.Show.class)
final class ExamplesCommand implements Callable<Integer> {

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    for (String name : Examples.PLANS) {
      out.printf("example:%-20s %s%n", name, Examples.read(name).plan().title());
    }
    for (String name : Examples.RETURNS) {
      AnnualReturn r = Examples.readReturn(name).annualReturn();
      out.printf("example:%-20s %s; reports on example:%s%n", name, r.title(),
          Examples.planOf(name));
    }
    return Main.OK;
  }

  /** {@code cjoip examples show NAME}. */
  @Command(name = "show", mixinStandardHelpOptions = true,
      description = {"Prints a bundled example plan or annual return as it is bundled: YAML,"
          + " with the comment at its top that says how it was written down.",
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
            + String.join(", ", Examples.ALL));
      }
      PrintWriter out = spec.commandLine().getOut();
      out.print(Examples.text(example));
      out.flush();
      return Main.OK;
    }
  }
}
