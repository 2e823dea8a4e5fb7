package org.cjoip.examples.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.cjoip.model.document.DocumentException;
import org.cjoip.rules.pack.RulePack;
import org.cjoip.rules.pack.RulePacks;
import picocli.CommandLine.Option;

/** The options that add rule packs to the built-in rules: DRL files and discovered packs. */
final class RulePackOptions {

  @Option(names = "--rules", paramLabel = "FILE.drl",
      description = "Also run the rules of these DRL files, compiled as one rule pack. A rule"
          + " pack is code: it runs with your rights.")
  List<Path> drl = new ArrayList<>();

  @Option(names = "--pack", paramLabel = "NAME",
      description = "Also run a rule pack found on the class path, by name.")
  List<String> names = new ArrayList<>();

  /**
   * The packs asked for: discovered packs by name, then the DRL files as one pack.
   *
   * @throws DocumentException when the DRL does not compile, located by file, line and rule
   */
  List<RulePack> load() throws DocumentException {
    List<RulePack> packs = new ArrayList<>();
    for (String name : names) {
      Optional<RulePack> found = RulePacks.find(name);
      if (found.isEmpty()) {
        List<RulePack> all = RulePacks.discover();
        throw new Main.UsageException("--pack: no rule pack named '" + name + "' is on the class"
            + " path; " + (all.isEmpty() ? "none is"
                : "found: " + all.stream().map(RulePack::name).collect(Collectors.joining(", "))));
      }
      packs.add(found.get());
    }
    if (!drl.isEmpty()) {
      packs.add(RulePacks.compile(drl));
    }
    return packs;
  }
}
