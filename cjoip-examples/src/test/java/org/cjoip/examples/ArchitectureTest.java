package org.cjoip.examples;

import java.util.Set;
import org.cjoip.model.ModuleArchitecture;

/** The examples module's layering: what every module keeps, without any package cycle. */
final class ArchitectureTest extends ModuleArchitecture {

  ArchitectureTest() {
    super("org.cjoip.examples", Set.of());
  }
}
