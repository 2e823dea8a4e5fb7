package org.cjoip.model;

import java.util.Optional;

/**
 * How deep a test run goes, as the build sets it: the default run (fixed seeds, tries sized to
 * keep the test command quick), {@code -Pthorough} (more tries, the heavy cases in full) or
 * {@code -Pexplore} (new random seeds and more tries). See {@code docs/testing.md}.
 *
 * <p>Read from system properties that the parent POM passes to every test JVM; a test run
 * from an IDE without them gets the default run.
 */
public final class TestSettings {

  /** The seed of every property without its own; {@code random} for a new one each run. */
  public static final String SEED = "cjoip.test.seed";

  /** How many times the tries each property states it runs. */
  public static final String TRIES_FACTOR = "cjoip.test.triesFactor";

  /** Whether the heavy example cases run in full ({@code true} under {@code -Pthorough}). */
  public static final String THOROUGH = "cjoip.test.thorough";

  /** The seed of the default run. */
  public static final String DEFAULT_SEED = "20250401";

  private TestSettings() {}

  /** The fixed seed of this run, or empty for a new random one per property. */
  public static Optional<String> seed() {
    String seed = System.getProperty(SEED, "").strip();
    if (seed.isEmpty()) {
      return Optional.of(DEFAULT_SEED);
    }
    return seed.equalsIgnoreCase("random") ? Optional.empty() : Optional.of(seed);
  }

  /** How many times the stated tries each property runs; at least 1. */
  public static int triesFactor() {
    String factor = System.getProperty(TRIES_FACTOR, "").strip();
    try {
      return factor.isEmpty() ? 1 : Math.max(1, Integer.parseInt(factor));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(TRIES_FACTOR + " must be a whole number, not '"
          + factor + "'", e);
    }
  }

  /** Whether the heavy cases run in full. */
  public static boolean thorough() {
    return Boolean.getBoolean(THOROUGH);
  }

  /** The default run's count, or the thorough run's. */
  public static int pick(int usual, int thorough) {
    return thorough() ? thorough : usual;
  }
}
