package org.cjoip.rules.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.xpath.XPath;
import javax.xml.xpath.XPathConstants;
import javax.xml.xpath.XPathFactory;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Period;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Status;
import org.cjoip.model.plan.Target;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

final class HtmlReportTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  /** Texts that would inject markup, break out of an attribute or a style, or end CDATA. */
  static final String HOSTILE = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> "
      + "' onmouseover='x &amp; &lt; </style> ]]>";

  private static Plan plan(String words) {
    return Plan.builder()
        .title("Plan " + words)
        .framework("cjpf-2023")
        .period(Period.of(LocalDate.of(2023, 4, 1), LocalDate.of(2026, 3, 31)))
        .partnership(Partnership.builder().name("Partnership " + words).build())
        .addPriorityActions(PriorityActionResponse.builder().number(1)
            .nationalOutcome("Outcome " + words)
            .addLocalIndicators("Local " + words)
            .addDeliverables(Deliverable.builder().id("1.1").description("Train " + words)
                .timescale("31 March 2024").build())
            .addDeliverables(Deliverable.builder().id("1.2").description("Review " + words)
                .timescale("Ongoing").build())
            .addDeliverables(Deliverable.builder().id("1.3").description("Map " + words)
                .timescale("TBC " + words).build())
            .addDeliverables(Deliverable.builder().id("1.4").description("Publish")
                .timescale("31 December 2024").status(Status.COMPLETE).build())
            .addDeliverables(Deliverable.builder().id("1.5").description("Extend")
                .timescale("31 March 2026").build())
            .build())
        .addIndicators(Indicator.builder().name("Indicator " + words).priorityAction(1)
            .unit(Unit.PERCENT)
            .baseline(Figure.builder().period(FinancialYear.of(2019))
                .value(new BigDecimal("40")).build())
            .addResults(Figure.builder().period(FinancialYear.of(2021))
                .value(new BigDecimal("45")).build())
            .addResults(Figure.builder().period(FinancialYear.of(2022))
                .value(new BigDecimal("50.0")).text("Half " + words).build())
            .target(Target.builder().direction(Direction.INCREASE)
                .value(new BigDecimal("60")).period(FinancialYear.of(2026)).build())
            .build())
        .build();
  }

  private static Assessment assess(Plan plan) {
    return Assessor.standard().assess(plan, AS_OF);
  }

  private static Document parse(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setXIncludeAware(false);
    factory.setExpandEntityReferences(false);
    DocumentBuilder builder = factory.newDocumentBuilder();
    return builder.parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  private static NodeList nodes(Document doc, String xpath) throws Exception {
    XPath x = XPathFactory.newInstance().newXPath();
    x.setNamespaceContext(new javax.xml.namespace.NamespaceContext() {
      @Override
      public String getNamespaceURI(String prefix) {
        return "h".equals(prefix) ? "http://www.w3.org/1999/xhtml"
            : "s".equals(prefix) ? "http://www.w3.org/2000/svg" : XMLConstants.NULL_NS_URI;
      }

      @Override
      public String getPrefix(String uri) {
        return null;
      }

      @Override
      public java.util.Iterator<String> getPrefixes(String uri) {
        return null;
      }
    });
    return (NodeList) x.evaluate(xpath, doc, XPathConstants.NODESET);
  }

  private static List<String> texts(Document doc, String xpath) throws Exception {
    NodeList list = nodes(doc, xpath);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < list.getLength(); i++) {
      out.add(list.item(i).getTextContent());
    }
    return out;
  }

  private static Document namespaceAware(String html) throws Exception {
    DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
    factory.setNamespaceAware(true);
    factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
    factory.setFeature("http://xml.org/sax/features/external-general-entities", false);
    factory.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
    factory.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
    factory.setExpandEntityReferences(false);
    return factory.newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void write_escapesEveryHostileText() {
    String html = HtmlReport.write(assess(plan(HOSTILE)));

    assertThat(html)
        .contains("<h1 class=\"plan-title\">Plan &lt;script&gt;alert(1)&lt;/script&gt; "
            + "&quot;&gt;&lt;img src=x onerror=alert(1)&gt; &#39; onmouseover=&#39;x "
            + "&amp;amp; &amp;lt; &lt;/style&gt; ]]&gt;</h1>")
        .contains("<title>Assessment: Plan &lt;script&gt;")
        .contains("Train &lt;script&gt;alert(1)&lt;/script&gt;")
        .contains("TBC &lt;script&gt;")
        .contains("Half &lt;script&gt;")
        .doesNotContain("<script")
        .doesNotContain("<img")
        .doesNotContain("onmouseover='")
        .doesNotContain("</style> ]]>");
    assertThat(html.indexOf("</style>")).isEqualTo(html.lastIndexOf("</style>"));
  }

  @Test
  void write_readsBackEveryHostileTextExactly() throws Exception {
    Document doc = namespaceAware(HtmlReport.write(assess(plan(HOSTILE))));

    assertThat(texts(doc, "//h:h1")).containsExactly("Plan " + HOSTILE);
    assertThat(texts(doc, "//h:table[@class='deliverables']/h:tbody/h:tr/h:td[2]"))
        .containsExactly("Train " + HOSTILE, "Review " + HOSTILE, "Map " + HOSTILE, "Publish",
            "Extend");
    assertThat(nodes(doc, "//h:script").getLength()).isZero();
    assertThat(nodes(doc, "//h:img").getLength()).isZero();
    assertThat(nodes(doc, "//@onerror | //@onmouseover").getLength()).isZero();
  }

  @Test
  void write_isWellFormedWithASecurityPolicyThatForbidsLoadingAnything() throws Exception {
    Document doc = namespaceAware(HtmlReport.write(assess(plan("x"))));

    Element csp = (Element) nodes(doc, "//h:meta[@http-equiv]").item(0);
    assertThat(csp.getAttribute("http-equiv")).isEqualTo("Content-Security-Policy");
    assertThat(csp.getAttribute("content"))
        .isEqualTo("default-src 'none'; style-src 'unsafe-inline'; img-src data:");
    assertThat(nodes(doc, "//@src").getLength()).isZero();
    assertThat(texts(doc, "//@href")).allMatch(h -> h.startsWith("#"));
    assertThat(nodes(doc, "//h:link | //h:script | //h:iframe | //h:object").getLength())
        .isZero();
  }

  @Test
  void write_countsEachSeverityAndListsEveryFinding() throws Exception {
    Assessment a = assess(plan("x"));

    Document doc = namespaceAware(HtmlReport.write(a));

    for (Severity s : Severity.values()) {
      String kind = s.name().toLowerCase(java.util.Locale.ROOT);
      assertThat(texts(doc, "//h:li[@data-count='" + kind + "']/h:span[@class='n']"))
          .containsExactly(String.valueOf(a.counts().get(s)));
      assertThat(nodes(doc, "//h:li[@data-severity='" + kind + "']").getLength())
          .isEqualTo(a.counts().get(s));
    }
    assertThat(texts(doc, "//h:li[@data-severity]/@data-rule"))
        .containsExactlyInAnyOrderElementsOf(a.findings().stream().map(Finding::ruleId).toList());
  }

  @Test
  void write_givesAMatrixRowPerPriorityActionWithHeaderCells() throws Exception {
    Assessment a = assess(plan("x"));

    Document doc = namespaceAware(HtmlReport.write(a));

    assertThat(texts(doc, "//h:table[@class='matrix']//h:tr/@data-pa")).containsExactly(
        "1", "2", "3", "4", "5", "6", "7", "8", "9", "10", "11", "12", "13");
    assertThat(texts(doc, "//h:table[@class='matrix']/h:thead//h:th/@scope"))
        .hasSize(8).containsOnly("col");
    assertThat(texts(doc, "//h:table[@class='matrix']//h:tr[@data-pa]/h:th/@scope"))
        .hasSize(13).containsOnly("row");
    assertThat(texts(doc, "//h:tr[@data-pa='1']/h:td/@data-mark"))
        .containsExactly("yes", "no", "no");
    assertThat(texts(doc, "//h:tr[@data-pa='2']/h:td[@data-col='addressed']/@data-mark"))
        .containsExactly("no");
    assertThat(texts(doc, "//h:tr[@data-pa='1']/h:td[@data-col='deliverables']"))
        .containsExactly("5");
    assertThat(texts(doc, "//h:tr[@data-pa='1']/h:td[@data-col='overdue']/@data-n"))
        .containsExactly(String.valueOf(a.coverageOf(1).overdue()));
    assertThat(texts(doc, "//h:td[@data-mark='no']/h:span")).allMatch(t -> t.endsWith("No"));
    assertThat(texts(doc, "//h:ul[@class='legend']/h:li[contains(., 'none given')]"))
        .singleElement().asString().isEqualToNormalizingWhitespace(
            "0 none given; ! 1 the count of its deliverables overdue as of " + a.asOf());
  }

  @Test
  void write_matrixCountsWaivedFindingsApartInWords() throws Exception {
    Assessment a = org.cjoip.rules.Assessor.builder().waivers(List.of(org.cjoip.rules.Waiver
        .builder().rule("CJ-COV-001").priorityAction(2).reason("Being drafted").build()))
        .build().assess(plan("x"), AS_OF);

    Document doc = namespaceAware(HtmlReport.write(a));

    assertThat(texts(doc, "//h:tr[@data-pa='2']/h:td[@data-col='findings']"))
        .containsExactly("0 (+1 waived)");
  }

  @Test
  void write_headingsDescendOneLevelAtATime() throws Exception {
    Document doc = namespaceAware(HtmlReport.write(assess(plan("x"))));

    List<Integer> levels = new ArrayList<>();
    NodeList all = nodes(doc, "//*[self::h:h1 or self::h:h2 or self::h:h3 or self::h:h4 "
        + "or self::h:h5 or self::h:h6]");
    for (int i = 0; i < all.getLength(); i++) {
      levels.add(all.item(i).getLocalName().charAt(1) - '0');
    }
    assertThat(levels.get(0)).isEqualTo(1);
    assertThat(levels.stream().filter(l -> l == 1).count()).isEqualTo(1);
    for (int i = 1; i < levels.size(); i++) {
      assertThat(levels.get(i)).as("heading %d of %s", i, levels)
          .isLessThanOrEqualTo(levels.get(i - 1) + 1);
    }
  }

  @ParameterizedTest
  @CsvSource({
    "1.1, overdue, Overdue, 2024-03-31",
    "1.2, open-ended, Open-ended, ",
    "1.3, no-date, No date, ",
    "1.4, complete, Complete, 2024-12-31",
    "1.5, due, Due, 2026-03-31"
  })
  void write_marksEachDeliverableOnTheTimeline(String id, String kind, String word, String due)
      throws Exception {
    Document doc = namespaceAware(HtmlReport.write(assess(plan("x"))));

    String row = "//h:table[@class='deliverables']/h:tbody/h:tr[h:th='" + id + "']";
    assertThat(texts(doc, row + "/@data-kind")).containsExactly(kind);
    assertThat(texts(doc, row + "/h:td[7]")).containsExactly(word.equals("Overdue")
        ? "! Overdue" : word);
    assertThat(texts(doc, row + "/h:td[6]")).containsExactly(due == null ? "–" : due);
    int plotted = kind.equals("no-date") ? 0 : 1;
    assertThat(nodes(doc, "//s:g[@data-kind='" + kind + "']").getLength()).isEqualTo(plotted);
  }

  @Test
  void write_drawsTheIndicatorsBaselineResultsAndTargetToScale() throws Exception {
    Document doc = namespaceAware(HtmlReport.write(assess(plan("x"))));

    assertThat(texts(doc, "//s:g[starts-with(@class,'bar-')]/@data-kind"))
        .containsExactly("baseline", "result", "result", "target");
    assertThat(texts(doc, "//s:g[starts-with(@class,'bar-')]/@data-value"))
        .containsExactly("40%", "45%", "50%", "60%");
    // 128 units from 0 to the largest figure, 60%: 40% is 85.3 high, 60% is 128.
    assertThat(texts(doc, "//s:g[starts-with(@class,'bar-')]/s:rect/@height"))
        .containsExactly("85.3", "96.0", "106.7", "128.0");
    assertThat(texts(doc, "//h:table[@class='figures']/h:tbody/h:tr/h:td[1]"))
        .containsExactly("2019/20", "2021/22", "2022/23", "2026/27");
    assertThat(texts(doc, "//h:table[@class='figures']/h:tbody/h:tr/h:td[3]"))
        .containsExactly("–", "–", "Half x", "increase");
  }

  @Test
  void write_withoutFiguresSaysSoAndDrawsNoChart() throws Exception {
    Plan plan = Plan.builder().from(plan("x")).indicators(List.of()).build();

    Document doc = namespaceAware(HtmlReport.write(assess(plan)));

    assertThat(texts(doc, "//h:section[@id='p1-indicators']/h:p"))
        .containsExactly("The plan reports no indicator figures.");
    assertThat(nodes(doc, "//s:g[starts-with(@class,'bar-')]").getLength()).isZero();
  }

  @Test
  void write_namesAtMostTenYearsOnTheTimelineAxis() throws Exception {
    Plan plan = Plan.builder().from(plan("x"))
        .period(Period.of(LocalDate.of(2000, 4, 1), LocalDate.of(2030, 3, 31))).build();

    Document doc = namespaceAware(HtmlReport.write(assess(plan)));

    assertThat(texts(doc, "//h:section[@id='p1-timeline']//s:svg/s:text[@text-anchor='middle']")
        .stream().filter(t -> !t.isEmpty()).toList())
        .containsExactly("2000/01", "2003/04", "2006/07", "2009/10", "2012/13", "2015/16",
            "2018/19", "2021/22", "2024/25", "2027/28");
  }

  @Test
  void write_refusesNoAssessments() {
    assertThatThrownBy(() -> HtmlReport.write(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("assessments must not be empty");
  }

  @Test
  void write_isByteStable() {
    assertThat(HtmlReport.write(assess(plan("x")))).isEqualTo(HtmlReport.write(assess(plan("x"))));
  }

  @Test
  void write_severalPlansGivesOnePageWithASectionEach() throws Exception {
    Assessment first = assess(plan("one"));
    Assessment second = assess(plan("two"));

    Document doc = namespaceAware(HtmlReport.write(List.of(first, second)));

    assertThat(texts(doc, "//h:h1"))
        .containsExactly("Assessment of 2 community justice plans");
    assertThat(texts(doc, "//h:article/@id")).containsExactly("p1", "p2");
    assertThat(texts(doc, "//h:article/h:header/h:h2")).containsExactly("Plan one", "Plan two");
    assertThat(texts(doc, "//h:table[@class='plans-list']/h:tbody/h:tr/h:th"))
        .containsExactly("Plan one", "Plan two");
    assertThat(nodes(doc, "//h:article[@id='p2']//h:li[@data-severity]").getLength())
        .isEqualTo(second.findings().size());
  }
}
