package org.cjoip.model.document;

/**
 * The published JSON Schema (draft 2020-12) of annual return documents, format version 1, as
 * shipped in this jar. Other applications that produce returns can validate against it; the
 * reader enforces the same rules and more (dates that exist, consecutive years, each priority
 * action once).
 */
public final class AnnualReturnSchema {

  /** Where the schema lies on the class path. */
  public static final String RESOURCE =
      "/org/cjoip/model/schema/annual-return-v1.schema.json";

  private AnnualReturnSchema() {}

  /** The schema's text. */
  public static String text() {
    return PlanSchema.text(RESOURCE, "the annual return schema");
  }
}
