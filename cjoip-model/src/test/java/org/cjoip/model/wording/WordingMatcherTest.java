package org.cjoip.model.wording;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.Frameworks;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalOutcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The wordings of the three source plans, each with the verdict the matcher must give against
 * the cjpf-2023 edition: key is the recognised item's id, or NONE.
 */
final class WordingMatcherTest {

  private static final Edition CJPF = Frameworks.bundled().get("cjpf-2023");

  private static WordingMatcher<String> outcomes() {
    List<Candidate<String>> c = new ArrayList<>();
    for (NationalOutcome o : CJPF.outcomes()) {
      c.add(Candidate.of(o.id(), o.text(), o.id()));
    }
    return WordingMatcher.of(c);
  }

  private static WordingMatcher<String> measures() {
    List<Candidate<String>> c = new ArrayList<>();
    for (Measure m : CJPF.measures()) {
      c.add(Candidate.of(m.id(), m.text(), m.id()));
    }
    return WordingMatcher.of(c);
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Perth PA 1 (PA 2's outcome) | More people in police custody receive support to address their needs. | EXACT | CJPF-O2
      Clackmannanshire | More people in policy custody receive support to address their needs | EXACT | CJPF-O2
      Clackmannanshire | More people access services to support desistance from offending. | CLOSE | CJPF-O5
      Clackmannanshire | More people successfully complete diversion from prosecution | EXACT | CJPF-O1
      Ayrshire | More people recieve support to address their needs in police custody | NONE | NONE
      """)
  void outcome_verdicts(String plan, String text, Match.Verdict verdict, String key) {
    Match<String> m = outcomes().match(text);

    assertThat(m.verdict()).as(m.reason()).isEqualTo(verdict);
    if (verdict != Match.Verdict.NONE) {
      assertThat(m.candidate().orElseThrow().key()).isEqualTo(key);
    }
  }

  @ParameterizedTest(name = "{0}: {1}")
  @CsvSource(delimiter = '|', textBlock = """
      Perth PA 8 | Number of homelessness applications where prison is last known address. | CLOSE | CJPF-M8.1
      Perth PA 9 | Participation in an employment programme percentage of people with convictions. | CLOSE | CJPF-M9.1
      Perth PA 13 | Percentage of individuals who agree people should help their community as part of a community sentence rather than spend a few months in prison for a minor offence. | CLOSE | CJPF-M13.1
      Perth PA 1 | Number of diversion from prosecution assessments undertaken | EXACT | CJPF-M1.1
      Perth PA 7 | Number of transfers in drug/alcohol treatments from custody to community | EXACT | CJPF-M7.1
      Perth PA 7 | Number of transfers in drug/alcohol treatments from community to custody | NONE | NONE
      Perth PA 2 | Proportion of people in police custody that were offered support and declined | NONE | NONE
      Perth PA 2 | Proportion of people in police custody that were offered support and accepted | NONE | NONE
      Perth PA 2 | Proportion of people in police custody that were recorded as n/a | NONE | NONE
      Perth PA 5 | Number of community sentences compared to other disposals | NONE | NONE
      Perth PA 10 | Number of voluntary throughcare cases commenced. | EXACT | CJPF-M10.1
      """)
  void measure_verdicts(String plan, String text, Match.Verdict verdict, String key) {
    Match<String> m = measures().match(text);

    assertThat(m.verdict()).as(m.reason()).isEqualTo(verdict);
    if (verdict != Match.Verdict.NONE) {
      assertThat(m.candidate().orElseThrow().key()).isEqualTo(key);
    }
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', textBlock = """
      Number of diversion from prosecution: i) assessments undertaken; ii) cases commenced | Number of diversion from prosecution assessments undertaken~Number of diversion from prosecution cases commenced
      i) Proportion of people in police custody that were: offered support and declined; ii) offered support and accepted | Proportion of people in police custody that were offered support and declined~Proportion of people in police custody that were offered support and accepted
      Percentage of: community payback orders successfully completed. drug treatment and testing orders successfully completed. | Percentage of community payback orders successfully completed~Percentage of drug treatment and testing orders successfully completed
      Number of voluntary throughcare cases commenced. | Number of voluntary throughcare cases commenced
      """)
  void split_givesEachMeasureWithItsHeading(String entry, String expected) {
    assertThat(MeasureSplitter.split(entry)).containsExactly(expected.split("~"));
  }
}
