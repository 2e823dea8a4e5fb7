package org.cjoip.model.time;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cjoip.model.io.JsonResources;
import org.cjoip.model.text.Placeholders;
import org.cjoip.model.time.Timescale.Kind;

/**
 * Reads a deliverable's free-text timescale into a {@link Timescale}.
 *
 * <p>In order, a timescale is:
 *
 * <ol>
 *   <li>a {@link Kind#PLACEHOLDER} when it is null or blank;
 *   <li>{@link Kind#OPEN_ENDED} when it begins with an open-ended term ("Ongoing…", "Lifetime
 *       of COIP", "For the duration of…", "Duration of…", "Annually", "Throughout…");
 *   <li>a {@link Kind#PLACEHOLDER} when {@link Placeholders} recognises it ("TBC", "To be
 *       confirmed");
 *   <li>a {@link Kind#DUE_DATE} when it begins with a date, after an optional lead-in ("By",
 *       "End of", "By the end of"): "31 March 2025", "31st March 2025", "March 2025" (the last
 *       day of the month), "Mar 2025", "March 31, 2025", ISO "2025-03-31", "31/03/2025" (day
 *       first), a financial year "2025/26" (31 March 2026), or one of its quarters "Q3
 *       2025/26" (Q1 April–June … Q4 January–March, so 31 December 2025). Whatever follows the
 *       date is kept as a {@link Timescale#remark() remark} ("31 May 2025 (Annually)",
 *       "March 2025 - ongoing"), except that a second date after a range separator ("April
 *       2024 - March 2025") is the due date when it is not earlier;
 *   <li>{@link Kind#OPEN_ENDED}, with its recurrence, when it has no date but begins with a
 *       recurrence ("Each year", "Every quarter", "Monthly"): a bare recurrence has no end;
 *   <li>otherwise {@link Kind#NOT_UNDERSTOOD}, as is a date that does not exist ("30 February
 *       2025") or a quarter or financial year that does not ("Q5 2025/26", "2025/27").
 * </ol>
 *
 * <p>Text is compared ignoring case and runs of whitespace. The terms (open-ended phrases,
 * lead-ins, range separators, month names) are data; the standard ones come from {@value
 * #RESOURCE}. {@link #parse(String)} never throws. Instances are immutable and thread-safe.
 */
public final class TimescaleParser {

  /** Where the standard terms lie on the class path. */
  public static final String RESOURCE = "/org/cjoip/model/time/timescale-terms.json";

  private static final Pattern WHITESPACE =
      Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
  private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

  /** After a date comes the end of the text or something other than a letter or digit. */
  private static final String END = "(?![\\p{L}\\p{N}])";

  private static final String DAY = "([0-9]{1,2})(?![0-9])(?:st|nd|rd|th)?";
  private static final String YEAR = "([0-9]{4})";
  private static final String FINANCIAL_YEAR =
      "(?:fy ?|financial year )?([0-9]{4}) ?[/\\-\u2013] ?([0-9]{4}|[0-9]{2})";
  private static final String QUARTER = "(?:q ?|quarter )([0-9])";

  /** Characters stripped from the start of a remark. */
  private static final String REMARK_LEAD = " ,;:.-\u2013\u2014";

  /** Characters stripped from the end of a remark. */
  private static final String REMARK_TAIL = " ,;:.";

  private final List<String> openEnded;
  private final List<String> recurrences;
  private final List<String> startMarkers;
  private final Pattern startLeadIn;
  private final Map<String, Integer> months;
  private final Pattern leadIn;
  private final Pattern rangeSeparator;
  private final List<Form> forms;
  private final Placeholders placeholders;

  private TimescaleParser(JsonNode terms, Placeholders placeholders) {
    this.placeholders = placeholders;
    this.openEnded = List.copyOf(strings(terms, "openEnded"));
    this.recurrences = sortedLongestFirst(strings(terms, "recurrences"));
    this.startMarkers = sortedLongestFirst(strings(terms, "startMarkers"));
    this.startLeadIn = Pattern.compile(
        "(?:" + alternation(strings(terms, "startLeadIns")) + ")" + END + "(?: ?:)? ?", FLAGS);
    this.months = monthNumbers(terms);
    this.leadIn =
        Pattern.compile("(?:" + alternation(strings(terms, "leadIns")) + ")(?: ?:)? ", FLAGS);
    List<String> separators = new ArrayList<>();
    for (String s : strings(terms, "rangeSeparators")) {
      boolean word = Character.isLetterOrDigit(s.codePointAt(s.length() - 1));
      separators.add(Pattern.quote(s) + (word ? END : "+"));
    }
    this.rangeSeparator = Pattern.compile("(?:" + String.join("|", separators) + ") ?", FLAGS);
    String month = "(" + alternation(months.keySet()) + ")\\.?";
    this.forms =
        List.of(
            form(YEAR + "-([0-9]{2})-([0-9]{2})" + END,
                m -> day(date(number(m, 1), number(m, 2), number(m, 3)))),
            form("([0-9]{1,2})([/.\\-])([0-9]{1,2})\\2([0-9]{4}|[0-9]{2})" + END,
                m -> day(date(fullYear(m.group(4)), number(m, 3), number(m, 1)))),
            form(QUARTER + "(?: of)?,? " + FINANCIAL_YEAR + END,
                m -> quarter(m.group(2), m.group(3), number(m, 1))),
            form(FINANCIAL_YEAR + ",? " + QUARTER + END,
                m -> quarter(m.group(1), m.group(2), number(m, 3))),
            form(FINANCIAL_YEAR + END,
                m -> financialYear(m.group(1), m.group(2))
                    .map(y -> new Span(y.start(), y.end()))),
            form(DAY + "(?: of)?[ \\-]?" + month + ",?[ \\-]?" + YEAR + END,
                m -> day(month(m.group(2)).flatMap(mo -> date(number(m, 3), mo, number(m, 1))))),
            form(month + " " + DAY + ",? " + YEAR + END,
                m -> day(month(m.group(1)).flatMap(mo -> date(number(m, 3), mo, number(m, 2))))),
            form(month + ",? " + YEAR + END,
                m -> month(m.group(1)).map(mo -> YearMonth.of(number(m, 2), mo))
                    .map(ym -> new Span(ym.atDay(1), ym.atEndOfMonth()))));
  }

