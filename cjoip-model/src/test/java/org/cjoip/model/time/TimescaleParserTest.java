package org.cjoip.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.cjoip.model.time.Timescale.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class TimescaleParserTest {

  private final TimescaleParser parser = TimescaleParser.standard();

  /** Every distinct timescale in the action plans of the Perth and Kinross CJOIP 2023-2028. */
  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          30 June 2024             | DUE_DATE   | 2024-06-30 |
          30 June 2025             | DUE_DATE   | 2025-06-30 |
          30 March 2025            | DUE_DATE   | 2025-03-30 |
          30 March 2026            | DUE_DATE   | 2026-03-30 |
          30 May 2025              | DUE_DATE   | 2025-05-30 |
          30 November 2024         | DUE_DATE   | 2024-11-30 |
          30 November 2025         | DUE_DATE   | 2025-11-30 |
          30 September 2024        | DUE_DATE   | 2024-09-30 |
          30 September 2025        | DUE_DATE   | 2025-09-30 |
          31 August 2025           | DUE_DATE   | 2025-08-31 |
          31 December 2024         | DUE_DATE   | 2024-12-31 |
          31 December 2025         | DUE_DATE   | 2025-12-31 |
          31 March 2025            | DUE_DATE   | 2025-03-31 |
          31 March 2026            | DUE_DATE   | 2026-03-31 |
          31 May 2025 (Annually)   | DUE_DATE   | 2025-05-31 | Annually
          Lifetime of CJOIP        | OPEN_ENDED |            |
          Lifetime of COIP         | OPEN_ENDED |            |
          Ongoing                  | OPEN_ENDED |            |
          Ongoing for duration of Complex Needs Co-ordination Service | OPEN_ENDED |            |
          """)
  void parse_everyPerthAndKinrossTimescale(
      String text, Kind kind, LocalDate due, String remark) {
    assertParses(text, kind, due, remark);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} {2} {3}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '"',
      textBlock =
          """
          # Day, month and year.
          31 March 2025                    | DUE_DATE       | 2025-03-31 |
          31st March 2025                  | DUE_DATE       | 2025-03-31 |
          30th September 2025              | DUE_DATE       | 2025-09-30 |
          1st April 2024                   | DUE_DATE       | 2024-04-01 |
          2nd May 2024                     | DUE_DATE       | 2024-05-02 |
          3rd June 2024                    | DUE_DATE       | 2024-06-03 |
          1 April 2024                     | DUE_DATE       | 2024-04-01 |
          01 April 2024                    | DUE_DATE       | 2024-04-01 |
          31st of March 2025               | DUE_DATE       | 2025-03-31 |
          "31 March, 2025"                 | DUE_DATE       | 2025-03-31 |
          31 Mar 2025                      | DUE_DATE       | 2025-03-31 |
          30 Sept. 2025                    | DUE_DATE       | 2025-09-30 |
          30-Sep-2025                      | DUE_DATE       | 2025-09-30 |
          31 MARCH 2025                    | DUE_DATE       | 2025-03-31 |
          "  31   march\t2025  "           | DUE_DATE       | 2025-03-31 |
          "March 31, 2025"                 | DUE_DATE       | 2025-03-31 |
          # Month and year: the last day of the month.
          March 2025                       | DUE_DATE       | 2025-03-31 |
          Mar 2025                         | DUE_DATE       | 2025-03-31 |
          February 2028                    | DUE_DATE       | 2028-02-29 |
          February 2025                    | DUE_DATE       | 2025-02-28 |
          Sept 2025                        | DUE_DATE       | 2025-09-30 |
          # Lead-ins.
          End of March 2025                | DUE_DATE       | 2025-03-31 |
          By 31 March 2025                 | DUE_DATE       | 2025-03-31 |
          by the end of March 2025         | DUE_DATE       | 2025-03-31 |
          By end of Q3 2025/26             | DUE_DATE       | 2025-12-31 |
          End March 2025                   | DUE_DATE       | 2025-03-31 |
          Due: 30 June 2025                | DUE_DATE       | 2025-06-30 |
          No later than 30 June 2025       | DUE_DATE       | 2025-06-30 |
          # Numeric dates: ISO, and UK day/month order.
          2025-03-31                       | DUE_DATE       | 2025-03-31 |
          31/03/2025                       | DUE_DATE       | 2025-03-31 |
          01/04/2025                       | DUE_DATE       | 2025-04-01 |
          1/4/2025                         | DUE_DATE       | 2025-04-01 |
          31.03.2025                       | DUE_DATE       | 2025-03-31 |
          31/03/25                         | DUE_DATE       | 2025-03-31 |
          # Financial years and their quarters.
          2025/26                          | DUE_DATE       | 2026-03-31 |
          2025-26                          | DUE_DATE       | 2026-03-31 |
          2025/2026                        | DUE_DATE       | 2026-03-31 |
          End of 2024/25                   | DUE_DATE       | 2025-03-31 |
          Financial year 2024/25           | DUE_DATE       | 2025-03-31 |
          FY2024/25                        | DUE_DATE       | 2025-03-31 |
          Q1 2025/26                       | DUE_DATE       | 2025-06-30 |
          Q2 2025/26                       | DUE_DATE       | 2025-09-30 |
          Q3 2025/26                       | DUE_DATE       | 2025-12-31 |
          Q4 2025/26                       | DUE_DATE       | 2026-03-31 |
          q3 2025-26                       | DUE_DATE       | 2025-12-31 |
          Quarter 3 2025/26                | DUE_DATE       | 2025-12-31 |
          Q3 of 2025/26                    | DUE_DATE       | 2025-12-31 |
          2025/26 Q3                       | DUE_DATE       | 2025-12-31 |
          # A date followed by a remark.
          31 May 2025 (Annually)           | DUE_DATE       | 2025-05-31 | Annually
          March 2025 - ongoing             | DUE_DATE       | 2025-03-31 | ongoing
          31 March 2025 and annually after | DUE_DATE       | 2025-03-31 | and annually after
          "31 March 2025, then review"     | DUE_DATE       | 2025-03-31 | then review
          31 March 2025 [draft]            | DUE_DATE       | 2025-03-31 | draft
          31 March 2025.                   | DUE_DATE       | 2025-03-31 |
          31 March 2025 to be confirmed    | DUE_DATE       | 2025-03-31 | to be confirmed
          # A range: due at its end.
          April 2024 - March 2025          | DUE_DATE       | 2025-03-31 |
          1 April 2024 to 31 March 2025    | DUE_DATE       | 2025-03-31 |
          2024/25 – 2025/26                | DUE_DATE       | 2026-03-31 |
          March 2026 - March 2025          | DUE_DATE       | 2026-03-31 | March 2025
          # Open-ended.
          Ongoing                          | OPEN_ENDED     |            |
          ongoing                          | OPEN_ENDED     |            |
          On-going                         | OPEN_ENDED     |            |
          Ongoing until 31 March 2025      | OPEN_ENDED     |            |
          Lifetime of CJOIP                | OPEN_ENDED     |            |
          Lifetime of COIP                 | OPEN_ENDED     |            |
          Lifetime of the plan             | OPEN_ENDED     |            |
          LIFETIME OF CJIOP                | OPEN_ENDED     |            |
          For the duration of the plan     | OPEN_ENDED     |            |
          Duration of CJOIP                | OPEN_ENDED     |            |
          Annually                         | OPEN_ENDED     |            |
          Annually (May)                   | OPEN_ENDED     |            |
          Throughout 2024-2028             | OPEN_ENDED     |            |
          "  Ongoing  "                    | OPEN_ENDED     |            |
          # Placeholders.
          TBC                              | PLACEHOLDER    |            |
          To be confirmed                  | PLACEHOLDER    |            |
          To be agreed                     | PLACEHOLDER    |            |
          TBC - partner agencies           | PLACEHOLDER    |            |
          N/A                              | PLACEHOLDER    |            |
          -                                | PLACEHOLDER    |            |
          ""                               | PLACEHOLDER    |            |
          "   "                            | PLACEHOLDER    |            |
          # Not understood.
          30 February 2025                 | NOT_UNDERSTOOD |            |
          31 April 2025                    | NOT_UNDERSTOOD |            |
          29 February 2025                 | NOT_UNDERSTOOD |            |
          0 March 2025                     | NOT_UNDERSTOOD |            |
          2025-02-30                       | NOT_UNDERSTOOD |            |
          31/02/2025                       | NOT_UNDERSTOOD |            |
          13/13/2025                       | NOT_UNDERSTOOD |            |
          Q5 2025/26                       | NOT_UNDERSTOOD |            |
          Q0 2025/26                       | NOT_UNDERSTOOD |            |
          2025/27                          | NOT_UNDERSTOOD |            |
          Q3 2025/27                       | NOT_UNDERSTOOD |            |
          Q3 2025                          | NOT_UNDERSTOOD |            |
          2025                             | NOT_UNDERSTOOD |            |
          Year 2                           | NOT_UNDERSTOOD |            |
          Soon                             | NOT_UNDERSTOOD |            |
          End of CJOIP                     | NOT_UNDERSTOOD |            |
          Complete by 31 March 2025        | NOT_UNDERSTOOD |            |
          31 Marchy 2025                   | NOT_UNDERSTOOD |            |
          31 March 20255                   | NOT_UNDERSTOOD |            |
          March2025x                       | NOT_UNDERSTOOD |            |
          Annual review                    | NOT_UNDERSTOOD |            |
          """)
  void parse_understandsEveryForm(String text, Kind kind, LocalDate due, String remark) {
    assertParses(text, kind, due, remark);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> {1} due {2}, recurs {3}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          31 May 2025 (Annually)         | DUE_DATE   | 2025-05-31 | annually
          30 June 2025, then each year   | DUE_DATE   | 2025-06-30 | each year
          Q1 2025/26 and every quarter   | DUE_DATE   | 2025-06-30 | every quarter
          March 2025 - reviewed quarterly| DUE_DATE   | 2025-03-31 | quarterly
          Annually                       | OPEN_ENDED |            | annually
          each year                      | OPEN_ENDED |            | each year
          Every year                     | OPEN_ENDED |            | every year
          every quarter                  | OPEN_ENDED |            | every quarter
          Quarterly                      | OPEN_ENDED |            | quarterly
          monthly                        | OPEN_ENDED |            | monthly
          Every year in May              | OPEN_ENDED |            | every year
          Reviewed quarterly             | NOT_UNDERSTOOD |        |
          Quarterlyish                   | NOT_UNDERSTOOD |        |
          31 May 2025 (annual review)    | DUE_DATE   | 2025-05-31 |
          31 May 2025 (reannually)       | DUE_DATE   | 2025-05-31 |
          Ongoing                        | OPEN_ENDED |            |
          """)
  void parse_recurrence(String text, Kind kind, LocalDate due, String recurrence) {
    Timescale t = parser.parse(text);

    assertThat(t.kind()).isEqualTo(kind);
    assertThat(t.due()).isEqualTo(Optional.ofNullable(due));
    assertThat(t.recurrence()).isEqualTo(Optional.ofNullable(recurrence));
    assertThat(t.isRecurringFromDate()).isEqualTo(due != null && recurrence != null);
  }

  @ParameterizedTest(name = "[{index}] ''{0}'' -> open-ended from {1}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          December 2025 onwards        | 2025-12-01
          1 April 2024 onwards         | 2024-04-01
          2025/26 onwards              | 2025-04-01
          Q3 2025/26 onwards           | 2025-10-01
          From April 2025              | 2025-04-01
          Starting 1 June 2024         | 2024-06-01
          Commencing: March 2026       | 2026-03-01
          """)
  void parse_startIsOpenEndedFromThen(String text, LocalDate from) {
    Timescale t = parser.parse(text);

    assertThat(t.kind()).isEqualTo(Kind.OPEN_ENDED);
    assertThat(t.due()).isEmpty();
    assertThat(t.from()).contains(from);
  }

  @Test
  void parse_startWithoutADateIsNotUnderstood() {
    assertThat(parser.parse("From the autumn").kind()).isEqualTo(Kind.NOT_UNDERSTOOD);
    assertThat(parser.parse("Fromage 2025").kind()).isEqualTo(Kind.NOT_UNDERSTOOD);
  }

  @Test
  void parse_leapDay() {
    assertParses("29 February 2028", Kind.DUE_DATE, LocalDate.of(2028, 2, 29), null);
    assertParses("29 February 2025", Kind.NOT_UNDERSTOOD, null, null);
  }

  @Test
  void parse_nullIsAPlaceholderWithEmptyText() {
    Timescale timescale = parser.parse(null);

    assertThat(timescale.kind()).isEqualTo(Kind.PLACEHOLDER);
    assertThat(timescale.text()).isEmpty();
    assertThat(timescale.due()).isEmpty();
  }

  @Test
  void parse_keepsTheTextAsWritten() {
    String text = "  31st  March 2025 (Annually)\n";

    Timescale timescale = parser.parse(text);

    assertThat(timescale.text()).isEqualTo(text);
    assertThat(timescale.remark()).contains("Annually");
    assertThat(parser.parse("Soon-ish").text()).isEqualTo("Soon-ish");
  }

  @Test
  void parse_copesWithVeryLongText() {
    String dots = ".".repeat(1_000_000);

    assertThat(parser.parse(dots + "x").kind()).isEqualTo(Kind.NOT_UNDERSTOOD);
    assertThat(parser.parse("31 March 2025 " + dots + "x").remark()).contains("x");
    assertThat(parser.parse("31 March 2025 (" + "y".repeat(1_000_000) + ")").remark())
        .hasValueSatisfying(r -> assertThat(r.length()).isEqualTo(1_000_000));
    assertThat(parser.parse("Ongoing " + "x".repeat(1_000_000)).kind())
        .isEqualTo(Kind.OPEN_ENDED);
  }

  @Test
  void standard_isOneInstance() {
    assertThat(TimescaleParser.standard()).isSameAs(TimescaleParser.standard());
  }

  private void assertParses(String text, Kind kind, LocalDate due, String remark) {
    Timescale timescale = parser.parse(text);

    assertThat(timescale.kind()).isEqualTo(kind);
    assertThat(timescale.due()).isEqualTo(Optional.ofNullable(due));
    assertThat(timescale.remark()).isEqualTo(Optional.ofNullable(remark));
    assertThat(timescale.text()).isEqualTo(text);
  }
}
