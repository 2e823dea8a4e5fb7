package org.cjoip.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.cjoip.model.framework.EditionChange.Element.AIM;
import static org.cjoip.model.framework.EditionChange.Element.EVIDENCE;
import static org.cjoip.model.framework.EditionChange.Element.INDICATOR;
import static org.cjoip.model.framework.EditionChange.Element.MEASURE;
import static org.cjoip.model.framework.EditionChange.Element.OUTCOME;
import static org.cjoip.model.framework.EditionChange.Element.PRIORITY_ACTION;
import static org.cjoip.model.framework.EditionChange.Element.REPORTING;
import static org.cjoip.model.framework.EditionChange.Kind.ADDED;
import static org.cjoip.model.framework.EditionChange.Kind.CHANGED;
import static org.cjoip.model.framework.EditionChange.Kind.MOVED;
import static org.cjoip.model.framework.EditionChange.Kind.REMOVED;
import static org.cjoip.model.framework.EditionChange.Kind.REWORDED;

import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.Frameworks;
import org.junit.jupiter.api.Test;

final class EditionDiffTest {

  private static final Edition CJPF = Frameworks.bundled().get("cjpf-2023");
  private static final Edition OPIF = Frameworks.bundled().get("opif-2016");

  /** The test-only revision of cjpf-2023 (see the fixture's provenance). */
  static Edition revised() throws Exception {
    try (InputStream in = EditionDiffTest.class.getResourceAsStream("cjpf-2023-revised.json")) {
      return Frameworks.read(in, "cjpf-2023-revised.json");
    }
  }

  private static Edition withOutcomes(Edition e, List<NationalOutcome> outcomes) {
    return Edition.builder().from(e).id(e.id() + "-changed").outcomes(outcomes).build();
  }

  @Test
  void between_sameEditionHasNoChanges() {
    EditionDiff diff = EditionDiff.between(CJPF, CJPF);

    assertThat(diff.isEmpty()).isTrue();
    assertThat(diff.describe()).isEqualTo("cjpf-2023 → cjpf-2023: no changes\n");
  }

  @Test
  void between_revisedFixtureIsExact() throws Exception {
    EditionDiff diff = EditionDiff.between(CJPF, revised());

    assertThat(diff.changes())
        .extracting(EditionChange::element, EditionChange::kind, EditionChange::id)
        .containsExactly(
            tuple(OUTCOME, ADDED, "CJPF-O4"),
            tuple(INDICATOR, REWORDED, "CJPF-I2"),
            tuple(INDICATOR, ADDED, "CJPF-I4"),
            tuple(INDICATOR, REMOVED, "CJPF-I13"),
            tuple(MEASURE, ADDED, "CJPF-M4.1"),
            tuple(MEASURE, REMOVED, "CJPF-M13.1"),
            tuple(EVIDENCE, MOVED, "CJPF-E3.2"),
            tuple(REPORTING, CHANGED, "disclosure"),
            tuple(REPORTING, CHANGED, "returnToCjs"));
    assertThat(diff.describe()).isEqualTo(String.join("\n",
        "cjpf-2023 → cjpf-2023-revised: 9 changes",
        "  added outcome CJPF-O4 (priority action 4): \"More people are supported in the"
            + " community through electronic monitoring\"",
        "  reworded indicator CJPF-I2: \"Number of referrals from custody centres\" → \"Number"
            + " of referrals for support from police custody centres\" (similarity 0.71)",
        "  added indicator CJPF-I4 (outcome CJPF-O4): \"Number of electronic monitoring orders"
            + " commenced\"",
        "  removed indicator CJPF-I13 (outcome CJPF-O13): \"" + CJPF.outcome("CJPF-O13")
            .orElseThrow().indicator().orElseThrow().text() + "\"",
        "  added measure CJPF-M4.1 (indicator CJPF-I4): \"Number of electronic monitoring"
            + " orders commenced\"",
        "  removed measure CJPF-M13.1 (indicator CJPF-I13): \"" + CJPF.outcome("CJPF-O13")
            .orElseThrow().indicator().orElseThrow().measures().get(0).text() + "\"",
        "  moved evidence CJPF-E3.2: priority action 3 → priority action 4",
        "  changed reporting calendar disclosure: counts from 1 to 4 suppressed (threshold 5)"
            + " → counts from 1 to 9 suppressed (threshold 10)",
        "  changed reporting calendar returnToCjs: the 30 September after the reporting year"
            + " (practice) → the 31 October after the reporting year (practice)",
        ""));
  }

  @Test
  void between_outcomeMovedToAnotherPriorityAction() {
    List<NationalOutcome> outcomes = CJPF.outcomes().stream()
        .map(o -> o.id().equals("CJPF-O8")
            ? NationalOutcome.builder().from(o).priorityAction(6).build() : o)
        .toList();

    // Priority action 6 loses its note that it has no outcome.
    Edition moved = Edition.builder().from(CJPF).id("cjpf-2023-moved").outcomes(outcomes)
        .priorityActions(CJPF.priorityActions().stream()
            .map(p -> p.number() == 6
                ? PriorityAction.builder().from(p).noOutcomeNote(Optional.empty()).build() : p)
            .toList())
        .build();

    EditionDiff diff = EditionDiff.between(CJPF, moved);

    assertThat(diff.changes())
        .extracting(EditionChange::kind, EditionChange::id, EditionChange::oldParent,
            EditionChange::newParent)
        .containsExactly(tuple(MOVED, "CJPF-O8", Optional.of("priority action 8"),
            Optional.of("priority action 6")));
  }

