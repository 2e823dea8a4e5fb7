package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

final class PositionTest {

  @Test
  void cell_isWrittenAsASpreadsheetReferencesIt() {
    assertThat(SourceMap.Position.cell("Deliverables", "E12").cell())
        .isEqualTo("Deliverables!E12");
    assertThat(SourceMap.Position.cell("Priority actions", "B3").cell())
        .isEqualTo("'Priority actions'!B3");
    assertThat(SourceMap.Position.cell("O'Neill", "A1").cell()).isEqualTo("'O''Neill'!A1");
    assertThat(SourceMap.Position.cell("AB12", "A1").cell()).isEqualTo("'AB12'!A1");
    assertThat(SourceMap.Position.cell("Plan", "A1").line()).isZero();
  }

  @Test
  void textPosition_hasNoCell() {
    SourceMap.Position p = new SourceMap.Position(7, 13);

    assertThat(p.cell()).isNull();
    assertThat(p.cellReference()).isEmpty();
    assertThatThrownBy(() -> new SourceMap.Position(0, 0, " "))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("cell must not be blank");
  }

  @Test
  void describe_printsTheCellInsteadOfLineAndColumn() {
    Problem.Builder p = Problem.builder().severity(Problem.Severity.ERROR).source("plan.xlsx")
        .pointer("/priorityActions/3/deliverables/2/priority")
        .message("expected one of MUST, SHOULD, COULD, WONT, found 'Urgent'");

    assertThat(p.cell("Deliverables!E12").build().describe()).isEqualTo("plan.xlsx: "
        + "Deliverables!E12: /priorityActions/3/deliverables/2/priority: expected one of MUST, "
        + "SHOULD, COULD, WONT, found 'Urgent'");
    assertThat(Problem.builder().severity(Problem.Severity.WARNING).source("plan.yaml")
        .line(7).column(13).pointer("/title").message("m").build().describe())
        .isEqualTo("plan.yaml:7:13: warning: /title: m");
  }
}
