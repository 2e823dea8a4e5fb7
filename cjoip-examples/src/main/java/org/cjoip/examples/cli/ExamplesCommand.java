package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cjoip.examples.Examples;
import org.cjoip.model.plan.Plan;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code cjoip examples}: lists the bundled example plans. */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = "Lists the bundled example plans; use them as example:NAME.")
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
}
