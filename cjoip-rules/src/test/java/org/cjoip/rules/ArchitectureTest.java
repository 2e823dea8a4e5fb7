package org.cjoip.rules;

import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.cjoip.model.ModuleArchitecture;

/** The rules module's layering: what every module keeps. */
final class ArchitectureTest extends ModuleArchitecture {

  private static final String ROOT = "org.cjoip.rules";

  /**
   * The rules module's package cycles today, to be removed: the root package and the engine,
   * the facts, the configuration and the packs refer to each other. Must become empty.
   */
  static final Set<SortedSet<String>> KNOWN_CYCLES = Set.of(new TreeSet<>(Set.of(ROOT,
      ROOT + ".config", ROOT + ".engine", ROOT + ".facts", ROOT + ".pack")));

  ArchitectureTest() {
    super(ROOT, KNOWN_CYCLES);
  }
}
