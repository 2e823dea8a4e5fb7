package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.NationalOutcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class ClausesTest {

  private static final List<String> DESISTANCE = List.of(
      "access services to support desistance", "successfully complete community sentences");

  @ParameterizedTest(name = "[{index}] ''{0}'' leaves out ''{1}''")
  @CsvSource(delimiter = '|', textBlock = """
      access services to support desistance and successfully complete community sentences |
      access services to support desistance from offending | successfully complete community \
      sentences
      successfully complete community sentences | access services to support desistance
      access services to support desistence and successfully complete community sentences |
      access services to support desistance and sucessfully complete community sentences |
      access services to support desistance and complete CPOs | successfully complete \
      community sentences
      """)
  void missing_findsTheClausesLeftOut(String text, String missing) {
    assertThat(Clauses.missing(text, DESISTANCE))
        .isEqualTo(missing == null ? List.of() : List.of(missing));
  }

  @Test
  void missing_allWhenNothingIsShared() {
    assertThat(Clauses.missing("Fewer bicycles are left unrepaired", DESISTANCE))
        .isEqualTo(DESISTANCE);
  }

  @Test
  void missing_noneWithoutClauses() {
    assertThat(Clauses.missing("anything at all", List.of())).isEmpty();
  }

  @Test
  void edition_everyOutcomeStatesItsOwnClauses() {
    for (NationalOutcome o : Frameworks.bundled().get("cjpf-2023").outcomes()) {
      assertThat(Clauses.missing(o.text(), o.clauses())).as(o.id()).isEmpty();
    }
    assertThat(Frameworks.bundled().get("cjpf-2023").outcomeFor(5).orElseThrow().clauses())
        .isEqualTo(DESISTANCE);
  }
}
