package org.cjoip.examples;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.cjoip.model.document.AnnualReturnReader;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.DocumentKind;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.input.Documents;

/**
 * The bundled examples: plans encoded from published plans, with their wording, numbering and
 * gaps as published; and a fictional partnership's plan ({@code glenmore}) with its annual
 * returns, which invent what no real partnership has said. Wherever the CLI expects a file,
 * {@code example:NAME} names one of these.
 */
public final class Examples {

  /** The prefix that names a bundled example instead of a file. */
  public static final String PREFIX = "example:";

  private static final String PLANS_DIRECTORY = "/org/cjoip/examples/plans/";

  private static final String RETURNS_DIRECTORY = "/org/cjoip/examples/returns/";

  /** The examples encoded from published plans, in the order they are listed. */
  public static final List<String> NAMES =
      List.of("perth-and-kinross", "ayrshire", "clackmannanshire");

  /** The fictional partnership's plan, written to go with its annual returns. */
  public static final String FICTIONAL_PLAN = "glenmore";

  /** Every bundled plan: the published ones, then the fictional one. */
  public static final List<String> PLANS =
      Stream.concat(NAMES.stream(), Stream.of(FICTIONAL_PLAN)).toList();

  // Each annual return, in listing order, with the plan it reports on.
  private static final Map<String, String> RETURN_PLANS = new LinkedHashMap<>();

  static {
    RETURN_PLANS.put("glenmore-2023-24", FICTIONAL_PLAN);
    RETURN_PLANS.put("glenmore-2024-25", FICTIONAL_PLAN);
  }

  /** The bundled annual returns, all of the fictional plan, in the order they are listed. */
  public static final List<String> RETURNS = List.copyOf(RETURN_PLANS.keySet());

  /** Every bundled example: the plans, then the returns. */
  public static final List<String> ALL =
      Stream.concat(PLANS.stream(), RETURNS.stream()).toList();

  private Examples() {}

  /** Whether a name is a bundled example, plan or return. */
  public static boolean exists(String name) {
    return ALL.contains(name);
  }

  /** What the example is: a plan or an annual return. */
  public static DocumentKind kind(String name) {
    require(name);
    return RETURN_PLANS.containsKey(name) ? DocumentKind.ANNUAL_RETURN : DocumentKind.PLAN;
  }

  /** The plan an example annual return reports on, by its example name. */
  public static String planOf(String returnName) {
    if (!RETURN_PLANS.containsKey(returnName)) {
      throw new IllegalArgumentException("no example annual return named '" + returnName
          + "'; returns: " + String.join(", ", RETURNS));
    }
    return RETURN_PLANS.get(returnName);
  }

  /** The example's YAML text. */
  public static String text(String name) {
    require(name);
    String directory = kind(name) == DocumentKind.PLAN ? PLANS_DIRECTORY : RETURNS_DIRECTORY;
    try (InputStream in = Examples.class.getResourceAsStream(directory + name + ".yaml")) {
      if (in == null) {
        throw new IllegalStateException("the example " + name + " is missing from the jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads a bundled example as a plan with the given reader; an annual return is refused as the
   * reader refuses one, with a located problem that says to read it as a return.
   */
  public static PlanDocument read(String name, PlanReader reader) throws DocumentException {
    return reader.read(text(name), source(name));
  }

  /** Reads a bundled plan strictly. */
  public static PlanDocument read(String name) throws DocumentException {
    return read(name, PlanReader.standard());
  }

  /** Reads a bundled annual return with the given reader. */
  public static ReturnDocument readReturn(String name, AnnualReturnReader reader)
      throws DocumentException {
    return reader.read(text(name), source(name));
  }

  /** Reads a bundled annual return strictly. */
  public static ReturnDocument readReturn(String name) throws DocumentException {
    return readReturn(name, AnnualReturnReader.standard());
  }

  /** Reads a bundled example of either kind, as the document says it is. */
  public static Document readDocument(String name, Documents documents)
      throws DocumentException {
    return documents.read(text(name), source(name));
  }

  /** The example a CLI argument names, if it names one ({@code example:NAME}). */
  public static Optional<String> named(String argument) {
    return argument.startsWith(PREFIX)
        ? Optional.of(argument.substring(PREFIX.length()))
        : Optional.empty();
  }

  // The name problems and findings give the example's document.
  private static String source(String name) {
    return PREFIX + name + ".yaml";
  }

  private static void require(String name) {
    if (!exists(name)) {
      throw new IllegalArgumentException(
          "no example named '" + name + "'; examples: " + String.join(", ", ALL));
    }
  }
}
