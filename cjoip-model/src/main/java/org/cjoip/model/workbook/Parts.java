package org.cjoip.model.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The structure of a workbook's package: which part is the workbook, what content type it
 * declares (a macro-enabled or binary workbook is refused here), its sheets in order, and its
 * shared strings and styles parts. Parts are named as the zip names them, without a leading
 * slash. Namespaces are not compared, so Strict Open XML reads as Transitional does.
 */
final class Parts {

  /** A worksheet: its name as the workbook gives it, and its part. */
  record SheetPart(String name, String part) {}

  private static final String MAIN = "spreadsheetml.sheet.main+xml";
  private static final String TEMPLATE = "spreadsheetml.template.main+xml";

  final String workbook;
  final List<SheetPart> sheets;
  final Optional<String> sharedStrings;
  final Optional<String> styles;
  final boolean date1904;

  private Parts(String workbook, List<SheetPart> sheets, Optional<String> sharedStrings,
      Optional<String> styles, boolean date1904) {
    this.workbook = workbook;
    this.sheets = sheets;
    this.sharedStrings = sharedStrings;
    this.styles = styles;
    this.date1904 = date1904;
  }

  static Parts read(Container zip) throws IOException {
    if (!zip.has("[Content_Types].xml")) {
      if (zip.has("mimetype") && zip.has("content.xml")) {
        throw new Refusal("the file is an OpenDocument file (.ods), not an .xlsx workbook: in "
            + "LibreOffice choose File > Save As > Excel 2007-365 (.xlsx), and import that copy");
      }
      throw new Refusal("the file is a zip file, but not a workbook (it has no "
          + "[Content_Types].xml)");
    }
    Map<String, String> overrides = new HashMap<>();
    Map<String, String> defaults = new HashMap<>();
    parse(zip, "[Content_Types].xml", (name, a) -> {
      if (name.equals("Override") && a.getValue("PartName") != null) {
        overrides.put(strip(a.getValue("PartName")), a.getValue("ContentType"));
      } else if (name.equals("Default") && a.getValue("Extension") != null) {
        defaults.put(a.getValue("Extension").toLowerCase(Locale.ROOT), a.getValue("ContentType"));
      }
    });
    Map<String, Rel> root = rels(zip, "");
    Rel office = root.values().stream()
        .filter(r -> r.type.endsWith("/officeDocument") && !r.external).findFirst()
        .orElseThrow(() -> new Refusal("the file is a zip file, but not a workbook (it names no "
            + "main document)"));
    String workbook = office.target;
    String type = overrides.getOrDefault(workbook,
        defaults.getOrDefault(extension(workbook), ""));
    checkType(type);
    if (!zip.has(workbook)) {
      throw new Refusal("the workbook's main part " + workbook + " is missing");
    }
    Map<String, Rel> rels = rels(zip, workbook);
    List<String[]> declared = new ArrayList<>();
    boolean[] date1904 = {false};
    parse(zip, workbook, (name, a) -> {
      if (name.equals("sheet")) {
        String id = null;
        for (int i = 0; i < a.getLength(); i++) {
          if (a.getLocalName(i).equals("id") && !a.getURI(i).isEmpty()) {
            id = a.getValue(i);
          }
        }
        declared.add(new String[] {a.getValue("name"), id});
      } else if (name.equals("workbookPr")) {
        String v = a.getValue("date1904");
        date1904[0] = v != null && (v.equals("1") || v.equalsIgnoreCase("true"));
      }
    });
    List<SheetPart> sheets = new ArrayList<>();
    for (String[] s : declared) {
      Rel rel = s[1] == null ? null : rels.get(s[1]);
      if (s[0] != null && rel == null) {
        throw new Refusal("the workbook's sheet '" + s[0] + "' names no part of the workbook ("
            + (s[1] == null ? "it has no relationship id" : "the workbook has no relationship "
                + s[1]) + ")");
      }
      if (s[0] != null && rel.external) {
        throw new Refusal("the workbook's sheet '" + s[0] + "' points outside the workbook, to '"
            + shown(rel.target) + "'; a plan workbook's sheets are inside it, and nothing "
            + "outside it is read");
      }
      // Chart sheets and dialog sheets hold no cells to read.
      if (s[0] != null && rel.type.endsWith("/worksheet")) {
        sheets.add(new SheetPart(s[0], rel.target));
      }
    }
    Optional<String> shared = part(rels, "/sharedStrings", "shared strings");
    Optional<String> styles = part(rels, "/styles", "styles");
    return new Parts(workbook, List.copyOf(sheets), shared, styles, date1904[0]);
  }

