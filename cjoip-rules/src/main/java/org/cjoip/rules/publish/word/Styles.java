package org.cjoip.rules.publish.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFonts;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPrGeneral;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

/**
 * The document's paragraph styles, defined in its own styles part: Word's built-in names
 * ("heading 1", …) with their usual ids, and an outline level on each heading, so Word's
 * navigation pane lists them and a PDF export makes bookmarks of them.
 */
final class Styles {

  private static final String FONT = "Arial";
  private static final String COLOUR = "12355B";

  private Styles() {}

  static void define(XWPFDocument doc) {
    XWPFStyles styles = doc.createStyles();
    styles.setSpellingLanguage("en-GB");
    styles.setDefaultFonts(fonts());
    styles.addStyle(new XWPFStyle(normal(), styles));
    styles.addStyle(new XWPFStyle(paragraphStyle(PublishedWord.TITLE, "Title", 48, -1, 0),
        styles));
    styles.addStyle(new XWPFStyle(paragraphStyle(PublishedWord.HEADING_1, "heading 1", 32, 0,
        360), styles));
    styles.addStyle(new XWPFStyle(paragraphStyle(PublishedWord.HEADING_2, "heading 2", 26, 1,
        280), styles));
    styles.addStyle(new XWPFStyle(paragraphStyle(PublishedWord.HEADING_3, "heading 3", 22, 2,
        200), styles));
  }

  private static CTFonts fonts() {
    CTFonts fonts = CTFonts.Factory.newInstance();
    fonts.setAscii(FONT);
    fonts.setHAnsi(FONT);
    fonts.setCs(FONT);
    fonts.setEastAsia(FONT);
    return fonts;
  }

  private static CTStyle normal() {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId("Normal");
    s.setType(STStyleType.PARAGRAPH);
    s.setDefault(true);
    s.addNewName().setVal("Normal");
    s.addNewQFormat();
    s.addNewPPr().addNewSpacing().setAfter(BigInteger.valueOf(120));
    // 11 point.
    s.addNewRPr().addNewSz().setVal(BigInteger.valueOf(22));
    return s;
  }

  /**
   * A bold paragraph style in the report's colour, kept with the paragraph after it.
   *
   * @param halfPoints the font size in half points
   * @param outlineLevel the heading's level from 0, or -1 for none
   * @param before the space before, in twentieths of a point
   */
  private static CTStyle paragraphStyle(String id, String name, int halfPoints,
      int outlineLevel, int before) {
    CTStyle s = CTStyle.Factory.newInstance();
    s.setStyleId(id);
    s.setType(STStyleType.PARAGRAPH);
    s.addNewName().setVal(name);
    s.addNewBasedOn().setVal("Normal");
    s.addNewNext().setVal("Normal");
    s.addNewUiPriority().setVal(BigInteger.valueOf(outlineLevel < 0 ? 10 : 9));
    s.addNewQFormat();
    CTPPrGeneral p = s.addNewPPr();
    p.addNewKeepNext();
    p.addNewKeepLines();
    p.addNewSpacing().setBefore(BigInteger.valueOf(before));
    if (outlineLevel >= 0) {
      p.addNewOutlineLvl().setVal(BigInteger.valueOf(outlineLevel));
    }
    CTRPr r = s.addNewRPr();
    r.addNewB();
    r.addNewColor().setVal(COLOUR);
    r.addNewSz().setVal(BigInteger.valueOf(halfPoints));
    r.addNewSzCs().setVal(BigInteger.valueOf(halfPoints));
    return s;
  }
}
