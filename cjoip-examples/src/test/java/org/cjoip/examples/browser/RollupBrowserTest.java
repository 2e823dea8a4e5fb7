package org.cjoip.examples.browser;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.input.Documents;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.PriorityActionCoverage;
import org.cjoip.rules.rollup.MeasureTotal;
import org.cjoip.rules.rollup.NationalPicture;
import org.cjoip.rules.rollup.PartnershipSummary;
import org.cjoip.rules.rollup.Rollup;
import org.cjoip.rules.rollup.RollupHtml;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The national page of the bundled examples, and of a partnership with a hostile name, in
 * headless Chromium: it shows what the picture says, fetches nothing, runs nothing, links
 * nowhere and logs nothing. Skipped where Chromium is not installed.
 */
final class RollupBrowserTest {

  private static final LocalDate AS_OF = LocalDate.of(2025, 11, 1);

  private static final Path OUT = Path.of("target/browser");

  private static final String HOSTILE = "<script>alert(1)</script> \"><img src=x "
      + "onerror=alert(1)> ' &amp; </style>";

  private static Chromium chromium;

  @BeforeAll
  static void startChromium() throws IOException {
    if (Files.isExecutable(Chromium.executable())) {
      chromium = Chromium.start(Chromium.executable());
    }
  }

  @BeforeEach
  void needsChromium() {
    Assumptions.assumeTrue(chromium != null, () -> "Chromium was not found at "
        + Chromium.executable() + ", so the national page is not checked in a browser");
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private record Example(String name, String text) implements Rollup.Input {
    @Override
    public Document read() throws DocumentException {
      return Documents.standard().read(text, name);
    }
  }

  private static NationalPicture picture(List<Example> extra) {
    List<Example> in = new ArrayList<>();
    Examples.ALL.forEach(n -> in.add(new Example(n + ".yaml", Examples.text(n))));
    in.addAll(extra);
    return Rollup.of(Assessor.standard(), Frameworks.bundled(), 2)
        .run(in, Optional.empty(), AS_OF, Rollup.Progress.NONE);
  }

  private static final String PROBE = """
      (() => {
        const all = s => [...document.querySelectorAll(s)];
        const heat = {};
        for (const tr of all('table.heat tbody tr')) {
          heat[tr.dataset.partnership] = [...tr.querySelectorAll('td')]
              .map(td => td.dataset.kind);
        }
        return {
          title: document.title,
          h1: all('h1').map(h => h.textContent),
          scripts: all('script').length,
          links: all('a').length,
          imgs: all('img').length,
          handlers: all('*').filter(e => [...e.attributes]
              .some(a => a.name.startsWith('on'))).length,
          heat,
          charts: all('svg.chart').map(s => s.closest('[data-measure]').dataset.measure),
          totals: all('[data-total]').map(p => p.closest('[data-measure]').dataset.measure
              + '=' + p.dataset.total),
          withheld: all('[data-withheld]').map(p => p.closest('[data-measure]').dataset.measure),
          partnerships: all('ul.partnerships li').map(li => li.dataset.partnership),
          completeness: all('table.completeness tbody tr').map(tr => tr.dataset.partnership)
        };
      })()""";

  private static JsonNode render(String name, String html) throws IOException {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name + ".html").toAbsolutePath();
    Files.writeString(file, html);
    String url = file.toUri().toString();
    Chromium.Tab tab = chromium.open();
    try {
      tab.call("Runtime.enable", Map.of());
      tab.call("Log.enable", Map.of());
      tab.call("Network.enable", Map.of());
      tab.call("Page.enable", Map.of());
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
      assertThat(logged).as("what %s logged", url).isEmpty();
      return dom;
    } finally {
      tab.close();
    }
  }

  private static String kind(PriorityActionCoverage c) {
    if (!c.addressed()) {
      return "none";
    }
    if (c.errors() > 0) {
      return "error";
    }
    return c.warnings() > 0 || c.overdue() > 0 ? "warning" : "clean";
  }

  @Test
  void examples_pageShowsThePicture() throws Exception {
    NationalPicture picture = picture(List.of());
    JsonNode dom = render("rollup", RollupHtml.write(picture));

    assertThat(dom.get("h1").get(0).asText())
        .isEqualTo("National picture of community justice 2024/25");
    assertThat(dom.get("scripts").asInt()).isZero();
    assertThat(dom.get("links").asInt()).isZero();
    assertThat(dom.get("imgs").asInt()).isZero();
    assertThat(dom.get("handlers").asInt()).isZero();
    for (PartnershipSummary p : picture.partnerships()) {
      List<String> shown = new ArrayList<>();
      dom.get("heat").get(p.partnership()).forEach(k -> shown.add(k.asText()));
      assertThat(shown).as(p.partnership())
          .containsExactlyElementsOf(p.coverage().stream().map(RollupBrowserTest::kind)
              .toList());
    }
    List<String> charts = new ArrayList<>();
    dom.get("charts").forEach(c -> charts.add(c.asText()));
    assertThat(charts).containsExactlyElementsOf(
        picture.totals().stream().map(MeasureTotal::measure).toList());
    List<String> totals = new ArrayList<>();
    dom.get("totals").forEach(c -> totals.add(c.asText()));
    assertThat(totals).containsExactlyElementsOf(picture.totals().stream()
        .filter(t -> t.total().isPresent())
        .map(t -> t.measure() + "=" + t.total().get().toPlainString()).toList());
    List<String> withheld = new ArrayList<>();
    dom.get("withheld").forEach(c -> withheld.add(c.asText()));
    // Glenmore's bail supervision completions are suppressed, the one figure of them.
    assertThat(withheld).contains("CJPF-M3.3");
    List<String> rows = new ArrayList<>();
    dom.get("completeness").forEach(c -> rows.add(c.asText()));
    assertThat(rows).containsExactlyElementsOf(picture.partnerships().stream()
        .map(PartnershipSummary::partnership).toList());
  }

  @Test
  void hostilePartnershipName_runsNothingAndReadsBackAsWritten() throws Exception {
    String name = "Partnership " + HOSTILE;
    String plan = Examples.text("glenmore")
        .replace("name: Glenmore Community Justice Partnership (fictional)",
            "name: '" + name.replace("'", "''") + "'");
    NationalPicture picture = picture(List.of(new Example("hostile.yaml", plan)));
    assertThat(picture.partnerships()).extracting(PartnershipSummary::partnership)
        .contains(name);

    JsonNode dom = render("rollup-hostile", RollupHtml.write(picture));

    assertThat(dom.get("scripts").asInt()).isZero();
    assertThat(dom.get("imgs").asInt()).isZero();
    assertThat(dom.get("handlers").asInt()).isZero();
    List<String> partnerships = new ArrayList<>();
    dom.get("partnerships").forEach(p -> partnerships.add(p.asText()));
    assertThat(partnerships).contains(name);
  }
}
