package org.cjoip.model.framework;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Each invariant of an edition, broken alone, is reported at its field with its reason. */
final class EditionChecksTest {

  private static Provenance source() {
    return Provenance.builder().source("Test source").build();
  }

  private static Measure measure(String id) {
    return Measure.builder().id(id).text("Number of things").unit(Unit.COUNT)
        .direction(Direction.INCREASE).provenance(source()).build();
  }

  private static NationalOutcome outcome(String id, int priorityAction) {
    return NationalOutcome.builder().id(id).priorityAction(priorityAction)
        .text("More people do " + id).provenance(source()).build();
  }

  private static EvidenceItem evidence(String id, int priorityAction) {
    return EvidenceItem.builder().id(id).priorityAction(priorityAction).text("Evidence " + id)
        .provenance(source()).build();
  }

  private static ScalePoint point(int value) {
    return ScalePoint.builder().value(value).label("Point " + value).provenance(source())
        .build();
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
        .addOutcomes(outcome("T-O1", 1));
  }

  static Stream<Arguments> violations() {
    return Stream.of(
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.title(" "),
            "title: must not be blank"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.publisher(""),
            "publisher: must not be blank"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.inForce(LocalDate.of(2024, 1, 30)),
            "inForce: the edition comes into force (2024-01-30) before it is published"
                + " (2024-01-31)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.supersedes("test-2024"),
            "supersedes: an edition cannot supersede itself"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.supersedes("Old 2016"),
            "supersedes: expected an edition id of lower-case letters and digits in words"
                + " joined by hyphens, found 'Old 2016'"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.addAims(Aim.builder().number(1)
                .text("Aim one again").provenance(source()).build()),
            "aims[1].number: aim 1 is given twice (first at /aims/0)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.addPriorityActions(
                PriorityAction.builder().number(1).aim(1).text("Again").provenance(source())
                    .build()),
            "priorityActions[1].number: priority action 1 is given twice (first at"
                + " /priorityActions/0)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.outcomes(List.of()),
            "outcomes: an edition has at least one national outcome"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.addOutcomes(outcome("T-O2", 2)),
            "outcomes[1].priorityAction: outcome T-O2 names priority action 2, which this"
                + " edition does not have (its priority actions: 1)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.addOutcomes(outcome("T-O2", 1)),
            "outcomes[1].priorityAction: priority action 1 already has an outcome (at"
                + " /outcomes/0); a priority action has at most one"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.outcomes(List.of(
                NationalOutcome.builder().from(outcome("T-O1", 1)).indicator(
                    NationalIndicator.builder().id("T-O1").text("Things")
                        .addMeasures(measure("T-M1")).provenance(source()).build()).build())),
            "outcomes[0].indicator.id: id 'T-O1' is used twice (first at /outcomes/0/id)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.outcomes(List.of(
                NationalOutcome.builder().from(outcome("T-O1", 1)).indicator(
                    NationalIndicator.builder().id("T-I1").text("Things")
                        .addMeasures(measure("T-M1"), measure("T-O1")).provenance(source())
                        .build()).build())),
            "outcomes[0].indicator.measures[1].id: id 'T-O1' is used twice (first at"
                + " /outcomes/0/id)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.addEvidence(evidence("T-O1", 1)),
            "evidence[0].id: id 'T-O1' is used twice (first at /outcomes/0/id)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.addEvidence(evidence("T-E1", 7)),
            "evidence[0].priorityAction: evidence item T-E1 names priority action 7, which"
                + " this edition does not have (its priority actions: 1)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.addScale(point(2), point(2)),
            "scale[1].value: scale point 2 is given twice (first at /scale/0)"),
        Arguments.of((UnaryOperator<Edition.Builder>) b -> b.addNotes("A note", " "),
            "notes[1]: must not be blank"));
  }

  @ParameterizedTest
  @MethodSource("violations")
  void build_oneBrokenInvariantNamesItsField(UnaryOperator<Edition.Builder> change,
      String message) {
    Edition.Builder b = change.apply(minimal());

    assertThatThrownBy(b::build)
        .isInstanceOf(IllegalStateException.class)
        .hasMessage(message);
  }

  @Test
  void build_boundaryValuesAreAccepted() {
    Edition e = minimal()
        .inForce(LocalDate.of(2024, 1, 31))
        .supersedes("test-2016")
        .addScale(point(1), point(2))
        .addEvidence(evidence("T-E1", 1))
        .addNotes("A note")
        .build();

    assertThat(e.inForce()).contains(e.published());
    assertThat(e.scale()).extracting(ScalePoint::value).containsExactly(1, 2);
  }

  @Test
  void provenance_blankPartsNameTheField() {
    assertThatThrownBy(() -> Provenance.builder().source(" ").build())
        .hasMessage("source: must not be blank");
    assertThatThrownBy(() -> Provenance.builder().source("S").location("").build())
        .hasMessage("location: must not be blank");
    assertThatThrownBy(() -> Provenance.builder().source("S").note("\t").build())
        .hasMessage("note: must not be blank");
  }

  @Test
  void items_blankTextsAndBadNumbersNameTheField() {
    assertThatThrownBy(() -> Aim.builder().number(1).text(" ").provenance(source()).build())
        .hasMessage("text: must not be blank");
    assertThatThrownBy(() -> ScalePoint.builder().value(7).label("Seven").provenance(source())
        .build())
        .hasMessage("value: expected a whole number from 1 to 6, found 7");
    assertThatThrownBy(() -> ScalePoint.builder().value(0).label("Zero").provenance(source())
        .build())
        .hasMessage("value: expected a whole number from 1 to 6, found 0");
    assertThatThrownBy(() -> NationalIndicator.builder().id(" ").text("Things")
        .addMeasures(measure("M")).provenance(source()).build())
        .hasMessage("id: must not be blank");
    assertThatThrownBy(() -> NationalIndicator.builder().id("I").text("")
        .addMeasures(measure("M")).provenance(source()).build())
        .hasMessage("text: must not be blank");
    assertThatThrownBy(() -> NationalIndicator.builder().id("I").text("Things")
        .addMeasures(measure("M"), measure("N"), measure("M")).provenance(source()).build())
        .hasMessage("measures[2].id: measure id 'M' is used twice");
  }

  @Test
  void items_boundsAreAccepted() {
    assertThat(ScalePoint.builder().value(1).label("One").provenance(source()).build().value())
        .isEqualTo(1);
    assertThat(ScalePoint.builder().value(6).label("Six").provenance(source()).build().value())
        .isEqualTo(6);
    assertThat(NationalIndicator.builder().id("I").text("Things")
        .addMeasures(measure("M"), measure("N")).provenance(source()).build().measures())
        .extracting(Measure::id).containsExactly("M", "N");
  }
}
