package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class FrameworksTest {

  private static final Frameworks BUNDLED = Frameworks.bundled();

  private static Edition edition(String id, LocalDate published, String supersedes) {
    Provenance p = Provenance.builder().source("Test source").build();
    Edition.Builder b =
        Edition.builder()
            .id(id)
            .title("Test framework " + id)
            .publisher("Test publisher")
            .published(published)
            .provenance(p)
            .addOutcomes(NationalOutcome.builder().id("T-O1").text("More people do one")
                .provenance(p).build());
    if (supersedes != null) {
      b.supersedes(supersedes);
    }
    return b.build();
  }

  @Test
  void bundled_idsInIndexOrder() {
    assertThat(BUNDLED.ids()).containsExactly("cjpf-2023", "opif-2016");
    assertThat(BUNDLED.editions()).extracting(Edition::id)
        .containsExactly("cjpf-2023", "opif-2016");
  }

  @Test
  void bundled_isLoadedOnce() {
    assertThat(Frameworks.bundled()).isSameAs(BUNDLED);
  }

  @Test
  void supersededBy_opifIsSupersededByCjpf() {
    assertThat(BUNDLED.supersededBy("opif-2016")).map(Edition::id).contains("cjpf-2023");
    assertThat(BUNDLED.supersededBy("cjpf-2023")).isEmpty();
    assertThat(BUNDLED.supersededBy("cjpf-2031")).isEmpty();
    assertThat(BUNDLED.get("cjpf-2023").supersedes()).contains("opif-2016");
    assertThat(BUNDLED.get("opif-2016").supersedes()).isEmpty();
  }

  @Test
  void latest_isCjpf2023() {
    assertThat(BUNDLED.latest().id()).isEqualTo("cjpf-2023");
  }

  @Test
  void find_knownAndUnknown() {
    assertThat(BUNDLED.find("opif-2016")).map(Edition::title)
        .contains("Community Justice Outcomes, Performance and Improvement Framework");
    assertThat(BUNDLED.find("cjpf-2031")).isEmpty();
  }

  @Test
  void get_unknownId_namesKnownIds() {
    assertThatThrownBy(() -> BUNDLED.get("cjpf-2031"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("unknown framework edition 'cjpf-2031'; known editions: cjpf-2023,"
            + " opif-2016");
  }

  @Test
  void with_userEdition_isAppendedAndBecomesLatestWhenItSupersedes() {
    Edition mine = edition("cjpf-2026", LocalDate.of(2026, 3, 31), "cjpf-2023");

    Frameworks registry = BUNDLED.with(mine);

    assertThat(registry.ids()).containsExactly("cjpf-2023", "opif-2016", "cjpf-2026");
    assertThat(registry.supersededBy("cjpf-2023")).contains(mine);
    assertThat(registry.latest()).isEqualTo(mine);
    assertThat(BUNDLED.ids()).containsExactly("cjpf-2023", "opif-2016");
  }

  @Test
  void with_sameId_replacesInPlace() {
    Edition mine = edition("opif-2016", LocalDate.of(2016, 1, 1), null);

    Frameworks registry = BUNDLED.with(mine);

    assertThat(registry.ids()).containsExactly("cjpf-2023", "opif-2016");
    assertThat(registry.get("opif-2016")).isSameAs(mine);
  }

  @Test
  void latest_ofUnrelatedEditions_isTheMostRecentlyPublished() {
    Edition mine = edition("local-2025", LocalDate.of(2025, 6, 1), null);

    assertThat(BUNDLED.with(mine).latest()).isEqualTo(mine);
    assertThat(BUNDLED.with(edition("old-2020", LocalDate.of(2020, 1, 1), null)).latest().id())
        .isEqualTo("cjpf-2023");
  }

  @Test
  void with_secondSuccessor_isRefused() {
    Edition rival = edition("rival-2024", LocalDate.of(2024, 1, 1), "opif-2016");

    assertThatThrownBy(() -> BUNDLED.with(rival))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("framework editions 'cjpf-2023' and 'rival-2024' both supersede"
            + " 'opif-2016'");
  }

  @Test
  void of_refusesEmptyDuplicatesAndCycles() {
    Edition a = edition("a-1", LocalDate.of(2020, 1, 1), "b-1");
    Edition b = edition("b-1", LocalDate.of(2021, 1, 1), "a-1");

    assertThatThrownBy(() -> Frameworks.of(List.of()))
        .hasMessage("a registry has at least one framework edition");
    assertThatThrownBy(() -> Frameworks.of(List.of(a, a)))
        .hasMessage("framework edition 'a-1' is given twice");
    assertThatThrownBy(() -> Frameworks.of(List.of(a, b)))
        .hasMessage("framework edition 'a-1' supersedes itself through the editions it"
            + " supersedes");
  }

  @Test
  void of_refusesAnEditionThatSupersedesOneItLacks() {
    assertThatThrownBy(() -> Frameworks.of(List.of(edition("a-1", LocalDate.of(2020, 1, 1),
        "gone-1"))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("framework edition 'a-1' supersedes 'gone-1', which the registry does not"
            + " have");
  }

  @Test
  void with_anEqualEditionIsTheSameRegistry() {
    assertThat(BUNDLED.with(BUNDLED.get("cjpf-2023"))).isSameAs(BUNDLED);
  }

  private static List<String> conflicts(Path dir, Edition e) throws Exception {
    Path file = dir.resolve(e.id() + ".json");
    Files.writeString(file, EditionWriter.toJson(e));
    try {
      Frameworks.load(file, BUNDLED);
      return List.of();
    } catch (DocumentException x) {
      return x.problems().stream().map(p -> p.line() + ":" + p.column() + " " + p.pointer()
          + ": " + p.message()).toList();
    }
  }

  @Test
  void load_checksAnEditionFileAgainstTheRegistry(@TempDir Path dir) throws Exception {
    Edition cjpf = BUNDLED.get("cjpf-2023");

    assertThat(conflicts(dir, cjpf)).isEmpty();
    assertThat(conflicts(dir, Edition.builder().from(cjpf).title("Another").build()))
        .containsExactly("3:9 /id: the edition id 'cjpf-2023' is already an edition's, whose"
            + " content differs from this file's; give this edition an id of its own");
    assertThat(conflicts(dir, edition("mine-2024", LocalDate.of(2024, 1, 1), "gone-2020")))
        .containsExactly("7:17 /supersedes: supersedes 'gone-2020', which is no known edition;"
            + " known editions: cjpf-2023, opif-2016");
    assertThat(conflicts(dir, edition("rival-2024", LocalDate.of(2024, 1, 1), "opif-2016")))
        .containsExactly("7:17 /supersedes: 'cjpf-2023' already supersedes 'opif-2016'; two"
            + " editions cannot supersede one");
    assertThat(conflicts(dir, edition("next-2030", LocalDate.of(2030, 1, 1), "cjpf-2023")))
        .isEmpty();
  }
}