  private static void checkType(String type) {
    String t = type.toLowerCase(Locale.ROOT);
    if (t.contains("macroenabled")) {
      throw new Refusal("the file is a macro-enabled workbook (.xlsm), which cjoip does not "
          + "read: " + Container.SAVE_AS_XLSX);
    }
    if (t.contains("sheet.binary")) {
      throw new Refusal("the file is a binary workbook (.xlsb), which cjoip does not read: "
          + Container.SAVE_AS_XLSX);
    }
    if (t.contains("wordprocessingml")) {
      throw new Refusal("the file is a Word document (.docx), not a workbook");
    }
    if (t.contains("presentationml")) {
      throw new Refusal("the file is a PowerPoint presentation (.pptx), not a workbook");
    }
    if (!t.endsWith(MAIN) && !t.endsWith(TEMPLATE)) {
      throw new Refusal("the file is a zip file, but not an .xlsx workbook (its main part's "
          + "content type is '" + type + "')");
    }
  }

  /** A relationship: its type, and its target as a part name, or as written if external. */
  private record Rel(String type, String target, boolean external) {}

  /** The workbook's part of a type; one outside the workbook is refused. */
  private static Optional<String> part(Map<String, Rel> rels, String type, String what) {
    Optional<Rel> rel = rels.values().stream().filter(r -> r.type.endsWith(type)).findFirst();
    if (rel.isPresent() && rel.get().external) {
      throw new Refusal("the workbook's " + what + " part points outside the workbook, to '"
          + shown(rel.get().target) + "'; nothing outside a workbook is read");
    }
    return rel.map(Rel::target);
  }

  /** A target as a message quotes it: a long one cut short. */
  private static String shown(String target) {
    return target.length() <= 200 ? target : target.substring(0, 200) + "…";
  }

  /** The relationships of a part ("" for the package), targets resolved to part names. */
  private static Map<String, Rel> rels(Container zip, String source) throws IOException {
    int slash = source.lastIndexOf('/');
    String dir = slash < 0 ? "" : source.substring(0, slash + 1);
    String name = dir + "_rels/" + source.substring(slash + 1) + ".rels";
    Map<String, Rel> out = new HashMap<>();
    parse(zip, name, (element, a) -> {
      if (element.equals("Relationship") && a.getValue("Id") != null
          && a.getValue("Target") != null) {
        // An external target is kept as written, never resolved, fetched or read.
        boolean external = "External".equals(a.getValue("TargetMode"));
        out.put(a.getValue("Id"), new Rel(String.valueOf(a.getValue("Type")),
            external ? a.getValue("Target") : resolve(dir, a.getValue("Target")), external));
      }
    });
    return out;
  }

  /** A relationship's target as a part name: relative to the source's folder, or absolute. */
  static String resolve(String dir, String target) {
    String path = target.startsWith("/") ? target.substring(1) : dir + target;
    Deque<String> parts = new ArrayDeque<>();
    for (String p : path.split("/")) {
      if (p.isEmpty() || p.equals(".")) {
        continue;
      }
      if (p.equals("..")) {
        parts.pollLast();
      } else {
        parts.addLast(p);
      }
    }
    return String.join("/", parts);
  }

  private static String strip(String partName) {
    return partName.startsWith("/") ? partName.substring(1) : partName;
  }

  private static String extension(String part) {
    int dot = part.lastIndexOf('.');
    return dot < 0 ? "" : part.substring(dot + 1).toLowerCase(Locale.ROOT);
  }

  /** Receives each element's local name and attributes. */
  private interface Elements {
    void element(String localName, Attributes attributes);
  }

  private static void parse(Container zip, String part, Elements elements) throws IOException {
    Optional<InputStream> in = zip.part(part);
    if (in.isEmpty()) {
      return;
    }
    Xml.parse(in.get(), part, new DefaultHandler() {
      @Override
      public void startElement(String uri, String localName, String qName, Attributes a) {
        elements.element(localName, a);
      }
    });
  }
}
