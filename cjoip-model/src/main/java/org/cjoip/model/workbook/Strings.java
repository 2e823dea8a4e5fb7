package org.cjoip.model.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.xml.sax.Attributes;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Cell text as a workbook stores it: the shared strings table, and the escapes of Office Open
 * XML ({@code _x000D_} for a character XML cannot hold, {@code _x005F_} for a literal
 * underscore that would read as one).
 */
final class Strings {

  private static final Pattern ESCAPE = Pattern.compile("_x([0-9A-Fa-f]{4})_");

  private Strings() {}

  /** A stored text as it reads: its escapes replaced by the characters they stand for. */
  static String decode(String stored) {
    if (stored.indexOf("_x") < 0) {
      return stored;
    }
    Matcher m = ESCAPE.matcher(stored);
    StringBuilder out = new StringBuilder(stored.length());
    while (m.find()) {
      m.appendReplacement(out, "");
      out.append((char) Integer.parseInt(m.group(1), 16));
    }
    m.appendTail(out);
    return out.toString();
  }

  /**
   * A text as it must be stored to read back the same: characters that XML 1.0 cannot hold,
   * and the underscore of anything that reads as an escape, are escaped.
   */
  static String encode(String text) {
    StringBuilder out = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean escape = !allowed(text, i)
          || (c == '_' && ESCAPE.matcher(text).region(i, text.length()).lookingAt());
      if (escape && out == null) {
        out = new StringBuilder(text.length() + 16).append(text, 0, i);
      }
      if (out != null) {
        if (escape) {
          out.append(String.format("_x%04X_", (int) c));
        } else {
          out.append(c);
        }
      }
    }
    return out == null ? text : out.toString();
  }

  private static boolean allowed(String text, int i) {
    char c = text.charAt(i);
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    if (c < 0x20 || c == 0xFFFE || c == 0xFFFF) {
      return false;
    }
    if (Character.isHighSurrogate(c)) {
      return i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1));
    }
    if (Character.isLowSurrogate(c)) {
      return i > 0 && Character.isHighSurrogate(text.charAt(i - 1));
    }
    return true;
  }

  /**
   * Reads the shared strings table: each {@code si}'s text, its runs joined, its phonetic
   * readings left out.
   */
  static List<String> shared(Container zip, String part, int maxStrings, int maxLength)
      throws IOException {
    Optional<InputStream> in = zip.part(part);
    List<String> out = new ArrayList<>();
    if (in.isEmpty()) {
      return out;
    }
    Xml.parse(in.get(), part, new DefaultHandler() {
      private final StringBuilder text = new StringBuilder();
      private boolean inItem;
      private boolean inText;
      private int phonetic;

      @Override
      public void startElement(String uri, String name, String qName, Attributes a) {
        switch (name) {
          case "si" -> {
            inItem = true;
            text.setLength(0);
          }
          case "rPh" -> phonetic++;
          case "t" -> inText = inItem && phonetic == 0;
          default -> { }
        }
      }

      @Override
      public void endElement(String uri, String name, String qName) {
        switch (name) {
          case "si" -> {
            if (out.size() >= maxStrings) {
              throw new Refusal("the workbook's shared strings table holds more than "
                  + maxStrings + " texts, more than the limit of cells");
            }
            out.add(decode(text.toString()));
            inItem = false;
          }
          case "rPh" -> phonetic--;
          case "t" -> inText = false;
          default -> { }
        }
      }

      @Override
      public void characters(char[] ch, int start, int length) {
        if (inText) {
          if (text.length() + length > maxLength) {
            throw new Refusal("a text in the workbook's shared strings table is longer than "
                + "the limit of " + maxLength + " characters");
          }
          text.append(ch, start, length);
        }
      }
    });
    return out;
  }
}
