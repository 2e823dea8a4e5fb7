package org.cjoip.model.document;

import java.util.List;

/**
 * A document as read: a {@link PlanDocument} or a {@link ReturnDocument}, with where it came
 * from, where each node stood in its text and the warnings the reader raised. Which one it is
 * the document itself says ({@link DocumentKind}).
 */
public sealed interface Document permits PlanDocument, ReturnDocument {

  DocumentKind kind();

  /** The document's name as the caller gave it. */
  String source();

  Format format();

  /** Where each node stood in the document's text, so findings can be located. */
  SourceMap sourceMap();

  /** Problems that did not stop the document being read. */
  List<Problem> warnings();
}
