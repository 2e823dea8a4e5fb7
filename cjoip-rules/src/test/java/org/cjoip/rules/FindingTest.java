package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class FindingTest {

  @ParameterizedTest(name = "{0} before {1}")
  @CsvSource(delimiter = '|', value = {
      "'' | /priorityActions",
      "/priorityActions | /priorityActions/0",
      "/priorityActions/2 | /priorityActions/10",
      "/priorityActions/9/deliverables | /priorityActions/10",
      "/outcomes | /priorityActions",
      "/priorityActions/10 | /priorityActions/a",
      "/priorityActions/1 | /priorityActions/1a",
      "/x/1234567890 | /x/999",
  })
  void comparePointers_listItemsByIndexThenText(String before, String after) {
    assertThat(Finding.comparePointers(before, after)).isNegative();
    assertThat(Finding.comparePointers(after, before)).isPositive();
    assertThat(Finding.comparePointers(before, before)).isZero();
  }

  private static Finding.Builder finding() {
    return Finding.builder().ruleId("CJ-DEL-001").severity(Severity.ERROR).message("m");
  }

  @Test
  void check_pathIsAPointer() {
    assertThat(finding().path("").build().path()).isEmpty();
    assertThatThrownBy(() -> finding().path("priorityActions").build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessage("path must be a JSON Pointer: priorityActions");
  }

  @Test
  void check_priorityActionWithinTheStrategy() {
    assertThat(finding().path("").priorityAction(1).build().priorityAction()).contains(1);
    assertThat(finding().path("").priorityAction(13).build().priorityAction()).contains(13);
    assertThatThrownBy(() -> finding().path("").priorityAction(0).build())
        .hasMessage("priorityAction must be from 1 to 13: 0");
    assertThatThrownBy(() -> finding().path("").priorityAction(14).build())
        .hasMessage("priorityAction must be from 1 to 13: 14");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "ERROR | ERROR | true",
      "ERROR | INFO | true",
      "WARNING | ERROR | false",
      "WARNING | WARNING | true",
      "INFO | WARNING | false",
  })
  void severity_isAtLeast(Severity severity, Severity other, boolean expected) {
    assertThat(severity.isAtLeast(other)).isEqualTo(expected);
  }
}
