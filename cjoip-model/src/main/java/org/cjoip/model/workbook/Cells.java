package org.cjoip.model.workbook;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.cjoip.model.time.Dates;
import org.cjoip.model.workbook.Layout.Column;
import org.cjoip.model.workbook.SheetReader.Cell;

/**
 * Reads a cell as the person who filled it meant it, for the column it stands in: a number is
 * read as displayed (Excel's number format applied, so "1.10" shown as 1.10 stays "1.10"),
 * dates from date cells, ISO text or UK day-first text, Yes and No, the words of closed sets,
 * and lists on separate lines or split at semicolons. Each cell gives a node of the plan
 * document's tree, shaped as the JSON or YAML reader would have made it, or says what is wrong.
 * Not thread-safe (the number formatter is not): one per workbook read.
 */
final class Cells {

  /** What a cell gave: a node, or nothing for a blank cell; an error or a warning. */
  record Read(JsonNode node, String error, String warning) {
    static final Read BLANK = new Read(null, null, null);

    static Read of(JsonNode node) {
      return new Read(node, null, null);
    }

    /** An error; the node keeps the text, so the document's tree still has the field. */
    static Read error(String text, String message) {
      return new Read(NODES.textNode(text), message, null);
    }

    boolean isBlank() {
      return node == null;
    }
  }

  static final JsonNodeFactory NODES = JsonNodeFactory.withExactBigDecimals(true);

  /** How plans write a date in text: "31 March 2025". */
  static final DateTimeFormatter WRITTEN = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final Pattern UK_DATE =
      Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
  private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
  private static final Pattern WHOLE = Pattern.compile("[-+]?\\d+");
  private static final Pattern NUMBER =
      Pattern.compile("[-+]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][-+]?\\d+)?");
  private static final Pattern GROUPED = Pattern.compile("[-+]?\\d{1,3}(,\\d{3})+(\\.\\d*)?");
  private static final int SHARED_LENGTH = 64;
  private static final int SHARED_MOST = 50_000;
  private static final MathContext EXCEL = new MathContext(15, RoundingMode.HALF_EVEN);

  private final Styles styles;
  private final boolean date1904;
  private final Words words;
  private final DataFormatter formatter = new DataFormatter(Locale.UK);
  // Short texts that recur from row to row (owners, statuses, dates) are kept once.
  private final java.util.Map<String, JsonNode> texts = new java.util.HashMap<>();

  Cells(Styles styles, boolean date1904, Words words) {
    this.styles = styles;
    this.date1904 = date1904;
    this.words = words;
  }

  /**
   * A text node, the same one for a short text seen before: a plan of 100,000 deliverables
   * names the same owners and statuses on every row.
   */
  private JsonNode textNode(String text) {
    if (text.length() > SHARED_LENGTH) {
      return NODES.textNode(text);
    }
    JsonNode seen = texts.get(text);
    if (seen != null) {
      return seen;
    }
    JsonNode node = NODES.textNode(text);
    if (texts.size() < SHARED_MOST) {
      texts.put(text, node);
    }
    return node;
  }

  /** The cell as its column reads it. */
  Read read(Cell cell, Column column) {
    if (cell == null || cell.isBlank()) {
      if (cell != null && cell.formula() && cell.type() == SheetReader.Type.BLANK) {
        return Read.error("", "the cell holds a formula whose result was never saved: open "
            + "the workbook in Excel or LibreOffice and save it, so the result is stored");
      }
      return Read.BLANK;
    }
    if (cell.type() == SheetReader.Type.ERROR) {
      return Read.error(cell.text(), "the cell holds the error value " + cell.text()
          + ": put in the value itself");
    }
    try {
      return readAs(cell, column);
    } catch (Refusal r) {
      return Read.error(cell.text(), r.getMessage());
    }
  }

  private Read readAs(Cell cell, Column column) {
    return switch (column.kind()) {
      case TEXT -> text(cell, false);
      case ID -> text(cell, true);
      case TEXTS, TEXTS_SEMICOLON -> texts(cell, column);
      case INTEGER, DECIMAL -> number(cell, column);
      case INTEGERS -> integers(cell);
      case DATE -> date(cell);
      case YES_NO -> yesNo(cell);
      case WORD -> word(cell, column);
      case WORDS_SEMICOLON -> words(cell, column);
      case PRIORITY_ACTION_LINK, OUTCOME_LINK -> text(cell, column.kind()
          == Layout.Kind.OUTCOME_LINK);
    };
  }

