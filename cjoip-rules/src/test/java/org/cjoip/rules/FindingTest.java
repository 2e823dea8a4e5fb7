package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
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

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
    "''                              | /priorityActions               | -1",
    "/priorityActions                | /priorityActions               | 0",
    "/priorityActions/2              | /priorityActions/10            | -1",
    "/priorityActions/10/deliverables | /priorityActions/9/deliverables | 1",
    "/priorityActions/1              | /priorityActions/1/owners      | -1",
    "/outcomes/0                     | /priorityActions/0             | -1",
    "/a/b                            | /a/                            | 1",
    "/                               | ''                             | 1",
    "/a/1234567890                   | /a/999                         | -1",
    "/a/x                            | /a/10                          | 1"
  })
  void comparePointers_listIndexesAsNumbers(String a, String b, int sign) {
    assertThat(Integer.signum(Finding.comparePointers(a, b))).isEqualTo(sign);
    assertThat(Integer.signum(Finding.comparePointers(b, a))).isEqualTo(-sign);
  }

  @Test
  void comparePointers_agreesWithSplittingThePointers() {
    Random random = new Random(6);
    String[] tokens =
        {"", "0", "1", "2", "10", "011", "a", "ab", "priorityActions", "~1", "9999999999"};
    for (int n = 0; n < 20_000; n++) {
      String a = pointer(random, tokens);
      String b = pointer(random, tokens);
      assertThat(Integer.signum(Finding.comparePointers(a, b)))
          .as("%s vs %s", a, b).isEqualTo(Integer.signum(bySplitting(a, b)));
    }
  }

  private static String pointer(Random random, String[] tokens) {
    StringBuilder p = new StringBuilder();
    for (int k = random.nextInt(4); k > 0; k--) {
      p.append('/').append(tokens[random.nextInt(tokens.length)]);
    }
    return p.toString();
  }

  private static boolean isIndex(String t) {
    return !t.isEmpty() && t.chars().allMatch(Character::isDigit) && t.length() < 10;
  }

  /** The order as first written: split into tokens, then compare them. */
  private static int bySplitting(String a, String b) {
    String[] x = a.isEmpty() ? new String[0] : a.substring(1).split("/", -1);
    String[] y = b.isEmpty() ? new String[0] : b.substring(1).split("/", -1);
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      boolean nx = isIndex(x[i]);
      boolean ny = isIndex(y[i]);
      int c = nx && ny ? Integer.compare(Integer.parseInt(x[i]), Integer.parseInt(y[i]))
          : x[i].compareTo(y[i]);
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(x.length, y.length);
  }
}
