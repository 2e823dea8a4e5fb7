package org.cjoip.examples.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.io.Json;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Catalogue;
import org.cjoip.rules.RuleDescription;
import org.cjoip.rules.RuleSetVersion;
import org.cjoip.rules.pack.RulePack;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code cjoip rules}: prints the rule catalogue. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "Prints the rule catalogue: ids, default severities, descriptions, sources.")
final class RulesCommand implements Callable<Integer> {

  @Option(names = "--format", defaultValue = "text",
      description = "text or json (default ${DEFAULT-VALUE}).")
  ListingFormat format;

  @picocli.CommandLine.Mixin RulePackOptions rulePacks = new RulePackOptions();

  @Spec picocli.CommandLine.Model.CommandSpec spec;

  @Override
  public Integer call() throws Exception {
    PrintWriter out = spec.commandLine().getOut();
    Catalogue catalogue = Catalogue.builtIn();
    List<RulePack> packs;
    try {
      packs = rulePacks.load();
    } catch (DocumentException e) {
      Inputs.print(e.problems(), spec.commandLine().getErr());
      return Main.BAD_INPUT;
    }
    Assessor assessor = Assessor.builder().rulePacks(packs).build();
    if (format == ListingFormat.json) {
      ObjectNode root = JsonNodeFactory.instance.objectNode();
      root.put("version", catalogue.version());
      ArrayNode sets = root.putArray("ruleSets");
      for (RuleSetVersion set : assessor.ruleSets()) {
        sets.addObject().put("name", set.name()).put("version", set.version());
      }
      ArrayNode rules = root.putArray("rules");
      for (RuleDescription r : assessor.rules()) {
        ObjectNode node = rules.addObject();
        node.put("id", r.id());
        node.put("family", r.family());
        node.put("severity", r.defaultSeverity().name());
        node.put("title", r.title());
        node.put("description", r.description());
        node.put("source", r.source());
      }
      out.println(Json.pretty(root));
      return Main.OK;
    }
    out.println("cjoip rules " + catalogue.version());
    for (RuleSetVersion set : assessor.ruleSets().subList(1, assessor.ruleSets().size())) {
      out.println("rule pack " + set);
    }
    String family = "";
    for (RuleDescription r : assessor.rules()) {
      if (!r.family().equals(family)) {
        family = r.family();
        out.println();
      }
      out.printf("%-12s %-8s %s%n", r.id(), r.defaultSeverity(), r.title());
      StringBuilder text = new StringBuilder();
      // A pack rule without a description has its title for one: not said twice.
      String about = r.description().equals(r.title()) ? "" : r.description() + " ";
      org.cjoip.examples.cli.Text.wrap(text, about + "Source: " + r.source() + ".",
          "                      ");
      out.print(text);
    }
    return Main.OK;
  }
}
