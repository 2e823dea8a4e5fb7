package org.cjoip.rules.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

final class RollupCsvTest {

  @Test
  void field_quotesCommasQuotesAndLineBreaks() {
    assertThat(RollupCsv.field("plain")).isEqualTo("plain");
    assertThat(RollupCsv.field("Perth, and Kinross")).isEqualTo("\"Perth, and Kinross\"");
    assertThat(RollupCsv.field("the \"best\"")).isEqualTo("\"the \"\"best\"\"\"");
    assertThat(RollupCsv.field("two\nlines")).isEqualTo("\"two\nlines\"");
    assertThat(RollupCsv.field("cr\rhere")).isEqualTo("\"cr\rhere\"");
    assertThat(RollupCsv.field(Optional.empty())).isEmpty();
    assertThat(RollupCsv.field(Optional.of(true))).isEqualTo("true");
    assertThat(RollupCsv.field(false)).isEqualTo("false");
  }

  @Test
  void field_textThatASpreadsheetWouldRunAsAFormula_isDefused() {
    assertThat(RollupCsv.field("=HYPERLINK(\"http://x\",\"y\")"))
        .isEqualTo("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\"");
    assertThat(RollupCsv.field("+1")).isEqualTo("'+1");
    assertThat(RollupCsv.field("-2")).isEqualTo("'-2");
    assertThat(RollupCsv.field("@SUM(A1)")).isEqualTo("'@SUM(A1)");
    assertThat(RollupCsv.field("\tx")).isEqualTo("'\tx");
    assertThat(RollupCsv.field("a=b")).isEqualTo("a=b");
  }

  @Test
  void field_numbers_areWrittenAsTheyAre() {
    assertThat(RollupCsv.field(new BigDecimal("-2.50"))).isEqualTo("-2.50");
    assertThat(RollupCsv.field(Optional.of(new BigDecimal("1E+3")))).isEqualTo("1000");
    assertThat(RollupCsv.field(-3)).isEqualTo("-3");
  }

  @Test
  void files_haveExactlyTheirColumnsAndARowEach() {
    NationalPicture picture = RollupTest.run(RollupTest.twoPartnerships());
    assertThat(RollupCsv.coverage(picture).split("\r\n")).hasSize(1 + 2 * 13)
        .startsWith("partnership,edition,priorityAction,addressed,outcomeStatedAndCorrect,"
            + "nationalIndicatorUsed,localIndicators,deliverables,overdue,errors,warnings,info")
        .contains("Alpha,cjpf-2023,1,true,true,true,1,3,0,0,4,4",
            "Alpha,cjpf-2023,3,false,,,0,0,0,1,0,0");
    assertThat(RollupCsv.figures(picture).split("\r\n")).containsExactly(
        "partnership,reportingYear,priorityAction,measure,measureText,value,status",
        "Alpha,2024/25,1,CJPF-M1.1,Number of diversion from prosecution assessments undertaken,"
            + "95,reported",
        "Alpha,2024/25,1,CJPF-M1.2,Number of diversion from prosecution cases commenced,81,"
            + "reported",
        "Alpha,2024/25,1,CJPF-M1.3,Number of diversion from prosecution cases successfully"
            + " completed,,suppressed",
        "Alpha,2024/25,2,CJPF-M2.1,Number of referrals from custody centres,,unavailable",
        "Beta,2024/25,1,CJPF-M1.1,Number of diversion from prosecution assessments undertaken,,"
            + "missing",
        "Beta,2024/25,1,CJPF-M1.2,Number of diversion from prosecution cases commenced,,missing",
        "Beta,2024/25,1,CJPF-M1.3,Number of diversion from prosecution cases successfully"
            + " completed,,missing",
        "Beta,2024/25,2,CJPF-M2.1,Number of referrals from custody centres,,missing");
    assertThat(RollupCsv.completeness(picture)).isEqualTo(String.join("\r\n", List.of(
        "partnership,reportingYear,measuresDue,measuresWithFigure,actionsWithActionTaken,"
            + "actionsAddressed,returnSubmitted",
        "Alpha,2024/25,4,4,2,2,true",
        "Beta,2024/25,4,0,0,2,false")) + "\r\n");
  }

  @Test
  void partnershipWithACommaInItsName_isQuoted() {
    NationalPicture picture = RollupTest.run(RollupFixtures.partnership("Perth, Kinross"));
    assertThat(RollupCsv.completeness(picture)).endsWith("\r\n\"Perth, Kinross\",2024/25,4,0,0,"
        + "2,false\r\n");
  }
}