  /** A parser with the standard terms and the standard placeholders, loaded once. */
  public static TimescaleParser standard() {
    return Standard.INSTANCE;
  }

  /** Reads a timescale as written; {@code null} or blank text is a placeholder. */
  public Timescale parse(String text) {
    if (text == null) {
      return of(Kind.PLACEHOLDER, "");
    }
    String collapsed = WHITESPACE.matcher(text).replaceAll(" ").trim();
    if (collapsed.isEmpty()) {
      return of(Kind.PLACEHOLDER, text);
    }
    String folded = collapsed.toLowerCase(Locale.ROOT);
    for (String term : openEnded) {
      if (folded.startsWith(term)) {
        return Timescale.builder().kind(Kind.OPEN_ENDED).text(text)
            .recurrence(recurrenceIn(folded)).build();
      }
    }
    if (placeholders.isPlaceholder(collapsed)) {
      return of(Kind.PLACEHOLDER, text);
    }
    Matcher start = startLeadIn.matcher(collapsed);
    if (start.lookingAt()) {
      // "From April 2025": a start, open-ended from that day.
      return dated(collapsed.substring(start.end()), false)
          .map(d -> Timescale.builder().kind(Kind.OPEN_ENDED).text(text).from(d.start())
              .build())
          .orElseGet(() -> of(Kind.NOT_UNDERSTOOD, text));
    }
    return dated(collapsed, true).map(d -> dated(text, d))
        .orElseGet(() -> bareRecurrence(text, folded));
  }

  /**
   * A text with no first date that begins with a recurrence ("Each year", "Quarterly"): it
   * recurs with no end, so it is open-ended; anything else is not understood.
   */
  private Timescale bareRecurrence(String text, String folded) {
    return recurrenceIn(folded).filter(folded::startsWith)
        .map(r -> Timescale.builder().kind(Kind.OPEN_ENDED).text(text).recurrence(r).build())
        .orElseGet(() -> of(Kind.NOT_UNDERSTOOD, text));
  }

  /** A timescale that begins with a date: due then, recurring from then, or starting then. */
  private Timescale dated(String text, Dated d) {
    String remark = d.remark().map(r -> r.toLowerCase(Locale.ROOT)).orElse("");
    for (String marker : startMarkers) {
      if (remark.startsWith(marker)) {
        return Timescale.builder().kind(Kind.OPEN_ENDED).text(text).from(d.start()).build();
      }
    }
    return Timescale.builder().kind(Kind.DUE_DATE).text(text).due(d.due()).remark(d.remark())
        .recurrence(recurrenceIn(remark)).build();
  }

