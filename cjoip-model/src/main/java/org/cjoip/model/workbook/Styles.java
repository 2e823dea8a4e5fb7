package org.cjoip.model.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.BuiltinFormats;
import org.apache.poi.ss.usermodel.DateUtil;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The number formats of a workbook's cell styles: what a cell's {@code s} attribute says about
 * how its number is displayed, and whether it is a date. Not thread-safe: one per workbook read.
 */
final class Styles {

  /**
   * A number format: its id and its format code ("0.00", "dd/mm/yyyy", "General"), and
   * whether it shows a date, worked out once.
   */
  record Format(int id, String code, boolean isDate) {
    Format(int id, String code) {
      this(id, code, DateUtil.isADateFormat(id, code));
    }

    boolean isGeneral() {
      return id == 0 || code.equalsIgnoreCase("General");
    }
  }

  static final Format GENERAL = new Format(0, "General");

  private final List<Integer> formatOfStyle;
  private final Map<Integer, String> codes;
  // A style's format, looked up once: a sheet asks for the same few styles over and over.
  private final Map<Integer, Format> formats = new HashMap<>();

  private Styles(List<Integer> formatOfStyle, Map<Integer, String> codes) {
    this.formatOfStyle = formatOfStyle;
    this.codes = codes;
  }

  static Styles none() {
    return new Styles(List.of(), Map.of());
  }

  /** The number format of a cell style; General for a style the workbook lacks. */
  Format format(int style) {
    if (style < 0 || style >= formatOfStyle.size()) {
      return GENERAL;
    }
    return formats.computeIfAbsent(style, this::lookUp);
  }

  private Format lookUp(int style) {
    int id = formatOfStyle.get(style);
    String code = codes.get(id);
    if (code == null) {
      code = id >= 0 && id < BuiltinFormats.getAll().length ? BuiltinFormats.getBuiltinFormat(id)
          : null;
    }
    return code == null ? GENERAL : new Format(id, code);
  }

  static Styles read(Container zip, String part, int maxStyles) throws IOException {
    Optional<InputStream> in = zip.part(part);
    if (in.isEmpty()) {
      return none();
    }
    List<Integer> formats = new ArrayList<>();
    Map<Integer, String> codes = new HashMap<>();
    Xml.parse(in.get(), part, new DefaultHandler() {
      private boolean inCellXfs;

      @Override
      public void startElement(String uri, String name, String qName, Attributes a) {
        if (name.equals("numFmt")) {
          Integer id = integer(a.getValue("numFmtId"));
          if (id != null && a.getValue("formatCode") != null) {
            codes.put(id, a.getValue("formatCode"));
          }
        } else if (name.equals("cellXfs")) {
          inCellXfs = true;
        } else if (name.equals("xf") && inCellXfs) {
          if (formats.size() >= maxStyles) {
            throw new Refusal("the workbook has more than " + maxStyles + " cell styles");
          }
          Integer id = integer(a.getValue("numFmtId"));
          formats.add(id == null ? 0 : id);
        }
      }

      @Override
      public void endElement(String uri, String name, String qName) {
        if (name.equals("cellXfs")) {
          inCellXfs = false;
        }
      }
    });
    return new Styles(List.copyOf(formats), Map.copyOf(codes));
  }

  private static Integer integer(String text) {
    try {
      return text == null ? null : Integer.valueOf(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
