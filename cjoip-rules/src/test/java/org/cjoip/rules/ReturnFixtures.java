package org.cjoip.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import org.cjoip.model.document.AnnualReturnReader;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.ReturnDocument;

/**
 * The fictional Testshire plan and its returns, for the tests of annual returns: {@code
 * plan.yaml}, and {@code good-2023-24.yaml}, a return that is complete and correct against it.
 */
public final class ReturnFixtures {

  /** The good return for 2023/24. */
  public static final String GOOD = resource("good-2023-24.yaml");

  /** The good return moved on a year: what a complete 2024/25 return of the plan says. */
  public static final String NEXT = GOOD.replace("2023/24", "2024/25")
      .replace("2024-09-20", "2025-09-20").replace("2024-09-27", "2025-09-27")
      .replace("2024-10-31", "2025-10-31")
      .replace("      - id: \"1.2\"\n        status: IN_PROGRESS\n",
          "      - id: \"1.2\"\n        status: COMPLETE\n        completed: 2025-03-01\n");

  private ReturnFixtures() {}

  public static String resource(String name) {
    try (InputStream in = ReturnFixtures.class.getResourceAsStream(
        "/org/cjoip/rules/returns/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static PlanDocument plan() {
    return plan(resource("plan.yaml"));
  }

  public static PlanDocument plan(String text) {
    try {
      return PlanReader.standard().read(text, "plan.yaml");
    } catch (DocumentException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }

  public static ReturnDocument annualReturn(String text, String name) {
    try {
      return AnnualReturnReader.standard().read(text, name);
    } catch (DocumentException e) {
      throw new AssertionError(e.getMessage(), e);
    }
  }
}