  @Test
  void between_renumberedOutcomeWithTheSameWordsIsPairedByWording() {
    List<NationalOutcome> outcomes = CJPF.outcomes().stream()
        .map(o -> o.id().equals("CJPF-O9")
            ? NationalOutcome.builder().from(o).id("CJPF-O9A").build() : o)
        .toList();

    EditionDiff diff = EditionDiff.between(CJPF, withOutcomes(CJPF, outcomes));

    assertThat(diff.changes())
        .extracting(EditionChange::kind, EditionChange::before, EditionChange::after,
            EditionChange::similarity)
        .containsExactly(tuple(REWORDED, Optional.of("CJPF-O9"), Optional.of("CJPF-O9A"),
            Optional.of(1.0)));
  }

  @Test
  void between_caseAndPunctuationAreNotRewording() {
    List<NationalOutcome> outcomes = CJPF.outcomes().stream()
        .map(o -> o.id().equals("CJPF-O1")
            ? NationalOutcome.builder().from(o).text(o.text().toUpperCase() + ".").build() : o)
        .toList();

    assertThat(EditionDiff.between(CJPF, withOutcomes(CJPF, outcomes)).isEmpty()).isTrue();
  }

  @Test
  void between_opifToCjpfReplacesEverything() {
    EditionDiff diff = EditionDiff.between(OPIF, CJPF);

    assertThat(diff.changesTo(AIM)).hasSize(4).allMatch(c -> c.kind() == ADDED);
    assertThat(diff.changesTo(PRIORITY_ACTION)).hasSize(13).allMatch(c -> c.kind() == ADDED);
    assertThat(diff.changesTo(OUTCOME))
        .extracting(EditionChange::kind, EditionChange::id)
        .containsExactly(
            tuple(ADDED, "CJPF-O1"), tuple(ADDED, "CJPF-O2"), tuple(ADDED, "CJPF-O3"),
            tuple(ADDED, "CJPF-O5"), tuple(ADDED, "CJPF-O7"), tuple(ADDED, "CJPF-O8"),
            tuple(ADDED, "CJPF-O9"), tuple(ADDED, "CJPF-O10"),
            // The 2016 outcome on communities' understanding of community justice is the
            // ancestor of the 2023 outcome on understanding and confidence.
            tuple(REWORDED, "CJPF-O13"), tuple(MOVED, "CJPF-O13"),
            tuple(REMOVED, "OPIF-O2"), tuple(REMOVED, "OPIF-O3"),
            tuple(REMOVED, "OPIF-O4"), tuple(REMOVED, "OPIF-O5"), tuple(REMOVED, "OPIF-O6"),
            tuple(REMOVED, "OPIF-O7"));
    assertThat(diff.changesTo(OUTCOME).get(8).describe())
        .isEqualTo("reworded outcome CJPF-O13 (was OPIF-O1): \"Communities improve their"
            + " understanding and participation in community justice\" → \"More people across"
            + " the workforce and in the community understand, and have confidence in, community"
            + " justice\" (similarity 0.49)");
    assertThat(diff.changesTo(OUTCOME).get(9).describe())
        .isEqualTo("moved outcome CJPF-O13: nothing → priority action 13");
    assertThat(diff.changesTo(INDICATOR)).hasSize(9).allMatch(c -> c.kind() == ADDED);
    assertThat(diff.changesTo(EVIDENCE)).hasSize(CJPF.evidence().size())
        .allMatch(c -> c.kind() == ADDED);
    // Both editions publish by 31 December; the 2023 one adds the return date and threshold.
    assertThat(diff.changesTo(REPORTING))
        .extracting(EditionChange::kind, EditionChange::id, EditionChange::newText)
        .containsExactly(
            tuple(ADDED, "disclosure",
                Optional.of("counts from 1 to 4 suppressed (threshold 5)")),
            tuple(ADDED, "returnToCjs",
                Optional.of("the 30 September after the reporting year (practice)")));
  }

  @Test
  void between_calendarRemovedThenGivenAnotherDay() {
    Edition none = Edition.builder().from(CJPF).id("cjpf-2023-none")
        .reporting(Optional.empty()).build();
    ReportingCalendar calendar = CJPF.reporting().orElseThrow();
    Edition january = Edition.builder().from(CJPF).id("cjpf-2023-january")
        .reporting(ReportingCalendar.builder().from(calendar)
            .publication(AnnualDeadline.builder().from(calendar.publication()).month(1).build())
            .build())
        .build();

    assertThat(EditionDiff.between(CJPF, none).changes())
        .extracting(EditionChange::kind, EditionChange::before, EditionChange::after)
        .containsExactly(
            tuple(REMOVED, Optional.of("disclosure"), Optional.empty()),
            tuple(REMOVED, Optional.of("publication"), Optional.empty()),
            tuple(REMOVED, Optional.of("returnToCjs"), Optional.empty()));
    assertThat(EditionDiff.between(CJPF, january).describe()).isEqualTo(
        "cjpf-2023 → cjpf-2023-january: 1 change\n"
            + "  changed reporting calendar publication: the 31 December after the reporting year"
            + " → the 31 January after the reporting year\n");
  }

  @Test
  void compareIds_numbersCompareAsNumbers() {
    List<String> ids = new java.util.ArrayList<>(
        List.of("CJPF-M10.1", "CJPF-M2.1", "CJPF-M2.10", "CJPF-M2.2", "A007", "A7x"));
    ids.sort(EditionDiff::compareIds);

    assertThat(ids)
        .containsExactly("A007", "A7x", "CJPF-M2.1", "CJPF-M2.2", "CJPF-M2.10", "CJPF-M10.1");
  }
}
