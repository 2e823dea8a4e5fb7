package org.cjoip.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import org.cjoip.model.text.Printable;

/**
 * What a document is, as its {@code document} field says: a plan, or an annual return on one
 * reporting year of a plan. A document without the field is a plan.
 */
public enum DocumentKind {
  PLAN("plan"),
  ANNUAL_RETURN("annual-return");

  /** The field at a document's root that says what it is. */
  public static final String FIELD = "document";

  private final String value;

  DocumentKind(String value) {
    this.value = value;
  }

  /** The kind as the {@code document} field writes it: {@code plan}, {@code annual-return}. */
  public String value() {
    return value;
  }

  /** What a document's root says it is: an annual return only when it says so. */
  public static DocumentKind of(JsonNode root) {
    JsonNode declared = root.isObject() ? root.get(FIELD) : null;
    return declared != null && declared.isTextual()
        && declared.textValue().equals(ANNUAL_RETURN.value) ? ANNUAL_RETURN : PLAN;
  }

  /**
   * Which of cjoip's own reports a root without a {@code document} field is, by the fields only
   * that report has: a national picture ({@code cjoip rollup --format json}) or an assessment
   * ({@code cjoip assess --format json}); null when it is neither.
   */
  private static String reportWritten(JsonNode root) {
    if (root.has("formatVersion") && root.has("partnerships") && root.has("totals")) {
      return "the national picture that cjoip rollup writes";
    }
    if (root.has("formatVersion") && root.has("findings") && root.has("counts")) {
      return "an assessment that cjoip assess writes";
    }
    return null;
  }

  /**
   * Checks that a document's root says it is of the kind a reader reads, and reports one error
   * when it is not: another kind, a kind that does not exist, or, for an annual return, no kind
   * at all (a document without {@code document} is a plan); a plan with a {@code reportingYear}
   * is an annual return mislabelled, and is reported as that, once; a report that cjoip wrote is
   * named as one. Nothing more can be said of a
   * document read as the wrong kind, so the reader stops there.
   *
   * @return whether the document is of the expected kind
   */
  static boolean check(Binding b, JsonNode root, DocumentKind expected) {
    if (!root.isObject()) {
      return true;
    }
    JsonNode declared = root.get(FIELD);
    String at = "/" + FIELD;
    if (declared == null || declared.isNull()) {
      String report = reportWritten(root);
      if (report != null) {
        // A report written beside the documents it was made from is met again by a later scan.
        b.error("", "this is " + report + ", not " + expected.article()
            + "; keep reports out of the folders cjoip reads");
        return false;
      }
      if (expected == ANNUAL_RETURN) {
        b.error("", "missing required field '" + FIELD + "' (" + ANNUAL_RETURN.value
            + "); a document without it is a plan");
        return false;
      }
      if (root.has("reportingYear")) {
        // A return that lost its first line would otherwise read as a plan of unknown fields.
        b.error("", "missing required field '" + FIELD + "': a document with a reportingYear"
            + " is an annual return, which says " + FIELD + ": " + ANNUAL_RETURN.value);
        return false;
      }
      return true;
    }
    for (DocumentKind kind : values()) {
      if (declared.isTextual() && declared.textValue().equals(kind.value)) {
        if (kind == expected && kind == PLAN && root.has("reportingYear")) {
          // An annual return mislabelled: its return fields would each be refused as unknown.
          b.error(at, "the document says " + FIELD + ": " + PLAN.value + " but has a"
              + " reportingYear, as an annual return does; if it is an annual return, write "
              + FIELD + ": " + ANNUAL_RETURN.value);
          return false;
        }
        if (kind == expected) {
          return true;
        }
        b.error(at, "the document is " + kind.article() + " (" + FIELD + ": " + kind.value
            + "), not " + expected.article() + "; read it as " + kind.article());
        return false;
      }
    }
    b.error(at, "expected " + PLAN.value + " or " + ANNUAL_RETURN.value + ", found "
        + (declared.isTextual() ? "'" + Printable.quote(declared.textValue()) + "'"
            : Binding.describe(declared)));
    return false;
  }

  /** The kind in words, with its article: "a plan", "an annual return". */
  public String article() {
    return this == PLAN ? "a plan" : "an annual return";
  }
}
