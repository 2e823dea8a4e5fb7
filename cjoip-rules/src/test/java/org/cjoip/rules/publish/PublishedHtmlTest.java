package org.cjoip.rules.publish;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;

final class PublishedHtmlTest {

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static List<String> texts(Document doc, String xpath) throws Exception {
    NodeList list = (NodeList) XPathFactory.newInstance().newXPath()
        .evaluate(xpath, doc, XPathConstants.NODESET);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add(list.item(i).getTextContent());
    }
    return out;
  }

  @Test
  void page_isWellFormed_withHeadingsInOrder() throws Exception {
    Document doc = parse(PublishedHtml.write(PublishFixtures.report()));

    assertThat(texts(doc, "//h1")).containsExactly(
        "Testshire Community Justice Annual Report 2024/25 (fictional)");
    assertThat(texts(doc, "//h2")).containsExactly("About this report",
        "Action taken and progress, by priority action and outcome", "Achievements",
        "Challenges", "Next steps", "Consultation and governance",
        "Appendix: the checks' findings");
    assertThat(texts(doc, "//h3")).hasSize(5).contains(
        "Local outcome L1: People in Testshire feel safer in their neighbourhoods.",
        "Consultation", "Governance");
    assertThat(texts(doc, "//h4")).hasSize(9);
    assertThat(texts(doc, "//script")).isEmpty();
    assertThat(texts(doc, "//th[not(@scope)]")).isEmpty();
  }

  @Test
  void page_printsTheFiguresAndTheFacts() throws Exception {
    Document doc = parse(PublishedHtml.write(PublishFixtures.report()));

    assertThat(texts(doc, "//section[@data-pa='1']//table[@class='figures']/tbody/tr/td[1]"))
        .containsExactly("102", "90", "suppressed", "not reported");
    assertThat(texts(doc, "//tr[@data-state='suppressed']/td"))
        .containsExactly("suppressed", "suppressed", "–", "–");
    assertThat(texts(doc, "//dd[@data-fact='sign-off']"))
        .containsExactly("Chair of the partnership, 20 September 2025");
    assertThat(texts(doc, "//section[@data-pa='1']//tr[@data-status='delayed']/td[3]"))
        .containsExactly("Due 31 March 2025; revised to 31 March 2026: The fiscal's review of"
            + " pathways moved to 2025/26.");
    assertThat(texts(doc, "//section[@id='appendix']/p")).containsExactly(
        PublishFixtures.report().findingsSummary(), "No findings.");
  }

  @Test
  void returnsWords_areEscaped() throws Exception {
    String hostile = "<script>alert(1)</script> \\\"><img src=x onerror=alert(1)>";
    String text = PublishFixtures.text().replace("Recruitment of justice social workers.",
        "\"" + hostile + "\"");

    String html = PublishedHtml.write(PublishFixtures.report(PublishFixtures.checked(text)));

    Document doc = parse(html);
    assertThat(texts(doc, "//section[@id='challenges']//li"))
        .containsExactly("<script>alert(1)</script> \"><img src=x onerror=alert(1)>");
    assertThat(texts(doc, "//script")).isEmpty();
    assertThat(texts(doc, "//img")).isEmpty();
  }

  @Test
  void sameReport_givesTheSameBytes() {
    assertThat(PublishedHtml.write(PublishFixtures.report()))
        .isEqualTo(PublishedHtml.write(PublishFixtures.report()));
  }
}
