package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.PlanReference;
import org.cjoip.model.annualreturn.ReturnArbitraries;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.rules.report.AssessmentJson;

/**
 * Any well-formed return, however wrong, is checked against its plan without failing: its
 * findings are the ANN rules', with distinct keys, the same on every run, and they survive
 * the JSON report.
 */
final class ReturnAssessmentProperties {

  private static final PlanDocument PLAN = ReturnFixtures.plan();
  private static final Assessor ASSESSOR = Assessor.standard();
  private static final LocalDate AS_OF = LocalDate.of(2025, 1, 15);

  @Provide
  Arbitrary<AnnualReturn> returns() {
    return ReturnArbitraries.annualReturns();
  }

  @Property(tries = 40)
  void assess_anyReturn_givesDistinctAnnFindingsTheSameEachTime(
      @ForAll("returns") AnnualReturn r) {
    ReturnDocument doc = ReturnDocument.of(r, "r.json");

    Assessment a = ASSESSOR.assess(doc, PLAN, List.of(), AS_OF);

    assertThat(a.findings()).allSatisfy(f -> assertThat(f.ruleId()).startsWith("CJ-ANN-"));
    assertThat(a.findings()).extracting(Finding::key).doesNotHaveDuplicates();
    assertThat(a.findings()).isSortedAccordingTo(Finding.ORDER);
    assertThat(ASSESSOR.assess(doc, PLAN, List.of(), AS_OF)).isEqualTo(a);
    assertThat(AssessmentJson.read(AssessmentJson.write(a))).isEqualTo(a);
  }

  @Property(tries = 25)
  void assess_anyReturnWithAnEarlierOne_givesTheSameAsTheOtherOrderOfInput(
      @ForAll("returns") AnnualReturn earlier, @ForAll("returns") AnnualReturn later) {
    // Earlier returns are the plan's own: another plan's are refused as history.
    PlanReference plan = PlanReference.builder().title(PLAN.plan().title())
        .period(PLAN.plan().period()).build();
    AnnualReturn before = AnnualReturn.builder().from(earlier).plan(plan)
        .reportingYear(later.reportingYear().previous()).build();
    AnnualReturn longBefore = AnnualReturn.builder().from(earlier).plan(plan)
        .reportingYear(later.reportingYear().previous().previous()).build();
    ReturnDocument checked = ReturnDocument.of(later, "later.json");
    List<ReturnDocument> history = List.of(ReturnDocument.of(before, "before.json"),
        ReturnDocument.of(longBefore, "long-before.json"));

    Assessment a = ASSESSOR.assess(checked, PLAN, history, AS_OF);

    assertThat(ASSESSOR.assess(checked, PLAN, List.of(history.get(1), history.get(0)), AS_OF).findings())
        .isEqualTo(a.findings());
    assertThat(a.annualReturn().orElseThrow().earlierSources())
        .containsExactly("long-before.json", "before.json");
  }
}
