package org.cjoip.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.io.Json;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cjoip frameworks}: lists the bundled framework editions. */
@Command(name = "frameworks", mixinStandardHelpOptions = true,
    description = "Lists the framework editions, with which supersedes which.")
final class FrameworksCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  AssessCommand.Format format;

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Frameworks frameworks = Frameworks.bundled();
    if (format == AssessCommand.Format.json) {
      ArrayNode list = JsonNodeFactory.instance.arrayNode();
      for (Edition e : frameworks.editions()) {
        ObjectNode node = list.addObject();
        node.put("id", e.id());
        node.put("title", e.title());
        node.put("publisher", e.publisher());
        node.put("published", e.published().toString());
        e.supersedes().ifPresent(s -> node.put("supersedes", s));
        frameworks.supersededBy(e.id()).ifPresent(s -> node.put("supersededBy", s.id()));
      }
      out.println(Json.pretty(list));
      return Main.OK;
    }
    for (Edition e : frameworks.editions()) {
      String status = frameworks.supersededBy(e.id()).map(s -> "superseded by " + s.id())
          .orElse("current");
      out.printf("%-12s %s (%s, %s) — %s%n", e.id(), e.title(), e.publisher(), e.published(),
          status);
    }
    return Main.OK;
  }
}
