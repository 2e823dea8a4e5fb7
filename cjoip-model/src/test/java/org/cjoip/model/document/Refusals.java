package org.cjoip.model.document;

import java.util.List;

/** The problems a read that must fail reports, each as a user sees it. */
public final class Refusals {

  private Refusals() {}

  /** A read that throws {@link DocumentException} when it refuses its document. */
  public interface Read {
    void run() throws DocumentException;
  }

  /** Each problem of the refused read, described ({@link Problem#describe()}), in order. */
  public static List<String> of(Read read) {
    try {
      read.run();
    } catch (DocumentException e) {
      return e.problems().stream().map(Problem::describe).toList();
    }
    throw new AssertionError("expected a DocumentException");
  }
}
