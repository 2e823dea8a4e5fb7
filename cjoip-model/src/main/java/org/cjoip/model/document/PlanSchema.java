package org.cjoip.model.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schema (draft 2020-12) of plan documents, format version 1, as shipped in
 * this jar. Other applications that produce plan documents can validate against it; the
 * reader enforces the same rules and more (dates that exist, each priority action once).
 */
public final class PlanSchema {

  /** Where the schema lies on the class path. */
  public static final String RESOURCE = "/org/cjoip/model/schema/plan-v1.schema.json";

  private PlanSchema() {}

  /** The schema's text. */
  public static String text() {
    return text(RESOURCE, "the plan schema");
  }

  /** A schema's text from the class path; {@code what} names it if it is missing. */
  static String text(String resource, String what) {
    try (InputStream in = PlanSchema.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(what + " is missing from the jar: " + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
