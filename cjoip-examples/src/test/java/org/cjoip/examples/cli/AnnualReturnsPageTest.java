package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.cjoip.examples.Examples;
import org.cjoip.model.DocPage;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.document.AnnualReturnReader;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/annual-returns.md} says what cjoip does: its YAML is a return or part of one that
 * the reader accepts, its draft gets the messages it shows, and its table of Glenmore's slips
 * names every ANN rule, each at the place the rule's finding points at.
 */
final class AnnualReturnsPageTest {

  private static final DocPage PAGE = DocPage.read("annual-returns.md");
  private static final AnnualReturnReader READER = AnnualReturnReader.standard();
  private static final String SLIPS = "Glenmore's slips";
  private static final Assessor ASSESSOR = Assessor.standard();
  /** After every deadline the two returns record, as the page says. */
  private static final LocalDate AS_OF = LocalDate.of(2026, 1, 15);

  /** A block of the page that shows part of a return, made whole with the page's head. */
  private static ReturnDocument whole(DocPage.Block block) throws Exception {
    String head = PAGE.blockWith("yaml", "reportingYear: 2024/25").text();
    String text = block.text();
    if (text.startsWith("formatVersion:")) {
      return READER.read(text, "page.yaml");
    }
    if (text.startsWith("    results:")) {
      text = "priorityActions:\n  - number: 5\n" + text;
    }
    return READER.read(head + text, "page.yaml");
  }

  private static String resource(String name) throws IOException {
    try (InputStream in = AnnualReturnsPageTest.class.getResourceAsStream(
        "/org/cjoip/examples/returns/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void everyReturnOnThePage_isReadWithoutWarnings() throws Exception {
    List<DocPage.Block> returns = PAGE.blocks("yaml").stream()
        .filter(b -> !b.text().contains("colour: red")).toList();

    assertThat(returns).hasSize(4);
    for (DocPage.Block block : returns) {
      assertThat(whole(block).warnings()).as("block at line " + block.line()).isEmpty();
    }
  }

  @Test
  void theDraft_getsTheMessagesThePageShows(@TempDir Path dir) throws Exception {
    Path draft = dir.resolve("draft.yaml");
    Files.writeString(draft, PAGE.blockWith("yaml", "colour: red").text());
    String shown = PAGE.blockWith("", "draft.yaml:5:16").text();

    MainTest.Run r = MainTest.run("check", draft.toString());

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.err().replace(dir + "/", "")).isEqualTo(shown);
  }

  @Test
  void slipTable_namesEveryAnnRule() {
    List<String> rules = PAGE.tableRows(SLIPS).stream().map(row -> row.get(0)).distinct()
        .toList();

    assertThat(rules).containsExactlyInAnyOrderElementsOf(IntStream.rangeClosed(1, 16)
        .mapToObj(i -> String.format("CJ-ANN-%03d", i)).toList());
  }

  @Test
  void slipTable_placesEachSlipWhereTheReturnHasIt() throws Exception {
    List<String> checked = new ArrayList<>();
    for (List<String> row : PAGE.tableRows(SLIPS)) {
      String place = row.get(row.size() - 1).replaceAll("^`|`$", "");
      String pointer = place.equals("\"\"") ? "" : place;
      if (row.size() == 6) {
        String name = row.get(2).equals("2023/24") ? "glenmore-2023-24" : "glenmore-2024-25";
        ReturnDocument doc = Examples.readReturn(name);
        assertThat(doc.sourceMap().contains(pointer)).as(row.get(0) + " " + place).isTrue();
        if (!row.get(4).isEmpty()) {
          int index = Integer.parseInt(pointer.split("/")[2]);
          AnnualReturn r = doc.annualReturn();
          assertThat(r.priorityActions().get(index).number()).as(row.get(0))
              .isEqualTo(Integer.parseInt(row.get(4)));
        }
      } else {
        String fixture = row.get(2).replaceAll("^`|`$", "");
        ReturnDocument doc = READER.read(resource(fixture), fixture);
        assertThat(doc.sourceMap().contains(pointer)).as(row.get(0) + " " + place).isTrue();
      }
      checked.add(row.get(0));
    }
    assertThat(checked).hasSize(18);
  }

  @Test
  void slipTable_givesThePlaceEachFindingPointsAt() throws Exception {
    PlanDocument plan = Examples.read("glenmore");
    ReturnDocument first = Examples.readReturn("glenmore-2023-24");
    List<String> rows = new ArrayList<>();
    List<String> found = new ArrayList<>();
    for (List<String> row : PAGE.tableRows(SLIPS)) {
      String place = row.get(row.size() - 1).replaceAll("^`|`$", "");
      String pointer = place.equals("\"\"") ? "" : place;
      Assessment a;
      if (row.size() == 6) {
        a = row.get(2).equals("2023/24")
            ? ASSESSOR.assess(first, plan, List.of(), AS_OF)
            : ASSESSOR.assess(Examples.readReturn("glenmore-2024-25"), plan, List.of(first),
                AS_OF);
      } else {
        String fixture = row.get(2).replaceAll("^`|`$", "");
        a = ASSESSOR.assess(READER.read(resource(fixture), fixture), plan, List.of(), AS_OF);
      }
      rows.add(row.get(0) + " " + pointer);
      a.findings().stream().filter(f -> f.ruleId().equals(row.get(0)))
          .filter(f -> f.path().equals(pointer)).findFirst()
          .ifPresent(f -> found.add(f.ruleId() + " " + f.path()));
    }

    assertThat(found).containsExactlyElementsOf(rows);
  }
}
