package org.cjoip.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cjoip.model.document.Frameworks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EditionTest {

  private static final Edition CJPF = Frameworks.bundled().get("cjpf-2023");
  private static final Edition OPIF = Frameworks.bundled().get("opif-2016");

  private static final String NO_OUTCOME_4 =
      "This priority action currently has no robust and measurable nationally determined"
          + " outcome. This will be considered as part of future development. Local evidence"
          + " can still be collected to support activity relating to this priority action.";

  // --- cjpf-2023 --------------------------------------------------------------------------

  @Test
  void cjpf_header() {
    assertThat(CJPF.title()).isEqualTo("Community Justice Performance Framework");
    assertThat(CJPF.publisher()).isEqualTo("Scottish Government");
    assertThat(CJPF.published()).isEqualTo(LocalDate.of(2023, 3, 31));
    assertThat(CJPF.inForce()).contains(LocalDate.of(2023, 4, 1));
    assertThat(CJPF.supersedes()).contains("opif-2016");
  }

  @Test
  void cjpf_fourAimsThirteenPriorityActions() {
    assertThat(CJPF.aims()).extracting(Aim::number).containsExactly(1, 2, 3, 4);
    assertThat(CJPF.priorityActions()).extracting(PriorityAction::number)
        .containsExactly(1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13);
    assertThat(CJPF.priorityActions()).extracting(PriorityAction::aim)
        .containsExactly(1, 1, 2, 2, 2, 2, 3, 3, 3, 3, 4, 4, 4);
    assertThat(CJPF.priorityActionsOf(3)).extracting(PriorityAction::number)
        .containsExactly(7, 8, 9, 10);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 | Optimise the use of diversion and intervention at the earliest opportunity.
          4 | Strengthen the leadership, engagement, and partnership working of local and \
          national community justice partners.
          """)
  void cjpf_aimWording(int number, String text) {
    assertThat(CJPF.aim(number).orElseThrow().text()).isEqualTo(text);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 | Enhance intervention at the earliest opportunity by ensuring greater consistency, \
          confidence in and awareness of services which support the use of direct measures and \
          diversion from prosecution.
          7 | Enhance individuals' access to health and social care and continuity of care \
          following release from prison by improving the sharing of information and \
          partnership-working between relevant partners.
          8 | Ensure that the housing needs of individuals in prison are addressed consistently \
          and at an early stage by fully implementing and embedding the Sustainable Housing on \
          Release for Everyone (SHORE) standards across all local authority areas.
          13 | Support integration and reduce stigma by ensuring the community and workforce \
          have an improved understanding of and confidence in community justice.
          """)
  void cjpf_priorityActionWording(int number, String text) {
    assertThat(CJPF.priorityAction(number).orElseThrow().text()).isEqualTo(text);
  }

  @Test
  void cjpf_nineOutcomesMappedToPriorityActions() {
    assertThat(CJPF.outcomes()).extracting(o -> o.priorityAction().orElseThrow())
        .containsExactly(1, 2, 3, 5, 7, 8, 9, 10, 13);
    assertThat(CJPF.outcomes()).extracting(NationalOutcome::id)
        .containsExactly("CJPF-O1", "CJPF-O2", "CJPF-O3", "CJPF-O5", "CJPF-O7", "CJPF-O8",
            "CJPF-O9", "CJPF-O10", "CJPF-O13");
    assertThat(CJPF.outcomes()).allSatisfy(o -> assertThat(o.category()).isEmpty());
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          1 | More people successfully complete diversion from prosecution
          5 | More people access services to support desistance and successfully complete \
          community sentences
          7 | More people have access to, and continuity of, health and social care following \
          release from a prison sentence
          13 | More people across the workforce and in the community understand, and have \
          confidence in, community justice
          """)
  void cjpf_outcomeWording(int priorityAction, String text) {
    assertThat(CJPF.outcomeFor(priorityAction).orElseThrow().text()).isEqualTo(text);
  }

  @Test
  void cjpf_actionsWithoutOutcome_haveTheFrameworksNote() {
    for (int pa : List.of(4, 6, 11, 12)) {
      assertThat(CJPF.outcomeFor(pa)).as("PA %d", pa).isEmpty();
      assertThat(CJPF.priorityAction(pa).orElseThrow().noOutcomeNote()).as("PA %d", pa)
          .hasValueSatisfying(n -> assertThat(n).endsWith("Local evidence can still be"
              + " collected to support activity relating to this priority action."));
    }
    assertThat(CJPF.priorityAction(4).orElseThrow().noOutcomeNote()).contains(NO_OUTCOME_4);
    assertThat(CJPF.priorityAction(6).orElseThrow().noOutcomeNote().orElseThrow())
        .startsWith("Achievement of this priority action will be tracked through the"
            + " implementation of the restorative justice action plan and other national"
            + " governance structures. ");
    List<Integer> withNote = new ArrayList<>();
    CJPF.priorityActions().forEach(
        p -> p.noOutcomeNote().ifPresent(n -> withNote.add(p.number())));
    assertThat(withNote).containsExactly(4, 6, 11, 12);
  }

  @Test
  void cjpf_measureCountsPerIndicator() {
    assertThat(CJPF.outcomes())
        .extracting(o -> o.indicator().orElseThrow().measures().size())
        .containsExactly(3, 1, 3, 2, 1, 1, 1, 1, 1);
    assertThat(CJPF.measures()).hasSize(14);
  }

  @Test
  void cjpf_measuresOfDiversionAndDesistance() {
    NationalIndicator dfp = CJPF.outcomeFor(1).orElseThrow().indicator().orElseThrow();
    assertThat(dfp.id()).isEqualTo("CJPF-I1");
    assertThat(dfp.text()).isEqualTo("Number of diversion from prosecution: assessments"
        + " undertaken; cases commenced; cases successfully completed");
    assertThat(dfp.measures())
        .extracting(Measure::id, Measure::text, Measure::unit)
        .containsExactly(
            tuple("CJPF-M1.1", "Number of diversion from prosecution assessments undertaken",
                Unit.COUNT),
            tuple("CJPF-M1.2", "Number of diversion from prosecution cases commenced",
                Unit.COUNT),
            tuple("CJPF-M1.3",
                "Number of diversion from prosecution cases successfully completed",
                Unit.COUNT));
    assertThat(CJPF.outcomeFor(5).orElseThrow().indicator().orElseThrow().measures())
        .extracting(Measure::text, Measure::unit)
        .containsExactly(
            tuple("Percentage of community payback orders successfully completed",
                Unit.PERCENT),
            tuple("Percentage of drug treatment and testing orders successfully completed",
                Unit.PERCENT));
  }

  @Test
  void cjpf_onlyHomelessApplicationsShouldFall() {
    assertThat(CJPF.measures())
        .filteredOn(m -> m.direction() == Direction.DECREASE)
        .extracting(Measure::id, Measure::text)
        .containsExactly(tuple("CJPF-M8.1", "Number of homeless applications where prison was"
            + " the property the main applicant became homeless from"));
    assertThat(CJPF.measures()).filteredOn(m -> m.direction() == Direction.INCREASE)
        .hasSize(13);
  }

  @Test
  void cjpf_unitsFollowTheIndicatorsWording() {
    assertThat(CJPF.measures())
        .allSatisfy(m -> assertThat(m.unit())
            .isEqualTo(m.text().startsWith("Percentage") ? Unit.PERCENT : Unit.COUNT));
  }

  @Test
  void cjpf_lookups() {
    assertThat(CJPF.outcome("CJPF-O10")).map(NationalOutcome::priorityAction)
        .contains(Optional.of(10));
    assertThat(CJPF.outcome("CJPF-O4")).isEmpty();
    assertThat(CJPF.measure("CJPF-M10.1")).map(Measure::text)
        .contains("Number of voluntary throughcare cases commenced");
    assertThat(CJPF.priorityAction(14)).isEmpty();
    assertThat(CJPF.outcomeFor(4)).isEmpty();
  }

  @Test
  void cjpf_evidenceItems_areReconstructionsFromPerth() {
    assertThat(CJPF.evidence()).hasSize(25);
    assertThat(CJPF.evidence()).allSatisfy(e -> {
      assertThat(e.provenance().reconstruction()).isTrue();
      assertThat(e.provenance().source()).isEqualTo("Perth and Kinross CJOIP 2023-2028");
      assertThat(e.provenance().location())
          .contains("Priority Action " + e.priorityAction() + ", Local Indicators");
      assertThat(e.provenance().note().orElseThrow())
          .startsWith("Reconstruction of the CJS Improvement Tool (2023) local evidence");
    });
    List<Integer> counts = new ArrayList<>();
    for (int pa = 1; pa <= 13; pa++) {
      counts.add(CJPF.evidenceFor(pa).size());
    }
    assertThat(counts).containsExactly(2, 2, 2, 0, 4, 0, 2, 3, 2, 4, 2, 0, 2);
    assertThat(CJPF.evidenceFor(1)).extracting(EvidenceItem::id, EvidenceItem::text)
        .containsExactly(
            tuple("CJPF-E1.1", "Mechanisms are in place to understand the views of people"
                + " undertaking DfP and are used to support improvement."),
            tuple("CJPF-E1.2", "Mechanisms are in place to understand the views of people"
                + " supporting the delivery of DfP and are used to support improvement"));
    assertThat(CJPF.evidenceFor(2)).extracting(EvidenceItem::text)
        .contains("Referral pathways and support are in place from police custody centre for"
            + " local population.");
  }

  @Test
  void cjpf_sixPointScale() {
    assertThat(CJPF.scale()).extracting(ScalePoint::value, ScalePoint::label)
        .containsExactly(
            tuple(6, "Excellent"), tuple(5, "Very good"), tuple(4, "Good"),
            tuple(3, "Adequate"), tuple(2, "Weak"), tuple(1, "Unsatisfactory"));
  }

  @Test
  void cjpf_tenthIndicatorIsAGapNotData() {
    assertThat(CJPF.notes()).first().asString()
        .startsWith("The framework has 10 national indicators")
        .contains("does not record it");
    assertThat(CJPF.outcomes()).extracting(o -> o.indicator().orElseThrow().id())
        .hasSize(9);
  }

  @Test
  void cjpf_everyItemHasProvenance() {
    assertProvenance(CJPF);
    assertThat(CJPF.outcomes()).allSatisfy(o -> assertThat(o.provenance().location())
        .contains("as reproduced in the Clackmannanshire CJOIP 2023-2028, Appendix 1, Table"
            + " of National Outcomes and Associated Indicators"));
    assertThat(CJPF.priorityActions()).allSatisfy(p -> assertThat(p.provenance().source())
        .isEqualTo("National Strategy for Community Justice (Scottish Government, June 2022)"));
  }

  // --- opif-2016 --------------------------------------------------------------------------

  @Test
  void opif_sevenOutcomesWithCategories() {
    assertThat(OPIF.aims()).isEmpty();
    assertThat(OPIF.priorityActions()).isEmpty();
    assertThat(OPIF.evidence()).isEmpty();
    assertThat(OPIF.outcomes())
        .extracting(NationalOutcome::id, o -> o.category().orElseThrow(),
            NationalOutcome::priorityAction)
        .containsExactly(
            tuple("OPIF-O1", OutcomeCategory.STRUCTURAL, Optional.empty()),
            tuple("OPIF-O2", OutcomeCategory.STRUCTURAL, Optional.empty()),
            tuple("OPIF-O3", OutcomeCategory.STRUCTURAL, Optional.empty()),
            tuple("OPIF-O4", OutcomeCategory.STRUCTURAL, Optional.empty()),
            tuple("OPIF-O5", OutcomeCategory.PERSON_CENTRED, Optional.empty()),
            tuple("OPIF-O6", OutcomeCategory.PERSON_CENTRED, Optional.empty()),
            tuple("OPIF-O7", OutcomeCategory.PERSON_CENTRED, Optional.empty()));
    assertThat(OPIF.measures()).isEmpty();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          OPIF-O1 | Communities improve their understanding and participation in community \
          justice
          OPIF-O3 | People have better access to the services that they require, including \
          welfare, health and wellbeing, housing and employability
          OPIF-O7 | Individuals' resilience and capacity for change and self-management are \
          enhanced
          """)
  void opif_outcomeWording(String id, String text) {
    assertThat(OPIF.outcome(id).orElseThrow().text()).isEqualTo(text);
  }

  @Test
  void opif_provenanceIsTheCjsAnnualReport() {
    assertProvenance(OPIF);
    assertThat(OPIF.outcomes()).allSatisfy(o -> assertThat(o.provenance().source())
        .isEqualTo("Community Justice Outcome Activity Annual Report 2021-22 (Community"
            + " Justice Scotland)"));
    assertThat(OPIF.publisher()).isEqualTo("Scottish Government");
    assertThat(OPIF.supersedes()).isEmpty();
  }

  // --- invariants -------------------------------------------------------------------------

  private static Provenance source() {
    return Provenance.builder().source("Test source").build();
  }

  private static Edition.Builder minimal() {
    return Edition.builder()
        .id("test-2024")
        .title("Test framework")
        .publisher("Test publisher")
        .published(LocalDate.of(2024, 1, 31))
        .provenance(source())
        .addAims(Aim.builder().number(1).text("Aim one").provenance(source()).build())
        .addPriorityActions(PriorityAction.builder().number(1).aim(1).text("Action one")
            .provenance(source()).build())
        .addOutcomes(NationalOutcome.builder().id("T-O1").priorityAction(1)
            .text("More people do one").provenance(source()).build());
  }

  @Test
  void build_priorityActionOfUnknownAim_namesTheField() {
    Edition.Builder b = minimal().addPriorityActions(PriorityAction.builder().number(2).aim(3)
        .text("Action two").provenance(source()).build());

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("priorityActions[1].aim: priority action 2 names aim 3, which this edition"
            + " does not have (its aims: 1)");
  }

  @Test
  void build_reportsEveryViolationInItsMessageCount() {
    Edition.Builder b = minimal()
        .id("Test 2024")
        .supersedes("test-2024")
        .inForce(LocalDate.of(2024, 1, 1))
        .addOutcomes(NationalOutcome.builder().id("T-O1").priorityAction(1).text("Again")
            .provenance(source()).build());

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("id: expected an edition id of lower-case letters and digits in words"
            + " joined by hyphens (such as 'cjpf-2023'), found 'Test 2024' (and 3 more)");
  }

  @Test
  void build_outcomeAndNoOutcomeNote_areExclusive() {
    Edition.Builder b = minimal().priorityActions(List.of(PriorityAction.builder().number(1)
        .aim(1).text("Action one").noOutcomeNote("None.").provenance(source()).build()));

    assertThatThrownBy(b::build)
        .hasMessage("priorityActions[0].noOutcomeNote: priority action 1 has a nationally"
            + " determined outcome (T-O1), so it cannot have a note saying it has none");
  }

  @Test
  void build_itemInvariants_nameTheField() {
    assertThatThrownBy(() -> Aim.builder().number(5).text("Aim").provenance(source()).build())
        .hasMessage("number: expected a whole number from 1 to 4, found 5");
    assertThatThrownBy(() -> ScalePoint.builder().value(2).label(" ").provenance(source())
        .build())
        .hasMessage("label: must not be blank");
    assertThatThrownBy(() -> NationalIndicator.builder().id("I").text("Number of things")
        .provenance(source()).build())
        .hasMessage("measures: an indicator has at least one measure");
  }

  @ParameterizedTest
  @CsvSource({
    "/priorityActions/3/aim, priorityActions[3].aim",
    "/outcomes/0/indicator/measures/1/id, outcomes[0].indicator.measures[1].id",
    "/notes/2, notes[2]",
    "/id, id"
  })
  void fieldPath_andPointer_areInverse(String pointer, String fieldPath) {
    assertThat(EditionChecks.fieldPath(pointer)).isEqualTo(fieldPath);
    assertThat(EditionChecks.pointer(fieldPath)).isEqualTo(pointer);
  }

  private static void assertProvenance(Edition e) {
    List<Provenance> all = new ArrayList<>();
    all.add(e.provenance());
    e.aims().forEach(a -> all.add(a.provenance()));
    e.priorityActions().forEach(p -> all.add(p.provenance()));
    for (NationalOutcome o : e.outcomes()) {
      all.add(o.provenance());
      o.indicator().ifPresent(i -> {
        all.add(i.provenance());
        i.measures().forEach(m -> all.add(m.provenance()));
      });
    }
    e.evidence().forEach(i -> all.add(i.provenance()));
    e.scale().forEach(s -> all.add(s.provenance()));
    assertThat(all).allSatisfy(p -> assertThat(p.source()).isNotBlank());
    assertThat(all).filteredOn(p -> p.location().isEmpty())
        .allSatisfy(p -> assertThat(p.source()).startsWith("Care Inspectorate"));
  }
}
