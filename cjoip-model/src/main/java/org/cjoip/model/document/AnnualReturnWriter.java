package org.cjoip.model.document;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.annualreturn.ActionReport;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.OutcomeReport;
import org.cjoip.model.annualreturn.Progress;
import org.cjoip.model.annualreturn.Result;

/**
 * Writes annual returns as format version 1 documents, in the field order of the format's
 * description, {@code document: annual-return} at the top. An absent value, an empty list and
 * {@code suppressed: false} are left out, so reading what was written gives back an equal
 * return. Thread-safe.
 */
public final class AnnualReturnWriter {

  private AnnualReturnWriter() {}

  /** The return as a JSON document, ending in a newline. */
  public static String toJson(AnnualReturn annualReturn) {
    return PlanWriter.text(PlanWriter.JSON, toTree(annualReturn));
  }

  /** The return as a YAML document. */
  public static String toYaml(AnnualReturn annualReturn) {
    return PlanWriter.text(PlanWriter.YAML, toTree(annualReturn));
  }

  /** The return in the given text format; an annual return has no workbook form. */
  public static String write(AnnualReturn annualReturn, Format format) {
    return switch (format) {
      case JSON -> toJson(annualReturn);
      case YAML -> toYaml(annualReturn);
      case XLSX -> throw new IllegalArgumentException(
          "an annual return is written as JSON or YAML; it has no workbook form");
    };
  }

  /** The return as a document tree. */
  public static ObjectNode toTree(AnnualReturn annualReturn) {
    return PlanWriter.tree(g -> write(annualReturn, g));
  }

  /** Writes the return's document to a generator as it goes, in the field order of the format. */
  public static void write(AnnualReturn r, JsonGenerator g) throws IOException {
    g.writeStartObject();
    g.writeNumberField("formatVersion", AnnualReturn.FORMAT_VERSION);
    g.writeStringField(DocumentKind.FIELD, DocumentKind.ANNUAL_RETURN.value());
    g.writeStringField("title", r.title());
    g.writeStringField("framework", r.framework());
    g.writeStringField("reportingYear", r.reportingYear().toString());
    g.writeObjectFieldStart("plan");
    g.writeStringField("title", r.plan().title());
    PlanWriter.period(g, r.plan().period());
    g.writeEndObject();
    PlanWriter.partnership(g, r.partnership());
    if (r.signOff().isPresent()) {
      g.writeObjectFieldStart("signOff");
      g.writeStringField("by", r.signOff().get().by());
      PlanWriter.put(g, "date", r.signOff().get().date().map(Object::toString));
      g.writeEndObject();
    }
    PlanWriter.put(g, "submitted", r.submitted().map(Object::toString));
    if (r.published().isPresent()) {
      g.writeObjectFieldStart("published");
      g.writeStringField("date", r.published().get().date().toString());
      PlanWriter.put(g, "where", r.published().get().where());
      g.writeEndObject();
    }
    PlanWriter.put(g, "consultation", r.consultation());
    PlanWriter.put(g, "governance", r.governance());
    if (!r.priorityActions().isEmpty()) {
      g.writeArrayFieldStart("priorityActions");
      for (ActionReport pa : r.priorityActions()) {
        action(g, pa);
      }
      g.writeEndArray();
    }
    if (!r.outcomes().isEmpty()) {
      g.writeArrayFieldStart("outcomes");
      for (OutcomeReport o : r.outcomes()) {
        g.writeStartObject();
        g.writeStringField("outcome", o.outcome());
        PlanWriter.put(g, "actionTaken", o.actionTaken());
        progress(g, o.deliverables());
        results(g, o.results());
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    PlanWriter.texts(g, "achievements", r.achievements());
    PlanWriter.texts(g, "challenges", r.challenges());
    PlanWriter.texts(g, "nextSteps", r.nextSteps());
    g.writeEndObject();
  }

  private static void action(JsonGenerator g, ActionReport pa) throws IOException {
    g.writeStartObject();
    g.writeNumberField("number", pa.number());
    PlanWriter.put(g, "actionTaken", pa.actionTaken());
    if (pa.selfEvaluation().isPresent()) {
      g.writeObjectFieldStart("selfEvaluation");
      g.writeNumberField("score", pa.selfEvaluation().get().score());
      PlanWriter.texts(g, "evidence", pa.selfEvaluation().get().evidence());
      g.writeEndObject();
    }
    progress(g, pa.deliverables());
    results(g, pa.results());
    g.writeEndObject();
  }

  private static void progress(JsonGenerator g, List<Progress> entries) throws IOException {
    if (entries.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("deliverables");
    for (Progress p : entries) {
      g.writeStartObject();
      g.writeStringField("id", p.id());
      PlanWriter.put(g, "status", p.status().map(Enum::name));
      PlanWriter.put(g, "completed", p.completed().map(Object::toString));
      PlanWriter.put(g, "progress", p.progress());
      PlanWriter.put(g, "revisedDue", p.revisedDue().map(Object::toString));
      PlanWriter.put(g, "revisionReason", p.revisionReason());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void results(JsonGenerator g, List<Result> results) throws IOException {
    if (results.isEmpty()) {
      return;
    }
    g.writeArrayFieldStart("results");
    for (Result r : results) {
      g.writeStartObject();
      g.writeStringField("indicator", r.indicator());
      number(g, "value", r.value());
      PlanWriter.put(g, "unit", r.unit().map(Enum::name));
      number(g, "numerator", r.numerator());
      number(g, "denominator", r.denominator());
      PlanWriter.put(g, "source", r.source());
      if (r.suppressed()) {
        g.writeBooleanField("suppressed", true);
      }
      PlanWriter.put(g, "unavailable", r.unavailable());
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private static void number(JsonGenerator g, String name, Optional<BigDecimal> value)
      throws IOException {
    if (value.isPresent()) {
      g.writeNumberField(name, value.get());
    }
  }
}
