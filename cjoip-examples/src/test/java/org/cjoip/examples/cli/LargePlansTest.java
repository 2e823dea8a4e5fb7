package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.cjoip.model.TestSettings;
import org.cjoip.model.document.PlanReader;
import org.cjoip.rules.Assessor;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Plans within the default limits that draw few findings are assessed and reported in a
 * 256 MB heap, whatever their shape: many deliverables with owners and measures, a partnership
 * of many members, indicators of as many results as the limits allow. They run one after
 * another in one child JVM of 256 MB and are judged by exit code and what they report: the
 * findings of the large plan are those of the same plan with one item of the repeated kind,
 * since the items draw none. A plan of more results of indicators than the limit is refused
 * naming it. And a rule pack's rule that exhausts memory is reported as that pack's failure,
 * not as the input's size, through the real launcher in a JVM of its own.
 *
 * <p>The default run assesses 50,000 deliverables, the size the reports' promise names, as
 * JSON; {@code -Pthorough} assesses 100,000, the most the limits admit, as JSON and as text.
 */
final class LargePlansTest {

  private static final String HEAP = "-Xmx256m";
  private static final LocalDate AS_OF = LocalDate.parse("2025-01-01");

  /** Deliverables of the large plan: the promise's 50,000, or the limit's 100,000. */
  private static final int DELIVERABLES = TestSettings.pick(50_000, 100_000);

  @TempDir static Path dir;

  /** What the child JVM of 256 MB runs, one command after another. */
  private enum InChild { DELIVERABLES_AS_JSON, DELIVERABLES_AS_TEXT, MEMBERS, INDICATORS,
    TOO_MANY_RESULTS }

  private static Map<InChild, ChildJvm.Run> childRuns;

  /**
   * What one command of the child JVM printed and returned. The child runs every command the
   * first time any is asked for: one JVM started for all, not one per plan. The large plan as
   * text runs under {@code -Pthorough} only.
   */
  private static synchronized ChildJvm.Run inChild(InChild command) throws Exception {
    if (childRuns == null) {
      plan(large(), "", deliverables(DELIVERABLES), indicators(1, 1));
      plan(dir.resolve("members-500k.json"), members(500_000), deliverables(1),
          indicators(1, 1));
      plan(dir.resolve("indicators-5k.json"), "", deliverables(1), indicators(5_000, 20));
      // 20,000 indicators of 20 results: the first result past 100,000 is the 5,001st
      // indicator's first, on its line after the deliverable's.
      plan(dir.resolve("indicators-20k.json"), "", deliverables(1), indicators(20_000, 20));
      List<InChild> order = Arrays.stream(InChild.values())
          .filter(c -> c != InChild.DELIVERABLES_AS_TEXT || TestSettings.thorough()).toList();
      List<ChildJvm.Run> runs = ChildJvm.runEach(dir, List.of(HEAP),
          order.stream().map(LargePlansTest::commandOf).toList());
      Map<InChild, ChildJvm.Run> byCommand = new EnumMap<>(InChild.class);
      for (int i = 0; i < order.size(); i++) {
        byCommand.put(order.get(i), runs.get(i));
      }
      childRuns = byCommand;
    }
    return childRuns.get(command);
  }

  private static List<String> commandOf(InChild command) {
    return switch (command) {
      case DELIVERABLES_AS_JSON -> assess(large(), "json", dir.resolve("large-report.json"));
      case DELIVERABLES_AS_TEXT -> assess(large(), "text", dir.resolve("large-report.txt"));
      case MEMBERS -> assess(dir.resolve("members-500k.json"), "json",
          dir.resolve("members-500k-report.json"));
      case INDICATORS -> assess(dir.resolve("indicators-5k.json"), "html",
          dir.resolve("indicators-5k-report.html"));
      case TOO_MANY_RESULTS -> assess(dir.resolve("indicators-20k.json"), "html",
          dir.resolve("indicators-20k-report.html"));
    };
  }

  private static Path large() {
    return dir.resolve("deliverables-large.json");
  }

