package org.cjoip.examples.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.Problem;
import org.cjoip.model.framework.Edition;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.config.Configuration;
import org.cjoip.rules.config.ConfigurationReader;
import picocli.CommandLine.Option;

/**
 * The options that say what documents are checked against, shared by the commands that check:
 * a framework edition other than the one each document declares, and a configuration of
 * severities, disabled rules and waivers.
 */
final class CheckOptions {

  @Option(names = "--framework", paramLabel = "ID|FILE",
      description = "Check against this framework edition instead of the one each document"
          + " declares: a bundled edition id or an edition file.")
  String framework;

  @Option(names = "--config", paramLabel = "FILE",
      description = "Severities, disabled rules and waivers (YAML or JSON).")
  Path config;

  /**
   * What the options name, read: the frameworks (the bundled editions, with the edition given,
   * if any), that edition, and the configuration, or null where an option is not given.
   */
  record Read(Frameworks frameworks, Edition override, Configuration configuration) {

    /** The assessor these settings ask for, before any rule pack is added. */
    Assessor.Builder assessor() {
      Assessor.Builder builder = Assessor.builder().frameworks(frameworks);
      if (configuration != null) {
        configuration.applyTo(builder);
      }
      if (override != null) {
        builder.edition(override);
      }
      return builder;
    }
  }

  /**
   * Reads the edition and the configuration, collecting their problems rather than stopping at
   * the first.
   *
   * @param packRules reads the rule packs run beside the built-in rules, between the edition and
   *     the configuration (their problems in that order), and gives their rule ids, which the
   *     configuration may name
   */
  Read read(List<Problem> problems, Supplier<Set<String>> packRules) {
    Frameworks frameworks = Frameworks.bundled();
    Edition override = null;
    if (framework != null) {
      try {
        override = Inputs.edition(framework, frameworks, "--framework", true);
        frameworks = frameworks.with(override);
      } catch (DocumentException e) {
        problems.addAll(e.problems());
      }
    }
    Set<String> rules = packRules.get();
    Configuration configuration = null;
    if (config != null) {
      try {
        configuration = ConfigurationReader.read(config, rules);
      } catch (DocumentException e) {
        problems.addAll(e.problems());
      }
    }
    return new Read(frameworks, override, configuration);
  }

  /** Adds the files the options name to the files a command reads, which it may not write. */
  void addFiles(List<Path> in) {
    if (config != null) {
      in.add(config);
    }
    if (framework != null) {
      in.add(Path.of(framework));
    }
  }
}
