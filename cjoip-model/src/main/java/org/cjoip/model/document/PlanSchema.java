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
    try (InputStream in = PlanSchema.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the plan schema is missing from the jar: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
