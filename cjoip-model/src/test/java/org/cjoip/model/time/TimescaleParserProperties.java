package org.cjoip.model.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.cjoip.model.time.Timescale.Kind;

final class TimescaleParserProperties {

  private static final LocalDate FIRST = LocalDate.of(2000, 1, 1);
  private static final LocalDate LAST = LocalDate.of(2100, 12, 31);

  /** The open-ended terms of the rule catalogue, as plans write them. */
  private static final List<String> OPEN_ENDED =
      List.of(
          "Ongoing",
          "Lifetime of",
          "Lifetime of COIP",
          "Lifetime of CJOIP",
          "For the duration of",
          "Duration of",
          "Annually",
          "Throughout",
          "ONGOING",
          "lifetime of");

  private final TimescaleParser parser = TimescaleParser.standard();

  @Property
  void parse_dayMonthYear(@ForAll("days") LocalDate day) {
    assertDue(format(day, "d MMMM yyyy"), day);
    assertDue(format(day, "dd MMMM yyyy"), day);
    assertDue(format(day, "d MMM yyyy"), day);
  }

  @Property
  void parse_ordinalDay(@ForAll("days") LocalDate day) {
    int d = day.getDayOfMonth();
    assertDue(d + ordinal(d) + format(day, " MMMM yyyy"), day);
    assertDue(d + "th" + format(day, " MMMM yyyy"), day);
  }

  @Property
  void parse_iso(@ForAll("days") LocalDate day) {
    assertDue(day.toString(), day);
  }

  @Property
  void parse_ukNumeric(@ForAll("days") LocalDate day) {
    assertDue(format(day, "dd/MM/yyyy"), day);
    assertDue(format(day, "d/M/yyyy"), day);
  }

  @Property
  void parse_monthYearIsTheLastDayOfTheMonth(@ForAll("months") YearMonth month) {
    assertDue(format(month.atDay(1), "MMMM yyyy"), month.atEndOfMonth());
    assertDue(format(month.atDay(1), "MMM yyyy"), month.atEndOfMonth());
  }

  @Property
  void parse_financialYearIsThirtyFirstMarch(@ForAll @IntRange(min = 2000, max = 2100) int y) {
    FinancialYear year = FinancialYear.of(y);

    assertDue(year.toString(), LocalDate.of(y + 1, 3, 31));
    assertDue(y + "-" + (y + 1), LocalDate.of(y + 1, 3, 31));
  }

  @Property
  void parse_quartersEndWithinTheYearInOrder(@ForAll @IntRange(min = 2000, max = 2100) int y) {
    FinancialYear year = FinancialYear.of(y);
    List<LocalDate> ends = new ArrayList<>();
    for (int q = 1; q <= 4; q++) {
      Timescale timescale = parser.parse("Q" + q + " " + year);
      assertThat(timescale.kind()).isEqualTo(Kind.DUE_DATE);
      ends.add(timescale.due().orElseThrow());
    }

    assertThat(ends).allSatisfy(end -> assertThat(year.contains(end)).isTrue());
    assertThat(ends).isSorted().doesNotHaveDuplicates();
    assertThat(ends.get(3)).isEqualTo(year.end());
  }

  @Property
  void parse_openEndedPrefixWins(
      @ForAll("openEndedTerms") String term, @ForAll("anything") String rest) {
    Timescale timescale = parser.parse(term + rest);

    assertThat(timescale.kind()).isEqualTo(Kind.OPEN_ENDED);
    assertThat(timescale.due()).isEmpty();
  }

  @Property
  void parse_neverThrowsAndKeepsTheText(@ForAll("anything") String text) {
    Timescale timescale = parser.parse(text);

    assertThat(timescale.text()).isEqualTo(text);
    assertThat(timescale.due().isPresent()).isEqualTo(timescale.kind() == Kind.DUE_DATE);
  }

  @Property(tries = 50)
  void parse_neverThrowsOnLongText(@ForAll("longText") String text) {
    assertThat(parser.parse(text).text()).isEqualTo(text);
  }

  @Property
  void parse_neverThrowsOnNearDates(@ForAll("nearDates") String text) {
    Timescale timescale = parser.parse(text);

    assertThat(timescale.text()).isEqualTo(text);
    assertThat(timescale.kind()).isNotNull();
  }

  @Provide
  Arbitrary<LocalDate> days() {
    return Arbitraries.longs()
        .between(FIRST.toEpochDay(), LAST.toEpochDay())
        .map(LocalDate::ofEpochDay);
  }

  @Provide
  Arbitrary<YearMonth> months() {
    return Combinators.combine(
            Arbitraries.integers().between(2000, 2100), Arbitraries.integers().between(1, 12))
        .as(YearMonth::of);
  }

  @Provide
  Arbitrary<String> openEndedTerms() {
    return Arbitraries.of(OPEN_ENDED);
  }

  @Provide
  Arbitrary<String> anything() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMaxLength(60),
        Arbitraries.strings().withCharRange(' ', '~').ofMaxLength(60));
  }

  @Provide
  Arbitrary<String> nearDates() {
    Arbitrary<String> pieces =
        Arbitraries.of(
            "31", "29", "1", "0", "99", "st", "th", "of", " ", " ", "-", "/", ".", ",", "(",
            ")", "March", "Feb", "sept.", "Q3", "Q", "quarter", "2025", "2025/26", "26", "2",
            "FY", "by", "end of", "to", "ongoing", "TBC", "\u2013", "\u00a0", "\u0130", "\u017f");
    return pieces.list().ofMaxSize(12).map(list -> String.join("", list));
  }

  @Provide
  Arbitrary<String> longText() {
    return Arbitraries.oneOf(
        Arbitraries.strings().all().ofMinLength(5_000).ofMaxLength(20_000),
        Arbitraries.strings().withChars(" .-/(),0123456789").ofMinLength(5_000)
            .ofMaxLength(20_000),
        Arbitraries.strings().withChars("a ").ofMinLength(5_000).ofMaxLength(20_000)
            .map(s -> "31 March 2025" + s));
  }

  private void assertDue(String text, LocalDate expected) {
    Timescale timescale = parser.parse(text);

    assertThat(timescale.kind()).as(text).isEqualTo(Kind.DUE_DATE);
    assertThat(timescale.due()).as(text).contains(expected);
  }

  private static String format(LocalDate day, String pattern) {
    return DateTimeFormatter.ofPattern(pattern, Locale.ENGLISH).format(day);
  }

  private static String ordinal(int day) {
    if (day >= 11 && day <= 13) {
      return "th";
    }
    switch (day % 10) {
      case 1:
        return "st";
      case 2:
        return "nd";
      case 3:
        return "rd";
      default:
        return "th";
    }
  }
}