  /** A cell's text as a person sees it: a number as displayed, a date as plans write one. */
  String displayed(Cell cell) {
    return switch (cell.type()) {
      case STRING -> cell.text();
      case BOOLEAN -> cell.text().equals("1") || cell.text().equalsIgnoreCase("true")
          ? "TRUE" : "FALSE";
      case DATE -> isoDate(cell).map(WRITTEN::format).orElse(cell.text());
      case NUMBER -> {
        Styles.Format f = styles.format(cell.style());
        if (f.isDate()) {
          yield serialDate(cell).map(WRITTEN::format).orElse(cell.text());
        }
        yield asDisplayed(cell, f);
      }
      default -> cell.text();
    };
  }

  /**
   * A cell's text as a person sees it, or as it is stored when a stored number is none: for the
   * readers of names and links, whose own checks then say what is wrong with the text, at its
   * cell, beside the row's other problems.
   */
  String shown(Cell cell) {
    try {
      return displayed(cell);
    } catch (Refusal r) {
      return cell.text();
    }
  }

  private String asDisplayed(Cell cell, Styles.Format f) {
    BigDecimal raw = raw(cell);
    if (f.isGeneral()) {
      return general(raw);
    }
    return formatter.formatRawCellContents(raw.doubleValue(), f.id(), f.code());
  }

  /** A stored number; a text that is not one is refused, located at the cell. */
  private static BigDecimal raw(Cell cell) {
    try {
      BigDecimal v = new BigDecimal(cell.text());
      long magnitude = (long) v.precision() - v.scale();
      if (magnitude > 309 || magnitude < -330) {
        throw new NumberFormatException();
      }
      return v;
    } catch (NumberFormatException e) {
      throw new Refusal("the cell stores '" + cell.text() + "' as a number, which it is not",
          null);
    }
  }

  /**
   * A number in Excel's General format: to the 15 significant digits a spreadsheet keeps,
   * without trailing zeros or an exponent.
   */
  static String general(BigDecimal v) {
    BigDecimal r = v.round(EXCEL).stripTrailingZeros();
    if (r.scale() < 0) {
      r = r.setScale(0);
    }
    return r.toPlainString();
  }

  private Read text(Cell cell, boolean id) {
    String shown = displayed(cell);
    if (shown.isBlank()) {
      return Read.BLANK;
    }
    if (id && cell.type() == SheetReader.Type.NUMBER && !styles.format(cell.style()).isDate()) {
      return new Read(NODES.textNode(shown), null, "the id was stored as a number, and is read "
          + "as displayed: '" + shown + "'; if the plan numbers it otherwise (1.10, not 1.1), "
          + "format the column as Text and type it again");
    }
    return Read.of(textNode(shown));
  }

  /** The items of a list cell. */
  List<String> items(Cell cell, Column column) {
    String shown = displayed(cell);
    List<String> out = new ArrayList<>();
    if (shown.indexOf('\n') >= 0) {
      for (String line : shown.split("\n", -1)) {
        String item = line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        if (!item.isBlank()) {
          out.add(item);
        }
      }
    } else if (column.splitsAtSemicolons()) {
      for (String part : shown.split(";", -1)) {
        if (!part.isBlank()) {
          out.add(part.strip());
        }
      }
    } else if (!shown.isBlank()) {
      out.add(shown);
    }
    return out;
  }

  private Read texts(Cell cell, Column column) {
    List<String> items = items(cell, column);
    if (items.isEmpty()) {
      return Read.BLANK;
    }
    var list = NODES.arrayNode(items.size());
    items.forEach(item -> list.add(textNode(item)));
    return Read.of(list);
  }

  private Read words(Cell cell, Column column) {
    List<String> items = items(cell, column);
    if (items.isEmpty()) {
      return Read.BLANK;
    }
    Words.Set set = set(column);
    var list = NODES.arrayNode(items.size());
    for (String item : items) {
      list.add(textNode(set.value(item).orElse(item.strip())));
    }
    return Read.of(list);
  }

  private Read word(Cell cell, Column column) {
    String shown = displayed(cell).strip();
    return Read.of(textNode(set(column).value(shown).orElse(shown)));
  }

  private Words.Set set(Column column) {
    return words.set(column.words().orElseThrow());
  }

  private Read yesNo(Cell cell) {
    if (cell.type() == SheetReader.Type.BOOLEAN) {
      return Read.of(NODES.booleanNode(displayed(cell).equals("TRUE")));
    }
    String shown = displayed(cell).strip();
    Optional<String> value = words.yesNo().value(shown);
    if (value.isPresent()) {
      return Read.of(NODES.booleanNode(Boolean.parseBoolean(value.get())));
    }
    return Read.error(shown, "expected Yes or No (or blank), found '" + shown + "'");
  }

