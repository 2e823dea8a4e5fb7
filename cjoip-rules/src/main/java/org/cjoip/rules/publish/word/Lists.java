package org.cjoip.rules.publish.word;

import java.math.BigInteger;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * The document's bulleted list: a numbering definition of one level with a bullet, so that
 * achievements, challenges and next steps are lists Word and a screen reader know as lists.
 */
final class Lists {

  private final BigInteger bullet;

  private Lists(BigInteger bullet) {
    this.bullet = bullet;
  }

  static Lists define(XWPFDocument doc) {
    CTAbstractNum definition = CTAbstractNum.Factory.newInstance();
    definition.setAbstractNumId(BigInteger.ZERO);
    CTLvl level = definition.addNewLvl();
    level.setIlvl(BigInteger.ZERO);
    level.addNewStart().setVal(BigInteger.ONE);
    level.addNewNumFmt().setVal(STNumberFormat.BULLET);
    level.addNewLvlText().setVal("•");
    CTInd indent = level.addNewPPr().addNewInd();
    indent.setLeft(BigInteger.valueOf(720));
    indent.setHanging(BigInteger.valueOf(360));
    XWPFNumbering numbering = doc.createNumbering();
    BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(definition, numbering));
    return new Lists(numbering.addNum(abstractId));
  }

  /** Makes the paragraph an item of the bulleted list. */
  void bullet(XWPFParagraph p) {
    p.setNumID(bullet);
    p.setNumILvl(BigInteger.ZERO);
  }
}
