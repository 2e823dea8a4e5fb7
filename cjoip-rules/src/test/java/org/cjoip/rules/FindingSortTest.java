package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Paths whose tokens {@link FindingSort} cannot place among the numbers: the fallback. */
final class FindingSortTest {

  private static Finding at(String path) {
    return Finding.builder()
        .ruleId("CJ-DEL-001")
        .severity(Severity.ERROR)
        .message("m")
        .path(path)
        .key("CJ-DEL-001|" + path)
        .build();
  }

  @Test
  void sorted_indexInOtherDigits_comparesWithKeysAsText() {
    // "\u0663" (Arabic-Indic three) is index 3 to ORDER, but against a key it is text, and
    // comes after every Latin letter.
    List<Finding> findings = List.of(at("/\u0663"), at("/a"), at("/2"));

    assertThat(FindingSort.sorted(findings)).extracting(Finding::path)
        .containsExactly("/2", "/a", "/\u0663");
  }

  @Test
  void sorted_keyStartingWithDigit_comparesWithIndexesAsText() {
    List<Finding> findings = List.of(at("/2"), at("/deliverables"), at("/1a"), at("/0/x"));

    assertThat(FindingSort.sorted(findings)).extracting(Finding::path)
        .containsExactly("/0/x", "/1a", "/2", "/deliverables");
  }
}
