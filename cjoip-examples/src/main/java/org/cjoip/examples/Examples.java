package org.cjoip.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;

/**
 * The bundled example plans, each encoded from a published plan with its wording, numbering and
 * gaps as published. Wherever the CLI expects a file, {@code example:NAME} names one of these.
 */
public final class Examples {

  /** The prefix that names a bundled example instead of a file. */
  public static final String PREFIX = "example:";

  private static final String DIRECTORY = "/org/cjoip/examples/plans/";

  /** The bundled examples' names, in the order they are listed. */
  public static final List<String> NAMES =
      List.of("perth-and-kinross", "ayrshire", "clackmannanshire");

  private Examples() {}

  /** Whether a name is a bundled example. */
  public static boolean exists(String name) {
    return NAMES.contains(name);
  }

  /** The example's YAML text. */
  public static String text(String name) {
    if (!exists(name)) {
      throw new IllegalArgumentException(
          "no example named '" + name + "'; examples: " + String.join(", ", NAMES));
    }
    try (InputStream in = Examples.class.getResourceAsStream(DIRECTORY + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the example " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a bundled example with the given reader. */
  public static PlanDocument read(String name, PlanReader reader) throws DocumentException {
    return reader.read(text(name), PREFIX + name + ".yaml");
  }

  /** Reads a bundled example strictly. */
  public static PlanDocument read(String name) throws DocumentException {
    return read(name, PlanReader.standard());
  }

  /** The example a CLI argument names, if it names one ({@code example:NAME}). */
  public static Optional<String> named(String argument) {
    return argument.startsWith(PREFIX)
        ? Optional.of(argument.substring(PREFIX.length()))
        : Optional.empty();
  }
}
