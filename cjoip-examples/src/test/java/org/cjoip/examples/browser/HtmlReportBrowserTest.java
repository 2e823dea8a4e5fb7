package org.cjoip.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.Severity;
import org.cjoip.rules.publish.PublishedHtml;
import org.cjoip.rules.publish.PublishedReport;
import org.cjoip.rules.report.HtmlReport;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The HTML report of each example, of a hostile plan, and the published annual report of the
 * fictional example's second year, rendered in headless Chromium: the DOM shows what the
 * assessment says, nothing is fetched, nothing runs, nothing is logged, and the page prints on
 * A4. One browser serves the whole class, a tab per page. The first screen of each page goes
 * to {@code target/screenshots/}; with {@code -Dcjoip.screenshots.update=true} it is also
 * copied to {@code docs/screenshots/}. Skipped where Chromium is not installed.
 */
final class HtmlReportBrowserTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  private static final Path OUT = Path.of("target/browser");

  private static final Path SCREENSHOTS = Path.of("target/screenshots");

  private static final Path DOCS = Path.of("../docs/screenshots");

  private static final Path GOLDEN = Path.of("src/test/resources/org/cjoip/examples/golden");

  private static final int WIDTH = 1280;

  private static final int FIRST_SCREEN = 1400;

  private static final String HOSTILE = "<script>alert(1)</script> \"><img src=x "
      + "onerror=alert(1)> ' onmouseover='x &amp; &lt; </style> ]]>";

  private static Chromium chromium;

  /** The page of each example as the browser showed it, so that no example renders twice. */
  private static final Map<String, JsonNode> EXAMPLE_DOMS = new ConcurrentHashMap<>();

  @BeforeAll
  static void startChromium() throws IOException {
    if (Files.isExecutable(Chromium.executable())) {
      chromium = Chromium.start(Chromium.executable());
    }
  }

  // Per test, not per class, so that every skipped test is reported with the reason.
  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null, () -> "Chromium was not found at "
        + Chromium.executable() + ", so the report is not checked in a browser; install it "
        + "with 'apt-get install chromium' (Debian) or name another with -Dcjoip.chromium=PATH");
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  /** What the page showed, its requests and what it logged. */
  private record Rendered(JsonNode dom, List<String> requests, List<String> logged,
      Chromium.Tab tab) {}

  private static final String PROBE = """
      (() => {
        const all = s => [...document.querySelectorAll(s)];
        const rows = {};
        for (const tr of all('table.matrix tr[data-pa]')) {
          const cell = c => tr.querySelector('td[data-col=' + c + ']');
          rows[tr.dataset.pa] = {
            addressed: cell('addressed').dataset.mark,
            outcome: cell('outcome').dataset.mark,
            indicator: cell('indicator').dataset.mark,
            addressedText: cell('addressed').innerText.trim(),
            local: cell('local').dataset.n,
            deliverables: cell('deliverables').dataset.n,
            overdue: cell('overdue').dataset.n
          };
        }
        const counts = {};
        for (const li of all('[data-count]')) {
          counts[li.dataset.count] = li.querySelector('.n').textContent;
        }
        const findings = {};
        for (const li of all('li[data-severity]')) {
          findings[li.dataset.severity] = (findings[li.dataset.severity] || 0) + 1;
        }
        return {
          title: document.title,
          h1: all('h1').map(h => h.textContent),
          headings: all('h1,h2,h3,h4,h5,h6').map(h => Number(h.tagName.substring(1))),
          scripts: all('script').length,
          imgs: all('img').length,
          handlers: all('*').filter(e => [...e.attributes]
              .some(a => a.name.startsWith('on'))).length,
          rows, counts, findings,
          rules: all('li[data-severity]').map(li => li.dataset.rule),
          deliverables: all('table.deliverables tbody tr').map(tr => tr.cells[2].textContent),
          timescales: all('table.deliverables tbody tr').map(tr => tr.cells[3].textContent),
          overdueMarks: all('svg g[data-kind=overdue]').length,
          headerCellsWithoutScope: all('th:not([scope])').length,
          charts: all('svg g[data-kind]').filter(g => g.closest('.chart')).length,
          width: document.documentElement.scrollWidth
        };
      })()""";

  private static Rendered render(String name, String html) throws IOException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, html);
    String url = file.toUri().toString();
    Chromium.Tab tab = chromium.open();
    tab.call("Runtime.enable", Map.of());
    tab.call("Log.enable", Map.of());
    tab.call("Network.enable", Map.of());
    tab.call("Page.enable", Map.of());
    tab.call("Emulation.setDeviceMetricsOverride", Map.of("width", WIDTH, "height", 900,
        "deviceScaleFactor", 1, "mobile", false));
    tab.call("Page.navigate", Map.of("url", url));
    tab.await("Page.loadEventFired");
    JsonNode dom = tab.evaluate(PROBE);
    List<String> requests = tab.events("Network.requestWillBeSent").stream()
        .map(e -> e.path("request").path("url").asText()).toList();
    List<String> logged = new ArrayList<>();
    tab.events("Runtime.consoleAPICalled").forEach(e -> logged.add("console: " + e));
    tab.events("Runtime.exceptionThrown").forEach(e -> logged.add("exception: " + e));
    tab.events("Log.entryAdded").forEach(e -> logged.add("log: " + e));
    assertThat(requests).as("requests of %s", url).containsExactly(url);
    assertThat(logged).as("console messages, exceptions and log entries of %s", url).isEmpty();
    return new Rendered(dom, requests, logged, tab);
  }

  private static Assessment assess(String name) throws Exception {
    return Assessor.standard().assess(Examples.read(name), AS_OF);
  }

  private static Map<String, Integer> goldenCounts(String name) throws IOException {
    Map<String, Integer> counts = new TreeMap<>();
    for (Severity s : Severity.values()) {
      counts.put(s.name().toLowerCase(Locale.ROOT), 0);
    }
    for (String line : Files.readAllLines(GOLDEN.resolve(name + ".txt"))) {
      String severity = line.split(" \\| ")[1].toLowerCase(Locale.ROOT);
      counts.merge(severity, 1, Integer::sum);
    }
    return counts;
  }

  private static Map<String, Integer> ints(JsonNode object) {
    Map<String, Integer> out = new TreeMap<>();
    object.properties().forEach(e -> out.put(e.getKey(), e.getValue().asInt()));
    return out;
  }

  private static String mark(java.util.Optional<Boolean> value) {
    return value.map(v -> v ? "yes" : "no").orElse("na");
  }

  @ParameterizedTest
  @ValueSource(strings = {"perth-and-kinross", "ayrshire", "clackmannanshire"})
  void example_rendersTheAssessment(String name) throws Exception {
    Assessment a = assess(name);

    Rendered r = render(name, HtmlReport.write(a));

    JsonNode dom = r.dom();
    assertThat(dom.get("h1").get(0).asText()).isEqualTo(a.plan().title());
    assertThat(dom.get("title").asText()).isEqualTo("Assessment: " + a.plan().title());
    Map<String, Integer> golden = goldenCounts(name);
    golden.keySet().removeIf(k -> golden.get(k) == 0);
    assertThat(ints(dom.get("counts")).entrySet().stream().filter(e -> e.getValue() > 0))
        .containsExactlyElementsOf(golden.entrySet());
    assertThat(ints(dom.get("findings"))).isEqualTo(golden);
    for (Severity s : Severity.values()) {
      assertThat(dom.get("counts").get(s.name().toLowerCase(Locale.ROOT)).asInt())
          .isEqualTo(a.counts().get(s));
    }
    List<String> rules = new ArrayList<>();
    dom.get("rules").forEach(n -> rules.add(n.asText()));
    assertThat(rules).containsExactlyInAnyOrderElementsOf(
        a.findings().stream().map(Finding::ruleId).toList());
    for (PriorityActionCoverage c : a.coverage()) {
      JsonNode row = dom.get("rows").get(String.valueOf(c.number()));
      assertThat(row.get("addressed").asText()).isEqualTo(c.addressed() ? "yes" : "no");
      assertThat(row.get("addressedText").asText()).isEqualTo(c.addressed() ? "✓ Yes" : "✗ No");
      assertThat(row.get("outcome").asText()).isEqualTo(mark(c.outcomeStatedAndCorrect()));
      assertThat(row.get("indicator").asText()).isEqualTo(mark(c.nationalIndicatorUsed()));
      assertThat(row.get("local").asInt()).isEqualTo(c.localIndicators());
      assertThat(row.get("deliverables").asInt()).isEqualTo(c.deliverables());
      assertThat(row.get("overdue").asInt()).isEqualTo(c.overdue());
    }
    List<Integer> notAddressed = new ArrayList<>();
    dom.get("rows").properties().forEach(e -> {
      if (e.getValue().get("addressed").asText().equals("no")) {
        notAddressed.add(Integer.parseInt(e.getKey()));
      }
    });
    assertThat(notAddressed).containsExactlyInAnyOrderElementsOf(a.findings().stream()
        .filter(f -> f.ruleId().equals("CJ-COV-001"))
        .map(f -> f.priorityAction().orElseThrow()).toList());
    assertThat(dom.get("scripts").asInt()).isZero();
    assertThat(dom.get("handlers").asInt()).isZero();
    assertThat(dom.get("headerCellsWithoutScope").asInt()).isZero();
    assertThat(dom.get("width").asInt()).as("no sideways scrolling").isLessThanOrEqualTo(WIDTH);
    List<Integer> headings = new ArrayList<>();
    dom.get("headings").forEach(h -> headings.add(h.asInt()));
    assertThat(headings.get(0)).isEqualTo(1);
    for (int i = 1; i < headings.size(); i++) {
      assertThat(headings.get(i)).as("heading %d of %s", i, headings)
          .isLessThanOrEqualTo(headings.get(i - 1) + 1);
    }
    EXAMPLE_DOMS.put(name, dom);
    screenshots(r.tab(), name);
    // Every example's page has the same print stylesheet: one example's PDF pins it.
    if (name.equals(Examples.NAMES.get(0))) {
      assertPrintsOnA4(r.tab(), name);
    }
    r.tab().close();
  }

  @Test
  void clackmannanshire_matrixShowsTheUnaddressedActions() throws Exception {
    JsonNode dom = EXAMPLE_DOMS.get("clackmannanshire");
    if (dom == null) {
      Rendered r = render("clackmannanshire", HtmlReport.write(assess("clackmannanshire")));
      r.tab().close();
      dom = r.dom();
    }

    List<Integer> notAddressed = new ArrayList<>();
    dom.get("rows").properties().forEach(e -> {
      if (e.getValue().get("addressed").asText().equals("no")) {
        notAddressed.add(Integer.parseInt(e.getKey()));
      }
    });
    assertThat(notAddressed).containsExactly(3, 4, 6, 7, 8, 9, 10, 11, 12);
    assertThat(dom.get("counts").get("error").asInt()).isEqualTo(29);
  }

  @Test
  void severalExamples_renderAsOnePage() throws Exception {
    List<Assessment> all = new ArrayList<>();
    for (String name : Examples.NAMES) {
      all.add(assess(name));
    }

    Rendered r = render("all-examples", HtmlReport.write(all));

    assertThat(r.dom().get("h1").get(0).asText())
        .isEqualTo("Assessment of 3 community justice plans");
    int findings = all.stream().mapToInt(a -> a.findings().size()).sum();
    assertThat(ints(r.dom().get("findings")).values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(findings);
    r.tab().close();
  }

  @Test
  void hostilePlan_runsNothingAndReadsBackAsWritten() throws Exception {
    Plan plan = Plan.builder()
        .title("Plan " + HOSTILE)
        .framework("cjpf-2023")
        .partnership(Partnership.builder().name("Partnership " + HOSTILE).build())
        .addPriorityActions(PriorityActionResponse.builder().number(1)
            .nationalOutcome("Outcome " + HOSTILE)
            .addLocalIndicators("Local " + HOSTILE)
            .addDeliverables(Deliverable.builder().id("1.1").description("Train " + HOSTILE)
                .timescale("By " + HOSTILE).build())
            .build())
        .addIndicators(Indicator.builder().name("Indicator " + HOSTILE).priorityAction(1)
            .baseline(Figure.builder().period(FinancialYear.of(2022))
                .value(BigDecimal.TEN).text("Ten " + HOSTILE).build())
            .build())
        .build();
    Assessment a = Assessor.standard().assess(plan, AS_OF);

    Rendered r = render("hostile", HtmlReport.write(a));

    assertThat(r.dom().get("h1").get(0).asText()).isEqualTo("Plan " + HOSTILE);
    assertThat(r.dom().get("title").asText()).isEqualTo("Assessment: Plan " + HOSTILE);
    assertThat(r.dom().get("scripts").asInt()).isZero();
    assertThat(r.dom().get("imgs").asInt()).isZero();
    assertThat(r.dom().get("handlers").asInt()).isZero();
    assertThat(r.dom().get("deliverables").get(0).asText()).isEqualTo("Train " + HOSTILE);
    assertThat(r.dom().get("timescales").get(0).asText()).isEqualTo("By " + HOSTILE);
    assertThat(r.dom().get("charts").asInt()).isEqualTo(1);
    assertThat(r.tab().evaluate("document.querySelector('table.figures td:nth-of-type(3)')"
        + ".textContent").asText()).isEqualTo("Ten " + HOSTILE);
    r.tab().close();
  }

  private static final String PUBLISHED_PROBE = """
      (() => {
        const all = s => [...document.querySelectorAll(s)];
        return {
          headings: all('h1,h2,h3,h4,h5,h6').map(h => h.tagName + ' ' + h.textContent),
          sections: all('main > section').map(s => s.id),
          actions: all('section[data-pa]').map(s => Number(s.dataset.pa)),
          suppressed: all('tr[data-state=suppressed] td.figure').map(td => td.innerText),
          findings: all('#appendix tr[data-rule]').map(tr => tr.dataset.rule),
          scripts: all('script').length,
          handlers: all('*').filter(e => [...e.attributes]
              .some(a => a.name.startsWith('on'))).length,
          headerCellsWithoutScope: all('th:not([scope])').length,
          width: document.documentElement.scrollWidth
        };
      })()""";

  @Test
  void publishedReport_fetchesNothingAndHasEverySection() throws Exception {
    PlanDocument plan = Examples.read("glenmore");
    ReturnDocument checked = Examples.readReturn("glenmore-2024-25");
    List<ReturnDocument> earlier = List.of(Examples.readReturn("glenmore-2023-24"));
    Assessment a = Assessor.standard().assess(checked, plan, earlier, LocalDate.of(2025, 11, 1));
    PublishedReport report = PublishedReport.of(checked, earlier, a);

    Rendered r = render("published-glenmore-2024-25", PublishedHtml.write(report));

    JsonNode dom = r.tab().evaluate(PUBLISHED_PROBE);
    List<String> headings = new ArrayList<>();
    dom.get("headings").forEach(h -> headings.add(h.asText()));
    assertThat(headings.get(0))
        .isEqualTo("H1 Glenmore Community Justice Annual Report 2024/25 (fictional)");
    assertThat(headings.stream().filter(h -> h.startsWith("H2 ")).toList()).containsExactly(
        "H2 About this report", "H2 Action taken and progress, by priority action and outcome",
        "H2 Achievements", "H2 Challenges", "H2 Next steps", "H2 Consultation and governance",
        "H2 Appendix: the checks' findings");
    for (int i = 1; i < headings.size(); i++) {
      int level = headings.get(i).charAt(1) - '0';
      assertThat(level).as("heading %d of %s", i, headings)
          .isLessThanOrEqualTo(headings.get(i - 1).charAt(1) - '0' + 1);
    }
    List<String> sections = new ArrayList<>();
    dom.get("sections").forEach(n -> sections.add(n.asText()));
    assertThat(sections).containsExactly("about", "outcomes", "achievements", "challenges",
        "next-steps", "consultation", "appendix");
    List<Integer> actions = new ArrayList<>();
    dom.get("actions").forEach(n -> actions.add(n.asInt()));
    assertThat(actions).containsExactlyElementsOf(report.sections().stream()
        .flatMap(s -> s.priorityAction().stream()).toList());
    assertThat(dom.get("suppressed")).isNotEmpty()
        .allSatisfy(n -> assertThat(n.asText()).isEqualTo("suppressed"));
    List<String> rules = new ArrayList<>();
    dom.get("findings").forEach(n -> rules.add(n.asText()));
    assertThat(rules).containsExactly("CJ-ANN-009", "CJ-ANN-010");
    assertThat(dom.get("scripts").asInt()).isZero();
    assertThat(dom.get("handlers").asInt()).isZero();
    assertThat(dom.get("headerCellsWithoutScope").asInt()).isZero();
    assertThat(dom.get("width").asInt()).as("no sideways scrolling").isLessThanOrEqualTo(WIDTH);
    screenshots(r.tab(), "published-glenmore-2024-25");
    assertPrintsOnA4(r.tab(), "published-glenmore-2024-25");
    r.tab().close();
  }

  private static void screenshots(Chromium.Tab tab, String name) throws IOException {
    Files.createDirectories(SCREENSHOTS);
    JsonNode size = tab.call("Page.getLayoutMetrics", Map.of()).get("cssContentSize");
    int height = (int) Math.ceil(size.get("height").asDouble());
    // The first screen only: it is what the docs show, and a capture of the whole page pinned
    // nothing the DOM probe does not.
    byte[] first = png(tab, Math.min(height, FIRST_SCREEN));
    Path firstFile = SCREENSHOTS.resolve(name + ".png");
    Files.write(firstFile, first);
    assertThat(first).startsWith(0x89, 'P', 'N', 'G');
    if (Boolean.getBoolean("cjoip.screenshots.update")) {
      Files.createDirectories(DOCS);
      Files.copy(firstFile, DOCS.resolve(name + ".png"), StandardCopyOption.REPLACE_EXISTING);
    }
  }

  private static byte[] png(Chromium.Tab tab, int height) {
    JsonNode shot = tab.call("Page.captureScreenshot", Map.of("format", "png",
        "captureBeyondViewport", true, "clip",
        Map.of("x", 0, "y", 0, "width", WIDTH, "height", height, "scale", 1)));
    return Base64.getDecoder().decode(shot.get("data").asText());
  }

  private static final Pattern MEDIA_BOX =
      Pattern.compile("/MediaBox\\s*\\[\\s*0\\s+0\\s+([0-9.]+)\\s+([0-9.]+)\\s*\\]");

  private static void assertPrintsOnA4(Chromium.Tab tab, String name) throws IOException {
    JsonNode pdf = tab.call("Page.printToPDF", Map.of("preferCSSPageSize", true,
        "printBackground", true));
    byte[] bytes = Base64.getDecoder().decode(pdf.get("data").asText());
    Files.write(OUT.resolve(name + ".pdf"), bytes);
    Matcher m = MEDIA_BOX.matcher(new String(bytes, StandardCharsets.ISO_8859_1));
    assertThat(m.find()).as("a MediaBox in the PDF of %s", name).isTrue();
    // A4 is 210 mm by 297 mm: 595.3 by 841.9 points; Chromium rounds to whole pixels.
    assertThat(Double.parseDouble(m.group(1))).isBetween(594.0, 597.0);
    assertThat(Double.parseDouble(m.group(2))).isBetween(840.0, 843.0);
  }
}