  /** A plan like the one a partnership writes, with the repeated part the writer gives. */
  private static void plan(Path file, String otherMembers, String deliverables,
      String indicators) throws IOException {
    try (Writer out = new BufferedWriter(Files.newBufferedWriter(file))) {
      out.write("{\"formatVersion\":1,\"title\":\"Test plan\",\"framework\":\"cjpf-2023\","
          + "\"period\":{\"start\":\"2023-04-01\",\"end\":\"2028-03-31\"},"
          + "\"approved\":\"2023-05-05\",\"partnership\":{\"name\":\"Test Partnership\","
          + "\"statutoryPartners\":[\"LOCAL_AUTHORITY\",\"POLICE_SCOTLAND\"]" + otherMembers
          + "},\"priorityActions\":[{\"number\":1,\"prioritised\":true,\"nationalOutcome\":"
          + "\"More people successfully complete diversion from prosecution\","
          + "\"deliverables\":[");
      out.write(deliverables);
      out.write("]}],\"indicators\":[");
      out.write(indicators);
      out.write("]}\n");
    }
  }

  private static String deliverables(int count) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i > 0 ? "," : "").append("{\"id\":\"1.").append(i)
          .append("\",\"description\":\"Deliverable ").append(i)
          .append("\",\"priority\":\"MUST\",\"owners\":[\"Police Scotland\"],"
              + "\"impactMeasures\":[\"Number of referrals\"],\"timescale\":\"31 March 2027\","
              + "\"status\":\"IN_PROGRESS\"}\n");
    }
    return out.toString();
  }

  private static String members(int count) {
    StringBuilder out = new StringBuilder(",\"otherMembers\":[");
    for (int i = 0; i < count; i++) {
      out.append(i > 0 ? "," : "").append("\"m").append(i).append('"');
    }
    return out.append(']').toString();
  }

  private static String indicators(int count, int results) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < count; i++) {
      out.append(i > 0 ? "," : "").append("{\"name\":\"Indicator ").append(i)
          .append("\",\"priorityAction\":1,\"national\":true,\"unit\":\"COUNT\","
              + "\"baseline\":{\"period\":\"2022/23\",\"value\":70},"
              + "\"target\":{\"direction\":\"INCREASE\",\"value\":90,\"period\":\"2025/26\"},"
              + "\"results\":[");
      for (int k = 0; k < results; k++) {
        out.append(k > 0 ? "," : "").append("{\"period\":\"").append(2000 + k).append('/')
            .append(String.format("%02d", (k + 1) % 100)).append("\",\"value\":")
            .append(k * 3 / 2).append('}');
      }
      out.append("]}\n");
    }
    return out.toString();
  }

  /** The rule id and path of each finding of a plan, assessed here. */
  private static List<String> findingsOf(Path plan) throws Exception {
    return Assessor.standard().assess(PlanReader.standard().read(plan), AS_OF).findings()
        .stream().map(f -> f.ruleId() + " " + f.path()).toList();
  }

  /** The rule id and path of each finding a JSON report holds, read as a stream. */
  private static List<String> findingsIn(Path report) throws IOException {
    List<String> out = new ArrayList<>();
    try (JsonParser p = new JsonFactory().createParser(report.toFile())) {
      p.nextToken();
      while (p.nextToken() == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        p.nextToken();
        if (!name.equals("findings")) {
          p.skipChildren();
          continue;
        }
        while (p.nextToken() == JsonToken.START_OBJECT) {
          String rule = null;
          String path = null;
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String field = p.currentName();
            p.nextToken();
            if (field.equals("ruleId")) {
              rule = p.getText();
            } else if (field.equals("path")) {
              path = p.getText();
            }
            p.skipChildren();
          }
          out.add(rule + " " + path);
        }
      }
    }
    return out;
  }

  private static List<String> assess(Path plan, String format, Path report) {
    return List.of("assess", plan.toString(), "--as-of", AS_OF.toString(), "--fail-on",
        "never", "--format", format, "--output", report.toString());
  }

  @Test
  void assess_manyDeliverablesWithOwnersAndMeasuresIn256Mb() throws Exception {
    Path one = dir.resolve("deliverables-1.json");
    plan(one, "", deliverables(1), indicators(1, 1));

    ChildJvm.Run asJson = inChild(InChild.DELIVERABLES_AS_JSON);

    assertThat(asJson.code()).as(asJson.err()).isZero();
    assertThat(asJson.err()).isEmpty();
    assertThat(findingsIn(dir.resolve("large-report.json"))).isEqualTo(findingsOf(one))
        .isNotEmpty();
    assertThat(Files.size(large())).isGreaterThan(DELIVERABLES * 150L);
  }

  @Test
  void assess_manyDeliverablesAsTextIn256Mb() throws Exception {
    assumeTrue(TestSettings.thorough(), "the large plan as text runs under -Pthorough");
    Path one = dir.resolve("deliverables-1.json");
    plan(one, "", deliverables(1), indicators(1, 1));

    ChildJvm.Run asText = inChild(InChild.DELIVERABLES_AS_TEXT);

    assertThat(asText.code()).as(asText.err()).isZero();
    assertThat(asText.err()).isEmpty();
    MainTest.Run small = MainTest.run("assess", one.toString(), "--as-of", AS_OF.toString(),
        "--fail-on", "never", "--format", "text");
    assertThat(findingLines(Files.readString(dir.resolve("large-report.txt"))))
        .isEqualTo(findingLines(small.out())).hasSize(findingsOf(one).size() + 1);
  }

  /** The summary line of a text report, then the severity and rule of each finding listed. */
  private static List<String> findingLines(String report) {
    return report.lines()
        .filter(l -> l.startsWith("Findings: ") || l.matches(" +(ERROR|WARNING|INFO) +\\S+.*"))
        .map(l -> l.startsWith("Findings: ") ? l : l.strip().split(" +", 3)[0] + " "
            + l.strip().split(" +", 3)[1])
        .toList();
  }

  @Test
  void assess_500000OtherMembersIn256Mb() throws Exception {
    Path one = dir.resolve("members-1.json");
    plan(one, members(1), deliverables(1), indicators(1, 1));

    ChildJvm.Run r = inChild(InChild.MEMBERS);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    assertThat(findingsIn(dir.resolve("members-500k-report.json"))).isEqualTo(findingsOf(one))
        .isNotEmpty();
  }

  @Test
  void assess_100000ResultsOfIndicatorsAsHtmlIn256Mb() throws Exception {
    ChildJvm.Run r = inChild(InChild.INDICATORS);

    assertThat(r.code()).as(r.err()).isZero();
    assertThat(r.err()).isEmpty();
    String page = Files.readString(dir.resolve("indicators-5k-report.html"));
    assertThat(page).contains("Indicator 4999").endsWith("</html>\n");
  }

  @Test
  void assess_moreResultsOfIndicatorsThanTheLimitIsRefusedNamingIt() throws Exception {
    ChildJvm.Run r = inChild(InChild.TOO_MANY_RESULTS);

    assertThat(r.code()).isEqualTo(Main.BAD_INPUT);
    assertThat(r.err()).isEqualTo(dir.resolve("indicators-20k.json") + ":5002:195:"
        + " /indicators/5000/results/0: the plan has more results of indicators than the limit"
        + " of 100000\n");
    assertThat(dir.resolve("indicators-20k-report.html")).doesNotExist();
  }

  @Test
  void assess_packRuleThatExhaustsMemoryIsThePacksFailure() throws Exception {
    Path drl = dir.resolve("hoards.drl");
    Files.writeString(drl, "package org.example.hoards;\n"
        + "import org.cjoip.rules.facts.DeliverableFact;\n"
        + "rule \"PK-MEM-001 hoards\"\n"
        + "  @id(PK-MEM-001) @title(\"Hoards\") @severity(INFO)\n"
        + "when\n  $d : DeliverableFact()\nthen\n"
        + "  java.util.List kept = new java.util.ArrayList();\n"
        + "  while (true) { kept.add(new long[1000000]); }\nend\n");
    Path report = dir.resolve("hoards-report.json");

    // The real launcher, for its exit code after running out of memory.
    ChildJvm.Run r = ChildJvm.run(dir, HEAP, List.of("assess", "example:perth-and-kinross",
        "--as-of", "2025-04-01", "--rules", drl.toString(), "--output", report.toString()));

    assertThat(r.code()).isEqualTo(Main.INTERNAL);
    assertThat(r.err()).isEqualTo("cjoip: rule pack hoards (" + drl + "): rule 'PK-MEM-001"
        + " hoards' failed: it ran out of memory\n");
    assertThat(report).doesNotExist();
  }
}
