package org.cjoip.model.workbook;

import java.io.IOException;
import java.io.InputStream;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Parses a workbook's XML parts, streaming, with the JDK's own parser: a document type
 * declaration is refused outright (no part of a workbook has one), so no entity, external or
 * internal, is ever expanded, and nothing is fetched.
 */
final class Xml {

  private static final SAXParserFactory FACTORY = factory();

  private Xml() {}

  private static SAXParserFactory factory() {
    try {
      SAXParserFactory f = SAXParserFactory.newDefaultInstance();
      f.setNamespaceAware(true);
      f.setValidating(false);
      f.setXIncludeAware(false);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature("http://xml.org/sax/features/external-general-entities", false);
      f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
      f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
      return f;
    } catch (ParserConfigurationException | SAXException e) {
      throw new IllegalStateException("the JDK's XML parser cannot be made safe", e);
    }
  }

  /**
   * Parses one part with a handler; a refusal raised by the stream or the handler comes out
   * as it was thrown, and malformed XML as a refusal naming the part.
   */
  static void parse(InputStream in, String part, DefaultHandler handler) throws IOException {
    try (InputStream stream = in) {
      SAXParser parser = FACTORY.newSAXParser();
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
      parser.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
      InputSource source = new InputSource(stream);
      source.setSystemId(part);
      parser.parse(source, handler);
    } catch (SAXException e) {
      Refusal refusal = refusal(e);
      if (refusal != null) {
        throw refusal;
      }
      String message = String.valueOf(e.getMessage());
      if (message.contains("DOCTYPE")) {
        throw new Refusal("the workbook's part " + part + " declares a document type (DTD), "
            + "which no workbook does: it is refused, and no entity in it is resolved");
      }
      String where = e instanceof SAXParseException p && p.getLineNumber() > 0
          ? " at line " + p.getLineNumber() + ", column " + p.getColumnNumber() : "";
      throw new Refusal("the workbook's part " + part + " is not well-formed XML" + where
          + ": " + firstLine(message));
    } catch (ParserConfigurationException e) {
      throw new IllegalStateException(e);
    } catch (RuntimeException e) {
      Refusal refusal = refusal(e);
      if (refusal != null) {
        throw refusal;
      }
      throw e;
    }
  }

  private static Refusal refusal(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof Refusal r) {
        return r;
      }
      if (t instanceof SAXException s && s.getException() instanceof Refusal r) {
        return r;
      }
    }
    return null;
  }

  private static String firstLine(String message) {
    int nl = message.indexOf('\n');
    return (nl < 0 ? message : message.substring(0, nl)).strip();
  }
}
