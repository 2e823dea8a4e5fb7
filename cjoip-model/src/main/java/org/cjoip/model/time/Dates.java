package org.cjoip.model.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.regex.Pattern;

/**
 * The calendar days a plan, a report or a command line may name: written {@code YYYY-MM-DD}
 * with a four-digit year, from {@link #FIRST} to {@link #LAST}. The range is that of the
 * {@link FinancialYear financial years} every later stage counts in: every day in it lies in a
 * financial year, and so does the year after, so no assessment of a date the reader accepts
 * can step outside what the model can represent.
 */
public final class Dates {

  /** The earliest day: the first day of financial year 1000/01. */
  public static final LocalDate FIRST = LocalDate.of(FinancialYear.MIN_START_YEAR, 4, 1);

  /** The latest day: the last day of financial year 9997/98, the year before the last. */
  public static final LocalDate LAST = LocalDate.of(FinancialYear.MAX_START_YEAR, 3, 31);

  private static final Pattern FORM = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");

  private static final String EXISTS = "a date as YYYY-MM-DD that exists";

  private static final String RANGE = "a date from " + FIRST + " to " + LAST;

  private Dates() {}

  /**
   * Reads a date written {@code YYYY-MM-DD}, strictly: four-digit year, two-digit month and
   * day, no sign, no spaces, a day that exists, within the range.
   *
   * @throws IllegalArgumentException whose message says what was expected ("a date as
   *     YYYY-MM-DD that exists", "a date from 1000-04-01 to 9998-03-31")
   */
  public static LocalDate parse(String text) {
    if (!FORM.matcher(text).matches()) {
      throw new IllegalArgumentException(EXISTS);
    }
    LocalDate day;
    try {
      day = LocalDate.of(Integer.parseInt(text.substring(0, 4)),
          Integer.parseInt(text.substring(5, 7)), Integer.parseInt(text.substring(8, 10)));
    } catch (DateTimeException e) {
      throw new IllegalArgumentException(EXISTS, e);
    }
    if (!inRange(day)) {
      throw new IllegalArgumentException(RANGE);
    }
    return day;
  }

  /** Whether the day lies from {@link #FIRST} to {@link #LAST}, both included. */
  public static boolean inRange(LocalDate day) {
    return !day.isBefore(FIRST) && !day.isAfter(LAST);
  }

  /**
   * Refuses a day outside the range, for the invariants of values that hold dates.
   *
   * @throws IllegalStateException naming the field
   */
  public static void requireInRange(LocalDate day, String field) {
    if (!inRange(day)) {
      throw new IllegalStateException(field + " must be " + RANGE + ", not " + day);
    }
  }

  /** What a date must be, for messages: "a date from 1000-04-01 to 9998-03-31". */
  public static String range() {
    return RANGE;
  }
}
