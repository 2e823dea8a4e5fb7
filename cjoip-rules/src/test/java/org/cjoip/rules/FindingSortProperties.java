package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The sort an assessment uses puts findings exactly where {@link Finding#ORDER} does. */
final class FindingSortProperties {

  /**
   * Findings that differ in few ways and often tie: paths of list indexes and keys that look
   * alike ("2", "10", "02", "a", ""), a few rules, priority actions and messages; some keys
   * start with a digit without being an index ("1234567890") or are an index in other digits.
   */
  @Provide
  Arbitrary<List<Finding>> findings() {
    return findings(Arbitraries.of("0", "1", "2", "10", "02", "1234567890", "a",
        "deliverables", "b1", "", "~1x", "-x", "\u0663", "1a"));
  }

  /** As {@link #findings()}, every key starting with a character other than a digit. */
  @Provide
  Arbitrary<List<Finding>> numberedFindings() {
    return findings(Arbitraries.of("0", "1", "2", "10", "02", "999999999", "a", "deliverables",
        "b1", "", "~1x", "-x", "Z", "\u00e9"));
  }

  private static Arbitrary<List<Finding>> findings(Arbitrary<String> token) {
    Arbitrary<String> path = token.list().ofMaxSize(4)
        .map(ts -> ts.isEmpty() ? "" : "/" + String.join("/", ts));
    Arbitrary<Finding> finding = Combinators.combine(path,
        Arbitraries.of("CJ-DEL-001", "CJ-COV-002", "CJ-IND-004"),
        Arbitraries.integers().between(0, 13), Arbitraries.of("m", "n", "M"),
        Arbitraries.integers().between(0, 99))
        .as((p, rule, pa, message, tag) -> Finding.builder()
            .ruleId(rule)
            .severity(Severity.WARNING)
            .message(message)
            .path(p)
            .priorityAction(pa == 0 ? Optional.empty() : Optional.of(pa))
            // Ties on everything ORDER compares stay told apart by their keys.
            .key(rule + "|" + p + "|" + tag)
            .build());
    return finding.list().ofMaxSize(40);
  }

  @Property
  void sorted_isFindingOrderAndStable(@ForAll("findings") List<Finding> findings) {
    List<Finding> expected = new ArrayList<>(findings);
    expected.sort(Finding.ORDER);

    assertThat(FindingSort.sorted(findings)).containsExactlyElementsOf(expected);
  }

  @Property
  void sorted_numberedPaths_isFindingOrderAndStable(
      @ForAll("numberedFindings") List<Finding> findings) {
    List<Finding> expected = new ArrayList<>(findings);
    expected.sort(Finding.ORDER);

    assertThat(FindingSort.sorted(findings)).containsExactlyElementsOf(expected);
  }
}
