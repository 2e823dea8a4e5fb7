package org.cjoip.rules;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanArbitraries;
import org.cjoip.model.plan.PlanMutation;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Status;

/** Properties of the assessment over generated plans. */
final class AssessorProperties {

  private static final Assessor ASSESSOR = Assessor.standard();

  @Provide
  Arbitrary<Deliverable> deliverables() {
    Arbitrary<List<String>> owners =
        Arbitraries.of("Police Scotland", "TBC", "Community Justice Partnership", "")
            .list().ofMaxSize(2);
    Arbitrary<String> timescales =
        Arbitraries.of("31 March 2025", "Ongoing", "TBC", "2024/25", "Q3 2025/26", "soon",
            "30th September 2024", "Lifetime of CJOIP");
    Arbitrary<Status> statuses = Arbitraries.of(Status.class);
    return Combinators.combine(owners, timescales, statuses, Arbitraries.of("A", "B", "C"))
        .as((o, t, s, d) -> Deliverable.builder().description("Do " + d + ".").owners(o)
            .timescale(t).status(s).build());
  }

  @Provide
  Arbitrary<Plan> plans() {
    Arbitrary<List<Deliverable>> list = deliverables().list().ofMaxSize(6);
    return Combinators.combine(Arbitraries.integers().between(1, 13), list)
        .as((n, ds) -> Plan.builder().title("T").framework("cjpf-2023")
            .partnership(Partnership.builder().name("P").build())
            .addPriorityActions(PriorityActionResponse.builder().number(n).deliverables(ds)
                .build())
            .build());
  }

  @Property(tries = 20)
  void assess_isDeterministic(@ForAll("plans") Plan plan) {
    LocalDate asOf = LocalDate.of(2025, 4, 1);

    assertThat(ASSESSOR.assess(plan, asOf)).isEqualTo(ASSESSOR.assess(plan, asOf));
  }

  @Property(tries = 20)
  void del001_firesExactlyForDeliverablesWithoutARealOwner(@ForAll("plans") Plan plan) {
    List<String> expected = new ArrayList<>();
    List<Deliverable> ds = plan.priorityActions().get(0).deliverables();
    for (int i = 0; i < ds.size(); i++) {
      boolean owned = ds.get(i).owners().stream()
          .anyMatch(o -> !o.isBlank() && !o.equals("TBC"));
      if (!owned) {
        expected.add("/priorityActions/0/deliverables/" + i);
      }
    }

    List<String> actual = ASSESSOR.assess(plan, LocalDate.of(2025, 4, 1)).findings().stream()
        .filter(f -> f.ruleId().equals("CJ-DEL-001"))
        .map(f -> f.path().replaceAll("/owners$", ""))
        .toList();

    assertThat(actual).containsExactlyElementsOf(expected);
  }

  @Property(tries = 20)
  void del005_neverOnClosedDeliverables(@ForAll("plans") Plan plan) {
    List<Deliverable> ds = plan.priorityActions().get(0).deliverables();

    ASSESSOR.assess(plan, LocalDate.of(2026, 4, 1)).findings().stream()
        .filter(f -> f.ruleId().equals("CJ-DEL-005"))
        .forEach(f -> {
          int index = Integer.parseInt(f.path().split("/")[4]);
          assertThat(ds.get(index).status()).isNotIn(
              java.util.Optional.of(Status.COMPLETE), java.util.Optional.of(Status.DROPPED));
        });
  }

  @Provide
  Arbitrary<Plan> assessable() {
    return PlanMutation.assessablePlans();
  }

  @Provide
  Arbitrary<LocalDate> dates() {
    return PlanArbitraries.dates();
  }

  @Property(tries = 50)
  void assess_neverThrowsAndPointsAtNodesThatExist(
      @ForAll("assessable") Plan plan, @ForAll("dates") LocalDate asOf) {
    PlanDocument document = PlanDocument.of(plan, "<plan>");

    Assessment assessment = ASSESSOR.assess(document, asOf);

    // A priority action with no entry is reported at the list of entries, which a plan
    // without any entries does not have.
    assertThat(assessment.findings()).allSatisfy(f -> assertThat(
        document.sourceMap().contains(f.path()) || f.path().equals("/priorityActions"))
        .as("%s at %s", f.ruleId(), f.path()).isTrue());
    assertThat(assessment.findings()).isSortedAccordingTo(Finding.ORDER);
  }

  @Property(tries = 25)
  void assess_sameFindingsInTheSameOrderTwice(
      @ForAll("assessable") Plan plan, @ForAll("dates") LocalDate asOf) {
    List<Finding> first = ASSESSOR.assess(plan, asOf).findings();
    List<Finding> second = ASSESSOR.assess(plan, asOf).findings();

    assertThat(second).containsExactlyElementsOf(first);
  }

  @Property(tries = 25)
  void assess_documentWithShuffledFieldsGivesTheSameFindings(
      @ForAll("assessable") Plan plan, @ForAll("dates") LocalDate asOf, @ForAll Random random)
      throws Exception {
    ObjectNode tree = PlanWriter.toTree(plan);
    String shuffled = new ObjectMapper().writeValueAsString(shuffle(tree, random));
    PlanDocument read = read(shuffled);

    assertThat(read.plan()).isEqualTo(plan);
    // The same findings, though not at the same lines: the shuffled text lays them out anew.
    assertThat(unplaced(ASSESSOR.assess(read, asOf).findings()))
        .containsExactlyElementsOf(unplaced(ASSESSOR.assess(plan, asOf).findings()));
  }

  private static List<Finding> unplaced(List<Finding> findings) {
    return findings.stream().map(f -> Finding.builder().from(f).line(0).column(0).build())
        .toList();
  }

  private static PlanDocument read(String json) throws DocumentException {
    return PlanReader.standard().read(json, "shuffled.json");
  }

  /** The same tree with every object's fields in a random order; lists keep theirs. */
  private static JsonNode shuffle(JsonNode node, Random random) {
    if (node.isObject()) {
      List<Map.Entry<String, JsonNode>> fields = new ArrayList<>();
      node.fields().forEachRemaining(fields::add);
      Collections.shuffle(fields, random);
      ObjectNode out = new ObjectMapper().createObjectNode();
      fields.forEach(e -> out.set(e.getKey(), shuffle(e.getValue(), random)));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = new ObjectMapper().createArrayNode();
      node.forEach(e -> out.add(shuffle(e, random)));
      return out;
    }
    return node;
  }
}
