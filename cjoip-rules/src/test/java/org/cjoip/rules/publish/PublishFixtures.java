package org.cjoip.rules.publish;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.ReturnFixtures;

/**
 * The fictional Testshire plan with figures for two of its indicators, its good return for
 * 2023/24 as the year before, and {@code testshire-2024-25.yaml}, the return the published
 * report is made of.
 */
public final class PublishFixtures {

  /** The day the return is checked as of. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 11, 1);

  /** The plan's indicators with figures, added to the Testshire plan. */
  public static final String INDICATORS = """
      indicators:
        - name: Number of diversion from prosecution cases commenced
          priorityAction: 1
          national: true
          unit: COUNT
          baseline: { period: 2021/22, value: 60 }
          target: { direction: INCREASE, value: 100, period: 2027/28 }
        - name: Residents who feel safe walking alone after dark
          national: false
          unit: PERCENT
          baseline: { period: 2022/23, text: About two in three }
          target: { text: To rise year by year }
          results: [ { period: 2023/24, value: 71 } ]
      """;

  private PublishFixtures() {}

  public static PlanDocument plan() {
    return ReturnFixtures.plan(ReturnFixtures.resource("plan.yaml") + INDICATORS);
  }

  public static ReturnDocument earlier() {
    return ReturnFixtures.annualReturn(ReturnFixtures.GOOD, "testshire-2023-24.yaml");
  }

  public static ReturnDocument checked() {
    return checked(text());
  }

  public static ReturnDocument checked(String text) {
    return ReturnFixtures.annualReturn(text, "testshire-2024-25.yaml");
  }

  /** The text of the 2024/25 return. */
  public static String text() {
    try (var in = PublishFixtures.class.getResourceAsStream(
        "/org/cjoip/rules/publish/testshire-2024-25.yaml")) {
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** The report of a return against the plan, with the 2023/24 return as the year before. */
  public static PublishedReport report(ReturnDocument checked) {
    PlanDocument plan = plan();
    List<ReturnDocument> earlier = List.of(earlier());
    Assessment a = Assessor.standard().assess(checked, plan, earlier, AS_OF);
    return PublishedReport.of(checked, earlier, a);
  }

  public static PublishedReport report() {
    return report(checked());
  }
}
