package org.cjoip.model.document;

import java.util.List;
import org.cjoip.model.plan.Plan;
import org.immutables.value.Value;

/**
 * A plan as read from a document: the plan, where it came from, where each node stood in the
 * text (so findings can be located) and the warnings the reader raised in lenient mode.
 */
@Value.Immutable
public abstract non-sealed class PlanDocument implements Document {

  public abstract Plan plan();

  @Override
  public DocumentKind kind() {
    return DocumentKind.PLAN;
  }

  /** The document's name as the caller gave it. */
  @Override
  public abstract String source();

  @Override
  public abstract Format format();

  @Override
  @Value.Auxiliary
  public abstract SourceMap sourceMap();

  /** Problems that did not stop the document being read. */
  @Override
  public abstract List<Problem> warnings();

  /**
   * A plan built in code: its source map holds the nodes the plan's document form would have,
   * without text positions.
   */
  public static PlanDocument of(Plan plan, String source) {
    return builder()
        .plan(plan)
        .source(source)
        .format(Format.JSON)
        .sourceMap(PlanWriter.sourceMapOf(plan))
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PlanDocument}. */
  public static class Builder extends ImmutablePlanDocument.Builder {}
}
