package org.cjoip.examples.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cjoip.examples.Examples;
import org.cjoip.model.annualreturn.AnnualReturn;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/** {@code cjoip examples}: lists the bundled example plans and annual returns. */
@Command(name = "examples", mixinStandardHelpOptions = true,
    description = "Lists the bundled example plans and annual returns; use them as example:NAME.")
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
}