  /** The recurrence term a text holds as a whole word ("annually", "each year"), if any. */
  private Optional<String> recurrenceIn(String folded) {
    for (String term : recurrences) {
      int at = folded.indexOf(term);
      while (at >= 0) {
        int end = at + term.length();
        boolean whole = (at == 0 || !Character.isLetterOrDigit(folded.charAt(at - 1)))
            && (end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end)));
        if (whole) {
          return Optional.of(term);
        }
        at = folded.indexOf(term, at + 1);
      }
    }
    return Optional.empty();
  }

  /** The date the text begins with, after an optional lead-in, and what follows it. */
  private Optional<Dated> dated(String text, boolean rangeAllowed) {
    Matcher lead = leadIn.matcher(text);
    int from = lead.lookingAt() ? lead.end() : 0;
    for (Form form : forms) {
      Matcher m = form.pattern().matcher(text).region(from, text.length());
      if (m.lookingAt()) {
        // The first form that fits decides: "30 February 2025" is no date, not some other one.
        Optional<Span> span = form.reading().apply(m);
        if (span.isEmpty()) {
          return Optional.empty();
        }
        return Optional.of(rest(span.get(), text.substring(m.end()).strip(), rangeAllowed));
      }
    }
    return Optional.empty();
  }

  private Dated rest(Span span, String rest, boolean rangeAllowed) {
    if (rangeAllowed) {
      Matcher separator = rangeSeparator.matcher(rest);
      if (separator.lookingAt()) {
        Optional<Dated> until = dated(rest.substring(separator.end()), false);
        if (until.isPresent() && !until.get().due().isBefore(span.end())) {
          return new Dated(span.start(), until.get().due(), until.get().remark());
        }
      }
    }
    return new Dated(span.start(), span.end(), remark(rest));
  }

  private static Optional<String> remark(String rest) {
    String r = trim(rest);
    if (r.length() >= 2
        && ((r.startsWith("(") && r.endsWith(")")) || (r.startsWith("[") && r.endsWith("]")))) {
      r = trim(r.substring(1, r.length() - 1));
    }
    return r.isEmpty() ? Optional.empty() : Optional.of(r);
  }

  /** Strips separators from the start and closing punctuation from the end. */
  private static String trim(String s) {
    int start = 0;
    int end = s.length();
    while (start < end && REMARK_LEAD.indexOf(s.charAt(start)) >= 0) {
      start++;
    }
    while (end > start && REMARK_TAIL.indexOf(s.charAt(end - 1)) >= 0) {
      end--;
    }
    return s.substring(start, end);
  }

  private Optional<Integer> month(String name) {
    String key = name.toUpperCase(Locale.ROOT).toLowerCase(Locale.ROOT);
    return Optional.ofNullable(months.get(key));
  }

  private static Optional<LocalDate> date(int year, int month, int day) {
    try {
      return Optional.of(LocalDate.of(year, month, day));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }

  private static Optional<FinancialYear> financialYear(String first, String second) {
    try {
      return Optional.of(FinancialYear.parse(first + "/" + second));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static Optional<Span> quarter(String first, String second, int quarter) {
    if (quarter < 1 || quarter > 4) {
      return Optional.empty();
    }
    return financialYear(first, second)
        .map(y -> new Span(y.quarterEnd(quarter).minusMonths(2).withDayOfMonth(1),
            y.quarterEnd(quarter)));
  }

  private static Optional<Span> day(Optional<LocalDate> day) {
    return day.map(d -> new Span(d, d));
  }

  private static int number(Matcher m, int group) {
    return Integer.parseInt(m.group(group));
  }

  /** A two-digit year in a numeric date is of this century: "31/03/25" is 2025. */
  private static int fullYear(String digits) {
    int year = Integer.parseInt(digits);
    return digits.length() == 2 ? 2000 + year : year;
  }

  private static Timescale of(Kind kind, String text) {
    return Timescale.builder().kind(kind).text(text).build();
  }

  private static Form form(String regex, Function<Matcher, Optional<Span>> reading) {
    return new Form(Pattern.compile(regex, FLAGS), reading);
  }

  /** A regex alternation of the terms, longest first, each matched literally. */
  private static String alternation(Collection<String> terms) {
    return terms.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(t -> t))
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }

  private static List<String> strings(JsonNode terms, String field) {
    JsonNode list = terms.path(field);
    if (!list.isArray() || list.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": '" + field + "' must be a non-empty list");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : list) {
      if (!item.isTextual() || item.asText().isBlank()) {
        throw new IllegalStateException(RESOURCE + ": '" + field + "' must hold only words");
      }
      out.add(item.asText().toLowerCase(Locale.ROOT));
    }
    return out;
  }

  private static Map<String, Integer> monthNumbers(JsonNode terms) {
    JsonNode node = terms.path("months");
    Map<String, Integer> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> e : node.properties()) {
      int number = e.getValue().asInt(0);
      if (number < 1 || number > 12) {
        throw new IllegalStateException(RESOURCE + ": month '" + e.getKey() + "' must be 1-12");
      }
      out.put(e.getKey().toLowerCase(Locale.ROOT), number);
    }
    if (out.isEmpty()) {
      throw new IllegalStateException(RESOURCE + ": 'months' must name the months");
    }
    return Map.copyOf(out);
  }

  /**
   * A parser with terms from a document of the resource's form and the standard placeholders;
   * malformed terms name the field at fault.
   */
  static TimescaleParser read(JsonNode terms) {
    return new TimescaleParser(terms, Placeholders.standard());
  }

  private static TimescaleParser load() {
    return read(JsonResources.read(TimescaleParser.class, RESOURCE));
  }

  private static List<String> sortedLongestFirst(List<String> terms) {
    return terms.stream()
        .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(t -> t))
        .toList();
  }

  /** One written form of a date: its pattern and how to read the days it means. */
  private record Form(Pattern pattern, Function<Matcher, Optional<Span>> reading) {}

  /**
   * The days a written date covers: one day, a month ("March 2025"), a quarter or a financial
   * year. A deliverable is due on the last; a deliverable "onwards" starts on the first.
   */
  private record Span(LocalDate start, LocalDate end) {}

  /** A date read from the start of a timescale, and the remark that followed it. */
  private record Dated(LocalDate start, LocalDate due, Optional<String> remark) {}

  /** Holds the standard parser, created on first use. */
  private static final class Standard {
    static final TimescaleParser INSTANCE = load();
  }
}
