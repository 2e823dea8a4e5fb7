package org.cjoip.model.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Streams one worksheet's rows, each as the cells a person sees: shared and inline strings,
 * numbers as stored, booleans, error values, and a formula's cached result (a formula is
 * never evaluated). Rows and cells are counted against the workbook's limits as they come,
 * so a sheet of a million rows is refused at the row that passes the limit, not after.
 */
final class SheetReader {

  /** What a cell holds. */
  enum Type {
    BLANK,
    STRING,
    NUMBER,
    BOOLEAN,
    /** An error value such as #REF!, as a formula left it. */
    ERROR,
    /** An ISO 8601 date (the {@code d} cell type). */
    DATE
  }

  /**
   * One cell: its 0-based column, its 1-based row, its reference ("E12"), what it holds, the
   * text of that (a number as stored, "1" or "0" for a boolean), its style, and whether a
   * formula computed it.
   */
  record Cell(int column, int row, String ref, Type type, String text, int style,
      boolean formula) {
    boolean isBlank() {
      return type == Type.BLANK || (type == Type.STRING && text.isBlank());
    }
  }

  /** Receives a sheet's rows in order. */
  interface Rows {
    void row(int number, List<Cell> cells);
  }

  /** Counts rows and cells over every sheet of one workbook. */
  static final class Counter {
    private final WorkbookLimits limits;
    private long rows;
    private long cells;

    Counter(WorkbookLimits limits) {
      this.limits = limits;
    }

    void row() {
      if (++rows > limits.maxRows()) {
        throw new Refusal("the workbook has more rows than the limit of " + limits.maxRows());
      }
    }

    void cell() {
      if (++cells > limits.maxCells()) {
        throw new Refusal("the workbook has more cells than the limit of " + limits.maxCells());
      }
    }

    long cells() {
      return cells;
    }
  }

  private SheetReader() {}

  /**
   * Reads a sheet's rows into {@code rows}. A refusal while reading is located at the cell
   * being read.
   */
  static void read(Container zip, String part, String sheet, List<String> shared,
      Counter counter, int maxLength, Rows rows) throws IOException {
    InputStream in = zip.part(part).orElseThrow(() -> new Refusal("the workbook's sheet '"
        + sheet + "' has no part " + part));
    Handler handler = new Handler(shared, counter, maxLength, rows);
    try {
      Xml.parse(in, part, handler);
    } catch (Refusal r) {
      throw r.at(org.cjoip.model.document.SourceMap.Position.cell(sheet, handler.where())
          .cell());
    }
  }

  /** "AB12" → 27 (0-based column); -1 when it is not a cell reference. */
  static int column(String ref) {
    int col = 0;
    int i = 0;
    while (i < ref.length() && Character.isLetter(ref.charAt(i))) {
      col = col * 26 + (Character.toUpperCase(ref.charAt(i)) - 'A' + 1);
      i++;
      if (col > 16_384) {
        return -1;
      }
    }
    return i == 0 ? -1 : col - 1;
  }

  /** 27 → "AB". */
  static String letters(int column) {
    StringBuilder out = new StringBuilder();
    for (int c = column + 1; c > 0; c = (c - 1) / 26) {
      out.insert(0, (char) ('A' + (c - 1) % 26));
    }
    return out.toString();
  }

  private static final class Handler extends DefaultHandler {
    private final List<String> shared;
    private final Counter counter;
    private final int maxLength;
    private final Rows rows;
    private final StringBuilder text = new StringBuilder();
    private List<Cell> cells = new ArrayList<>();
    private int row;
    private int nextColumn;
    private boolean inSheetData;
    // The cell being read.
    private String ref;
    private int column;
    private String type;
    private int style;
    private boolean formula;
    private String value;
    private boolean inValue;
    private boolean inInline;
    private boolean inText;
    private int phonetic;

