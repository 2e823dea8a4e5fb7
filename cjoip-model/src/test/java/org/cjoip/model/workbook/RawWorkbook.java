package org.cjoip.model.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * Writes workbooks part by part, as XML text, for tests that need what a spreadsheet program
 * writes but POI's writer does not (inline strings, ISO date cells, formulas with saved
 * results) or what no honest program writes (a document type, a macro-enabled content type,
 * a part that expands a thousandfold). Shared with the examples' tests through the test jar.
 */
public final class RawWorkbook {

  /** The main part's content type of an .xlsx workbook. */
  public static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml";

  /** The main part's content type of a macro-enabled (.xlsm) workbook. */
  public static final String XLSM = "application/vnd.ms-excel.sheet.macroEnabled.main+xml";

  private final List<String[]> sheets = new ArrayList<>();
  private final List<String> shared = new ArrayList<>();
  private final Map<String, String> extra = new LinkedHashMap<>();
  private final Map<String, String> external = new LinkedHashMap<>();
  private String mainType = XLSX;
  private String numFmts = "";
  private int[] styleFormats = {0};
  private boolean date1904;

  /** A sheet: its name and its {@code <sheetData>} content (rows of cells). */
  public RawWorkbook sheet(String name, String rows) {
    sheets.add(new String[] {name, rows});
    return this;
  }

  /** A sheet whose whole XML part is given, doctype and all. */
  /** A sheet whose relationship points outside the package, at {@code target}. */
  public RawWorkbook externalSheet(String name, String target) {
    external.put(name, target);
    return sheet(name, "");
  }

  public RawWorkbook sheetPart(String name, String xml) {
    sheets.add(new String[] {name, null, xml});
    return this;
  }

  /** Texts of the shared strings table, as stored (escapes included). */
  public RawWorkbook shared(String... texts) {
    shared.addAll(List.of(texts));
    return this;
  }

  /** Custom number formats ({@code <numFmt numFmtId formatCode>}) and each style's format id. */
  public RawWorkbook styles(String numFmts, int... styleFormats) {
    this.numFmts = numFmts;
    this.styleFormats = styleFormats;
    return this;
  }

  public RawWorkbook mainType(String contentType) {
    this.mainType = contentType;
    return this;
  }

  public RawWorkbook date1904() {
    this.date1904 = true;
    return this;
  }

  /** Any other part, such as a VBA project. */
  public RawWorkbook part(String name, String content) {
    extra.put(name, content);
    return this;
  }

  /** A row of cells. */
  public static String row(int number, String... cells) {
    return "<row r=\"" + number + "\">" + String.join("", cells) + "</row>";
  }

  /** An inline string cell. */
  public static String inline(String ref, String text) {
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t xml:space=\"preserve\">" + escape(text)
        + "</t></is></c>";
  }

  /** A shared string cell. */
  public static String shared(String ref, int index) {
    return "<c r=\"" + ref + "\" t=\"s\"><v>" + index + "</v></c>";
  }

  /** A number cell with a style. */
  public static String number(String ref, String value, int style) {
    return "<c r=\"" + ref + "\" s=\"" + style + "\"><v>" + value + "</v></c>";
  }

  /** A number cell, General format. */
  public static String number(String ref, String value) {
    return "<c r=\"" + ref + "\"><v>" + value + "</v></c>";
  }

  /** A formula cell and its saved result; null for a formula never calculated. */
  public static String formula(String ref, String formula, String result) {
    return "<c r=\"" + ref + "\"><f>" + escape(formula) + "</f>"
        + (result == null ? "" : "<v>" + result + "</v>") + "</c>";
  }

  /** A boolean cell. */
  public static String bool(String ref, boolean value) {
    return "<c r=\"" + ref + "\" t=\"b\"><v>" + (value ? 1 : 0) + "</v></c>";
  }

  /** An ISO 8601 date cell. */
  public static String isoDate(String ref, String value) {
    return "<c r=\"" + ref + "\" t=\"d\"><v>" + value + "</v></c>";
  }

  public static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }

  public void write(Path file) throws IOException {
    try (OutputStream out = Files.newOutputStream(file)) {
      write(out, java.util.zip.Deflater.DEFAULT_COMPRESSION);
    }
  }

  public void write(OutputStream out, int level) throws IOException {
    try (ZipOutputStream zip = new ZipOutputStream(out)) {
      zip.setLevel(level);
      StringBuilder types = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
          + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package."
          + "relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
          + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"" + mainType + "\"/>");
      StringBuilder book = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
          + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
          + (date1904 ? "<workbookPr date1904=\"1\"/>" : "") + "<sheets>");
      StringBuilder rels = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
          + "relationships\">"
          + rel("rs", "sharedStrings", "sharedStrings.xml")
          + rel("rt", "styles", "styles.xml"));
      for (int i = 0; i < sheets.size(); i++) {
        String[] s = sheets.get(i);
        book.append("<sheet name=\"").append(escape(s[0]).replace("\"", "&quot;"))
            .append("\" sheetId=\"").append(i + 1).append("\" r:id=\"r").append(i + 1)
            .append("\"/>");
        if (external.containsKey(s[0])) {
          rels.append("<Relationship Id=\"r").append(i + 1).append("\" Type=\"http://schemas."
              + "openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"")
              .append(escape(external.get(s[0]))).append("\" TargetMode=\"External\"/>");
          continue;
        }
        rels.append(rel("r" + (i + 1), "worksheet", "worksheets/sheet" + (i + 1) + ".xml"));
        String xml = s.length > 2 ? s[2]
            : "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas."
                + "openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + s[1]
                + "</sheetData></worksheet>";
        put(zip, "xl/worksheets/sheet" + (i + 1) + ".xml", xml);
      }
      types.append("</Types>");
      book.append("</sheets></workbook>");
      rels.append("</Relationships>");
      put(zip, "[Content_Types].xml", types.toString());
      put(zip, "_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships "
          + "xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
          + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
          + "2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
      put(zip, "xl/workbook.xml", book.toString());
      put(zip, "xl/_rels/workbook.xml.rels", rels.toString());
      StringBuilder sst = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst "
          + "xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">");
      shared.forEach(t -> sst.append("<si><t xml:space=\"preserve\">").append(escape(t))
          .append("</t></si>"));
      put(zip, "xl/sharedStrings.xml", sst.append("</sst>").toString());
      StringBuilder styles = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
          + "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
          + "<numFmts>" + numFmts + "</numFmts><cellXfs>");
      for (int f : styleFormats) {
        styles.append("<xf numFmtId=\"").append(f).append("\"/>");
      }
      put(zip, "xl/styles.xml", styles.append("</cellXfs></styleSheet>").toString());
      for (Map.Entry<String, String> e : extra.entrySet()) {
        put(zip, e.getKey(), e.getValue());
      }
    }
  }

  private static String rel(String id, String type, String target) {
    return "<Relationship Id=\"" + id + "\" Type=\"http://schemas.openxmlformats.org/"
        + "officeDocument/2006/relationships/" + type + "\" Target=\"" + target + "\"/>";
  }

  private static void put(ZipOutputStream zip, String name, String content) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    zip.write(content.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }
}
