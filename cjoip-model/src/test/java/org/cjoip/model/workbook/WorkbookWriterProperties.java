package org.cjoip.model.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.ParticipationStatement;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanArbitraries;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Reporting;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Target;
import org.cjoip.model.time.FinancialYear;

/**
 * Export then import gives back an equal plan, field by field, for any plan a workbook can
 * carry; and the writer refuses exactly the plans it cannot carry, never writing one with
 * something lost. {@link #carried} says, independently of the writer, what a workbook can
 * carry: it mends a generated plan where it cannot.
 */
final class WorkbookWriterProperties {

  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("cjoip-workbook-properties-");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var files = Files.list(dir)) {
      for (Path f : files.toList()) {
        Files.delete(f);
      }
    }
    Files.delete(dir);
  }

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Provide
  Arbitrary<Plan> carriedPlans() {
    return PlanArbitraries.plans().map(WorkbookWriterProperties::carried);
  }

  @Property(tries = 25)
  void exportThenImport_givesBackAnEqualPlan(@ForAll("carriedPlans") Plan plan)
      throws Exception {
    PlanDocument read = roundTrip(plan);

    assertThat(read.plan().title()).isEqualTo(plan.title());
    assertThat(read.plan().partnership()).isEqualTo(plan.partnership());
    assertThat(read.plan().priorityActions()).isEqualTo(plan.priorityActions());
    assertThat(read.plan().outcomes()).isEqualTo(plan.outcomes());
    assertThat(read.plan().indicators()).isEqualTo(plan.indicators());
    assertThat(read.plan()).isEqualTo(plan);
  }

  @Property(tries = 25)
  void export_refusesExactlyWhatAWorkbookCannotCarry(@ForAll("plans") Plan plan)
      throws Exception {
    boolean carried = carried(plan).equals(plan);
    try {
      PlanDocument read = roundTrip(plan);
      assertThat(carried).as("written, so a workbook carries it").isTrue();
      assertThat(read.plan()).isEqualTo(plan);
    } catch (DocumentException e) {
      assertThat(carried).as("refused: " + e.getMessage()).isFalse();
      assertThat(e.problems()).allSatisfy(p -> assertThat(p.pointer()).startsWith("/"));
    }
  }

  private static PlanDocument roundTrip(Plan plan) throws Exception {
    Path file = Files.createTempFile(dir, "plan-", ".xlsx");
    try {
      try (OutputStream out = Files.newOutputStream(file)) {
        WorkbookWriter.write(plan, out);
      }
      return WorkbookReader.standard().read(file);
    } finally {
      Files.delete(file);
    }
  }

  // ---- what a workbook carries

  private static String text(String t) {
    return t.isBlank() ? "text" : t;
  }

  private static Optional<String> text(Optional<String> t) {
    return t.map(WorkbookWriterProperties::text);
  }

  private static List<String> items(List<String> items) {
    List<String> out = new ArrayList<>();
    for (String item : items) {
      String i = item.replace('\n', ' ');
      if (i.endsWith("\r")) {
        i = i.substring(0, i.length() - 1) + "r";
      }
      out.add(i.isBlank() ? "item" : i);
    }
    return out;
  }

  /** The plan with what no cell carries back mended: the plan itself when a workbook can. */
  static Plan carried(Plan plan) {
    Plan.Builder out = Plan.builder().from(plan).title(text(plan.title()))
        .framework(text(plan.framework()));
    Partnership p = plan.partnership();
    out.partnership(Partnership.builder().name(text(p.name()))
        .localAuthorities(items(p.localAuthorities()))
        .statutoryPartners(p.statutoryPartners()).otherMembers(items(p.otherMembers()))
        .build());
    out.participationStatement(plan.participationStatement()
        .filter(s -> s.summary().isPresent() || !s.activities().isEmpty())
        .map(s -> ParticipationStatement.builder().summary(text(s.summary()))
            .activities(items(s.activities())).build()));
    out.reporting(plan.reporting()
        .filter(r -> r.annualReport().isPresent() || r.reviewCycle().isPresent())
        .map(r -> Reporting.builder().annualReport(text(r.annualReport()))
            .reviewCycle(text(r.reviewCycle())).build()));
    out.outcomesAssessment(text(plan.outcomesAssessment()));
    UnaryOperator<Deliverable> deliverable = d -> Deliverable.builder().from(d)
        .id(text(d.id())).description(text(d.description())).owners(items(d.owners()))
        .impactMeasures(items(d.impactMeasures())).timescale(text(d.timescale())).build();
    out.priorityActions(plan.priorityActions().stream()
        .map(pa -> PriorityActionResponse.builder().from(pa)
            .assessment(text(pa.assessment())).nationalOutcome(text(pa.nationalOutcome()))
            .nationalIndicators(items(pa.nationalIndicators()))
            .localIndicators(items(pa.localIndicators()))
            .deliverables(pa.deliverables().stream().map(deliverable).toList())
            .build())
        .toList());
    Map<String, Integer> ids = new HashMap<>();
    plan.outcomes().forEach(o -> text(o.id()).ifPresent(i -> ids.merge(i.strip(), 1,
        Integer::sum)));
    List<StatedOutcome> outcomes = new ArrayList<>();
    for (int k = 0; k < plan.outcomes().size(); k++) {
      StatedOutcome o = plan.outcomes().get(k);
      Optional<String> id = text(o.id());
      if (!o.deliverables().isEmpty() && (id.isEmpty() || ids.get(id.get().strip()) > 1)) {
        id = Optional.of("outcome " + k);
      }
      outcomes.add(StatedOutcome.builder().from(o).id(id).text(text(o.text()))
          .area(text(o.area())).indicators(items(o.indicators()))
          .deliverables(o.deliverables().stream().map(deliverable).toList()).build());
    }
    out.outcomes(outcomes);
    out.indicators(plan.indicators().stream().map(WorkbookWriterProperties::indicator)
        .toList());
    return out.build();
  }

  private static Indicator indicator(Indicator i) {
    Optional<Figure> baseline = i.baseline()
        .filter(f -> f.period().isPresent() || f.value().isPresent() || f.text().isPresent())
        .map(f -> Figure.builder().from(f).text(text(f.text())).build());
    Optional<Target> target = i.target()
        .filter(t -> t.isStated() || t.period().isPresent() || t.text().isPresent())
        .map(t -> Target.builder().from(t).text(text(t.text())).build());
    List<Figure> results = new ArrayList<>();
    FinancialYear last = null;
    for (Figure f : i.results()) {
      if (f.period().isEmpty() || (last != null && f.period().get().compareTo(last) <= 0)) {
        continue;
      }
      last = f.period().get();
      if (f.value().isPresent()) {
        results.add(Figure.builder().period(f.period()).value(f.value()).build());
      } else {
        String t = f.text().map(WorkbookWriterProperties::text).orElse("not published");
        results.add(Figure.builder().period(f.period())
            .text(Cells.numeral(t) != null ? "about " + t : t).build());
      }
    }
    return Indicator.builder().from(i).name(text(i.name())).baseline(baseline).target(target)
        .results(results).build();
  }
}
