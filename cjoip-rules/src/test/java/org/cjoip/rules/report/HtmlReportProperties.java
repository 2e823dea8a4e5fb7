package org.cjoip.rules.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.rules.Assessor;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

/** Whatever a plan says, the report shows it as text, exactly, and never as markup. */
final class HtmlReportProperties {

  private static final Assessor ASSESSOR = Assessor.standard();

  /**
   * Any text a plan can hold in XML: printable characters, markup and entity characters most
   * often, and no control characters other than tab and newline.
   */
  @Provide
  Arbitrary<String> texts() {
    Arbitrary<Character> markup = Arbitraries.of('<', '>', '&', '"', '\'', '/', ';', '#', '=',
        ']', '!', '-', '{', '}', '%', ' ', '\t', '\n');
    Arbitrary<Character> any = Arbitraries.chars().range(' ', '\uD7FF');
    return Arbitraries.frequencyOf(Tuple.of(3, markup), Tuple.of(2, any))
        .list().ofMinSize(1).ofMaxSize(40)
        .map(cs -> {
          StringBuilder b = new StringBuilder();
          cs.forEach(b::append);
          return b.toString();
        });
  }

  @Property(tries = 30)
  void anyText_readsBackExactlyAsText(@ForAll("texts") String text) throws Exception {
    Plan plan = Plan.builder()
        .title("Plan " + text)
        .framework("cjpf-2023")
        .partnership(Partnership.builder().name("P").build())
        .addPriorityActions(PriorityActionResponse.builder().number(1)
            .addDeliverables(Deliverable.builder().id("1.1").description(text)
                .timescale("31 March 2026").build())
            .build())
        .build();
    Document doc = parse(HtmlReport.write(ASSESSOR.assess(plan, LocalDate.of(2025, 4, 1))));

    Element h1 = (Element) doc.getElementsByTagName("h1").item(0);
    assertThat(h1.getTextContent()).isEqualTo("Plan " + text);
    assertThat(h1.getElementsByTagName("*").getLength()).isZero();
    Element row = (Element) XPathFactory.newInstance().newXPath().evaluate(
        "//table[@class='deliverables']/tbody/tr[th='1.1']/td[2]", doc, XPathConstants.NODE);
    assertThat(row.getTextContent()).isEqualTo(text);
    assertThat(row.getElementsByTagName("*").getLength()).isZero();
    for (String tag : new String[] {"script", "img", "iframe", "object", "link"}) {
      assertThat(doc.getElementsByTagName(tag).getLength()).as(tag).isZero();
    }
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }
}