  private Read number(Cell cell, Column column) {
    if (cell.type() == SheetReader.Type.NUMBER && !styles.format(cell.style()).isDate()) {
      Styles.Format f = styles.format(cell.style());
      String shown = asDisplayed(cell, f);
      JsonNode node = numeral(shown);
      return Read.of(node != null ? node : numeral(general(raw(cell))));
    }
    String shown = displayed(cell).strip();
    JsonNode node = numeral(shown);
    if (node != null) {
      return Read.of(node);
    }
    if (column.kind() == Layout.Kind.INTEGER) {
      // As the plan reader would see it: text where a number belongs, with its own message.
      return Read.of(NODES.textNode(shown));
    }
    return Read.error(shown, "expected a number, found '" + shown + "'");
  }

  /**
   * A number written as text: "70", "12.5", "1,234", "12%" (read as 12, as displayed); a whole
   * number becomes an integer node and any other a decimal, as a JSON reader makes them. Null
   * when the text is not a number.
   */
  static JsonNode numeral(String text) {
    String t = text.strip();
    if (t.endsWith("%")) {
      t = t.substring(0, t.length() - 1).strip();
    }
    if (GROUPED.matcher(t).matches()) {
      t = t.replace(",", "");
    }
    if (t.length() > 400 || !NUMBER.matcher(t).matches()) {
      return null;
    }
    if (WHOLE.matcher(t).matches()) {
      return NODES.numberNode(new java.math.BigInteger(t));
    }
    BigDecimal v = new BigDecimal(t);
    long magnitude = (long) v.precision() - v.scale();
    return magnitude > 309 || magnitude < -330 ? null : NODES.numberNode(v);
  }

  private Read integers(Cell cell) {
    var list = NODES.arrayNode();
    if (cell.type() == SheetReader.Type.NUMBER) {
      list.add(number(cell, new Column("", "", Layout.Kind.INTEGER, 0)).node());
      return Read.of(list);
    }
    for (String part : displayed(cell).split("[\n;,]")) {
      String p = part.strip();
      if (!p.isEmpty()) {
        JsonNode n = numeral(p);
        list.add(n != null ? n : NODES.textNode(p));
      }
    }
    return list.isEmpty() ? Read.BLANK : Read.of(list);
  }

  private Read date(Cell cell) {
    switch (cell.type()) {
      case DATE -> {
        return isoDate(cell).map(d -> Read.of(textNode(d.toString())))
            .orElseGet(() -> Read.error(cell.text(), "expected a date, found '" + cell.text()
                + "'"));
      }
      case NUMBER -> {
        if (!styles.format(cell.style()).isDate()) {
          String shown = displayed(cell);
          return Read.error(shown, "expected a date, found the number " + shown
              + ": format the cell as a date, or write the date as 31/03/2025");
        }
        return serialDate(cell).map(d -> Read.of(textNode(d.toString())))
            .orElseGet(() -> Read.error(cell.text(), "the cell's date is out of range: write "
                + Dates.range()));
      }
      case STRING -> {
        String t = cell.text().strip();
        if (ISO_DATE.matcher(t).matches()) {
          // The plan reader says whether it exists, as it does for a document.
          return Read.of(textNode(t));
        }
        Matcher uk = UK_DATE.matcher(t);
        if (uk.matches()) {
          try {
            LocalDate d = LocalDate.of(Integer.parseInt(uk.group(3)),
                Integer.parseInt(uk.group(2)), Integer.parseInt(uk.group(1)));
            return Read.of(textNode(d.toString()));
          } catch (DateTimeException e) {
            return Read.error(t, "'" + t + "' is not a date that exists (day first, as "
                + "31/03/2025)");
          }
        }
        return Read.error(t, "expected a date (a date cell, 2025-03-31, or 31/03/2025 with the "
            + "day first), found '" + t + "'");
      }
      default -> {
        String shown = displayed(cell);
        return Read.error(shown, "expected a date, found '" + shown + "'");
      }
    }
  }

  private Optional<LocalDate> serialDate(Cell cell) {
    double serial = raw(cell).doubleValue();
    if (!DateUtil.isValidExcelDate(serial)) {
      return Optional.empty();
    }
    // A serial Excel still shows (9999999 is the year 29279) may lie past the dates a plan has.
    return Optional.ofNullable(DateUtil.getLocalDateTime(serial, date1904))
        .map(java.time.LocalDateTime::toLocalDate).filter(Dates::inRange);
  }

  private static Optional<LocalDate> isoDate(Cell cell) {
    String t = cell.text();
    try {
      return Optional.of(LocalDate.parse(t.length() >= 10 ? t.substring(0, 10) : t));
    } catch (DateTimeException e) {
      return Optional.empty();
    }
  }
}
