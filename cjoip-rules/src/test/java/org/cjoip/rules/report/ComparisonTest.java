package org.cjoip.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.EditionWriter;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;
import org.cjoip.rules.checks.RuleTesting;
import org.junit.jupiter.api.Test;

final class ComparisonTest {

  private static final String D = "/priorityActions/1/deliverables/0";

  private static Plan noOwner() {
    return RuleTesting.withDeliverable(2, d -> Deliverable.builder().from(d)
        .owners(List.of()).build());
  }

  @Test
  void of_sameAssessmentHasNoChanges() {
    Assessment a = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);

    Comparison c = Comparison.of(a, a);

    assertThat(c.isEmpty()).isTrue();
    assertThat(c.madeDifferently()).isEmpty();
    assertThat(c.toText()).isEqualTo("0 appeared, 0 disappeared, 0 changed severity\n");
  }

  @Test
  void of_findingThatAppearedAndDisappeared() {
    Assessment good = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);
    Assessment bad = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);

    Comparison worse = Comparison.of(good, bad);
    Comparison better = Comparison.of(bad, good);

    assertThat(worse.appeared())
        .extracting(Finding::ruleId, Finding::path, Finding::severity)
        .containsExactly(tuple("CJ-DEL-001", D, Severity.ERROR));
    assertThat(worse.disappeared()).isEmpty();
    assertThat(worse.worsenedTo(Severity.ERROR)).isTrue();
    assertThat(better.disappeared()).extracting(Finding::ruleId).containsExactly("CJ-DEL-001");
    assertThat(better.worsenedTo(Severity.INFO)).isFalse();
    assertThat(worse.toText()).isEqualTo("Appeared (1):\n"
        + "  + ERROR   CJ-DEL-001  " + D + "  " + bad.findings().get(0).message() + "\n"
        + "1 appeared, 0 disappeared, 0 changed severity\n");
  }

  @Test
  void of_editionOfTheSameIdWithOtherContentIsADifference() {
    Edition bundled = Frameworks.bundled().get("cjpf-2023");
    Edition retitled = Edition.builder().from(bundled).title("Community Justice Performance"
        + " Framework, revised").build();
    Assessment before = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);
    Assessment after = Assessor.builder().edition(retitled).build()
        .assess(noOwner(), RuleTesting.AS_OF);

    Comparison c = Comparison.of(before, after);

    assertThat(c.madeDifferently()).containsExactly("framework edition content: sha256:"
        + before.editionSha256().orElseThrow().substring(0, 12) + " → sha256:"
        + EditionWriter.sha256(retitled).substring(0, 12));
    assertThat(before.editionSha256()).contains(EditionWriter.sha256(bundled));
  }

  @Test
  void toText_escapesTheControlCharactersOfAReport() {
    Assessment good = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);
    Assessment bad = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);
    Finding f = bad.findings().get(0);
    Assessment hostile = Assessment.builder().from(bad).findings(List.of(Finding.builder()
        .from(f).message("\u001b]0;owned\u0007\u009b2J").build())).build();

    assertThat(Comparison.of(good, hostile).toText()).contains(
        "  + ERROR   CJ-DEL-001  " + D + "  \\u001b]0;owned\\u0007\\u009b2J\n");
  }

  @Test
  void of_severityChangeAndHowTheyWereMadeDifferently() {
    Assessment before = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);
    Assessment after = Assessor.builder().severity("CJ-DEL-001", Severity.WARNING).build()
        .assess(noOwner(), LocalDate.of(2025, 6, 1));

    Comparison c = Comparison.of(before, after);

    assertThat(c.appeared()).isEmpty();
    assertThat(c.severityChanged())
        .extracting(s -> s.before().severity(), s -> s.after().severity(), s -> s.after().path())
        .containsExactly(tuple(Severity.ERROR, Severity.WARNING, D));
    assertThat(c.madeDifferently()).containsExactly("as of: 2025-04-01 → 2025-06-01");
    // Lowered, so nothing got worse.
    assertThat(c.worsenedTo(Severity.WARNING)).isFalse();
    assertThat(Comparison.of(after, before).worsenedTo(Severity.ERROR)).isTrue();
  }

  @Test
  void toJson_listsEachKindOfChange() {
    Assessment good = Assessor.standard().assess(RuleTesting.good(), RuleTesting.AS_OF);
    Assessment bad = Assessor.standard().assess(noOwner(), RuleTesting.AS_OF);

    assertThat(Comparison.of(good, bad).toJson()).isEqualTo("{\n"
        + "  \"madeDifferently\" : [ ],\n"
        + "  \"appeared\" : [ {\n"
        + "    \"ruleId\" : \"CJ-DEL-001\",\n"
        + "    \"severity\" : \"ERROR\",\n"
        + "    \"path\" : \"" + D + "\",\n"
        + "    \"message\" : \"" + bad.findings().get(0).message() + "\"\n"
        + "  } ],\n"
        + "  \"disappeared\" : [ ],\n"
        + "  \"severityChanged\" : [ ]\n"
        + "}\n");
  }
}