    Handler(List<String> shared, Counter counter, int maxLength, Rows rows) {
      this.shared = shared;
      this.counter = counter;
      this.maxLength = maxLength;
      this.rows = rows;
    }

    String where() {
      if (ref != null) {
        return ref;
      }
      return "A" + Math.max(1, row);
    }

    @Override
    public void startElement(String uri, String name, String qName, Attributes a) {
      switch (name) {
        case "sheetData" -> inSheetData = true;
        case "row" -> {
          if (!inSheetData) {
            return;
          }
          int r = positive(a.getValue("r"));
          row = r > 0 ? r : row + 1;
          nextColumn = 0;
          cells = new ArrayList<>();
          ref = null;
          counter.row();
        }
        case "c" -> {
          if (!inSheetData) {
            return;
          }
          String r = a.getValue("r");
          int col = r == null ? -1 : column(r);
          column = col >= 0 ? col : nextColumn;
          ref = letters(column) + row;
          counter.cell();
          nextColumn = column + 1;
          type = a.getValue("t") == null ? "n" : a.getValue("t");
          int s = positive(a.getValue("s"));
          style = Math.max(0, s);
          formula = false;
          value = null;
          text.setLength(0);
        }
        case "f" -> formula = true;
        case "v" -> {
          inValue = true;
          text.setLength(0);
        }
        case "is" -> inInline = true;
        case "rPh" -> phonetic++;
        case "t" -> inText = inInline && phonetic == 0;
        default -> { }
      }
    }

    @Override
    public void endElement(String uri, String name, String qName) {
      switch (name) {
        case "sheetData" -> inSheetData = false;
        case "row" -> {
          if (inSheetData) {
            rows.row(row, cells);
          }
        }
        case "c" -> {
          if (inSheetData) {
            cells.add(cell());
          }
        }
        case "v" -> {
          inValue = false;
          value = text.toString();
        }
        case "is" -> {
          inInline = false;
          value = text.toString();
        }
        case "rPh" -> phonetic--;
        case "t" -> inText = false;
        default -> { }
      }
    }

    private Cell cell() {
      String v = value;
      switch (type) {
        case "s" -> {
          if (v == null || v.isBlank()) {
            return blank();
          }
          int index = positive(v.strip());
          if (index < 0 || index >= shared.size()) {
            throw new Refusal("the cell refers to shared string " + v.strip()
                + ", which the workbook does not have");
          }
          return new Cell(column, row, ref, Type.STRING, shared.get(index), style, formula);
        }
        case "inlineStr", "str" -> {
          return v == null ? blank()
              : new Cell(column, row, ref, Type.STRING, Strings.decode(v), style, formula);
        }
        case "b" -> {
          return v == null || v.isBlank() ? blank()
              : new Cell(column, row, ref, Type.BOOLEAN, v.strip(), style, formula);
        }
        case "e" -> {
          return new Cell(column, row, ref, Type.ERROR, v == null ? "#N/A" : v.strip(), style,
              formula);
        }
        case "d" -> {
          return v == null || v.isBlank() ? blank()
              : new Cell(column, row, ref, Type.DATE, v.strip(), style, formula);
        }
        default -> {
          return v == null || v.isBlank() ? blank()
              : new Cell(column, row, ref, Type.NUMBER, v.strip(), style, formula);
        }
      }
    }

    private Cell blank() {
      return new Cell(column, row, ref, Type.BLANK, "", style, formula);
    }

    @Override
    public void characters(char[] ch, int start, int length) {
      if (inValue || inText) {
        if (text.length() + length > maxLength) {
          throw new Refusal("the cell holds a text longer than the limit of " + maxLength
              + " characters");
        }
        text.append(ch, start, length);
      }
    }

    private static int positive(String text) {
      if (text == null) {
        return -1;
      }
      try {
        return Integer.parseInt(text.strip());
      } catch (NumberFormatException e) {
        return -1;
      }
    }
  }
}
