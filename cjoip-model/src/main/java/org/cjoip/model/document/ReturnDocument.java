package org.cjoip.model.document;

import java.util.List;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.immutables.value.Value;

/**
 * An annual return as read from a document: the return, where it came from, where each node
 * stood in the text (so findings on the return can be located) and the warnings the reader
 * raised.
 */
@Value.Immutable
public abstract non-sealed class ReturnDocument implements Document {

  public abstract AnnualReturn annualReturn();

  @Override
  public DocumentKind kind() {
    return DocumentKind.ANNUAL_RETURN;
  }

  @Override
  public abstract String source();

  @Override
  public abstract Format format();

  @Override
  @Value.Auxiliary
  public abstract SourceMap sourceMap();

  @Override
  public abstract List<Problem> warnings();

  /**
   * A return built in code: its source map holds the nodes the return's document form would
   * have, without text positions.
   */
  public static ReturnDocument of(AnnualReturn annualReturn, String source) {
    return builder()
        .annualReturn(annualReturn)
        .source(source)
        .format(Format.JSON)
        .sourceMap(PlanWriter.sourceMapOf(AnnualReturnWriter.toTree(annualReturn)))
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReturnDocument}. */
  public static class Builder extends ImmutableReturnDocument.Builder {}
}
