package org.cjoip.examples.corpus;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Figure;
import org.cjoip.model.plan.Indicator;
import org.cjoip.model.plan.ParticipationStatement;
import org.cjoip.model.plan.Partnership;
import org.cjoip.model.plan.Period;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.Priority;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.Reporting;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.plan.Status;
import org.cjoip.model.plan.StatutoryPartner;
import org.cjoip.model.plan.Target;
import org.cjoip.model.time.FinancialYear;

/**
 * A reproducible corpus of synthetic plans made from a seed: plan {@code i} of seed {@code s} is
 * the same plan on every machine and every run. Each plan answers the 13 priority actions of
 * the 2023 framework with 50–150 deliverables and 20–40 indicators with figures, worded from
 * the framework edition and the bundled example plans, and has the gaps real plans have, at
 * the rates the corpus settings give: missing sections and local indicators, outcomes of
 * another priority action, placeholder or missing owners and measures, open-ended, placeholder
 * and unreadable timescales, overdue dates, duplicated descriptions and ids. Thread-safe.
 *
 * <pre>{@code
 * SyntheticPlans corpus = SyntheticPlans.of(42);
 * Plan plan = corpus.plan(7);                  // 50-150 deliverables
 * Plan large = corpus.plan(0, 100_000);       // exactly 100,000 deliverables
 * List<Path> files = corpus.write(dir, 1000);  // synthetic-42-00000.json ...
 * }</pre>
 */
public final class SyntheticPlans {

  /** The date the corpus is meant to be assessed as of: its plans' gaps are realistic then. */
  public static final LocalDate AS_OF = LocalDate.of(2025, 4, 1);

  private static final int PRIORITY_ACTIONS = 13;
  private static final int MIN_DELIVERABLES = 50;
  private static final int MAX_DELIVERABLES = 150;
  private static final int MIN_INDICATORS = 20;
  private static final int MAX_INDICATORS = 40;

  private final long seed;
  private final CorpusData data;

  private SyntheticPlans(long seed, CorpusData data) {
    this.seed = seed;
    this.data = data;
  }

  /** The corpus of a seed. */
  public static SyntheticPlans of(long seed) {
    return new SyntheticPlans(seed, CorpusData.standard());
  }

  public long seed() {
    return seed;
  }

  /** Plan {@code index} of the corpus, with 50 to 150 deliverables. */
  public Plan plan(int index) {
    Random random = random(index);
    int deliverables = MIN_DELIVERABLES + random.nextInt(MAX_DELIVERABLES - MIN_DELIVERABLES + 1);
    return new Maker(random, index, deliverables).plan();
  }

  /** Plan {@code index} of the corpus made with exactly the given number of deliverables. */
  public Plan plan(int index, int deliverables) {
    if (deliverables < 0) {
      throw new IllegalArgumentException("deliverables must not be negative: " + deliverables);
    }
    Random random = random(index);
    random.nextInt();
    return new Maker(random, index, deliverables).plan();
  }

  /** Plan {@code index} as a document named {@link #name(int)}. */
  public PlanDocument document(int index) {
    return PlanDocument.of(plan(index), name(index));
  }

  /** The name of plan {@code index}: {@code synthetic-SEED-NNNNN}. */
  public String name(int index) {
    return String.format(Locale.ROOT, "synthetic-%d-%05d", seed, index);
  }

  /**
   * Writes plans 0 to {@code count - 1} to a directory as JSON documents named {@code
   * name(i).json}, and returns their paths in order.
   */
  public List<Path> write(Path directory, int count) throws IOException {
    Files.createDirectories(directory);
    List<Path> paths = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      Path file = directory.resolve(name(i) + ".json");
      Files.writeString(file, PlanWriter.toJson(plan(i)));
      paths.add(file);
    }
    return paths;
  }

  private Random random(int index) {
    if (index < 0) {
      throw new IllegalArgumentException("index must not be negative: " + index);
    }
    // SplitMix64's finaliser spreads neighbouring seeds and indexes over unrelated streams.
    long z = seed * 0x9E3779B97F4A7C15L + index;
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return new Random(z ^ (z >>> 31));
  }

  /** Makes one plan; not shared between threads. */
  private final class Maker {
    private final Random random;
    private final int index;
    private final int deliverableCount;
    private final Period period;
    private final Map<String, Integer> descriptionsUsed = new HashMap<>();
    private final List<String> descriptions = new ArrayList<>();
    private final List<String> ids = new ArrayList<>();

    Maker(Random random, int index, int deliverableCount) {
      this.random = random;
      this.index = index;
      this.deliverableCount = deliverableCount;
      int start = pick(data.planYears);
      this.period = Period.of(LocalDate.of(start, 4, 1), LocalDate.of(start + 5, 3, 31));
    }

    Plan plan() {
      String area = pick(data.partnershipAreas);
      Plan.Builder plan = Plan.builder()
          .title(area + " Community Justice Outcome Improvement Plan " + period.start().getYear()
              + "–" + period.end().getYear() + " (synthetic " + seed + "/" + index + ")")
          .framework(data.edition.id())
          .period(period)
          .partnership(partnership(area));
      if (!chance("missingParticipation")) {
        plan.participationStatement(ParticipationStatement.builder()
            .summary(pick(data.participationSummaries))
            .addAllActivities(some(data.activities, 2, 5))
            .build());
      }
      if (!chance("missingReporting")) {
        plan.reporting(Reporting.builder().annualReport(pick(data.annualReports)).build());
      }
      if (chance("planWideAssessment")) {
        plan.outcomesAssessment(pick(data.assessments));
      }
      List<Integer> sections = new ArrayList<>();
      for (int n = 1; n <= PRIORITY_ACTIONS; n++) {
        if (!chance("sectionMissing")) {
          sections.add(n);
        }
      }
      if (sections.isEmpty()) {
        sections.add(1);
      }
      List<String> localOutcomes = some(data.localOutcomes, 2, 4);
      int[] perSection = new int[sections.size()];
      int[] perOutcome = new int[localOutcomes.size()];
      for (int i = 0; i < deliverableCount; i++) {
        if (!localOutcomes.isEmpty() && chance("outcomesUnderOutcomes")) {
          perOutcome[random.nextInt(perOutcome.length)]++;
        } else {
          perSection[random.nextInt(perSection.length)]++;
        }
      }
      for (int s = 0; s < sections.size(); s++) {
        plan.addPriorityActions(section(sections.get(s), perSection[s]));
      }
      for (int o = 0; o < localOutcomes.size(); o++) {
        plan.addOutcomes(localOutcome(o, localOutcomes.get(o), perOutcome[o]));
      }
      int indicators = MIN_INDICATORS + random.nextInt(MAX_INDICATORS - MIN_INDICATORS + 1);
      for (int i = 0; i < indicators; i++) {
        plan.addIndicators(indicator());
      }
      return plan.build();
    }

    private Partnership partnership(String area) {
      Partnership.Builder p = Partnership.builder()
          .name(area + " Community Justice Partnership")
          .addLocalAuthorities(area);
      for (StatutoryPartner partner : StatutoryPartner.values()) {
        if (!chance("statutoryPartnerMissing")) {
          p.addStatutoryPartners(partner);
        }
      }
      return p.build();
    }

    private PriorityActionResponse section(int n, int deliverables) {
      PriorityActionResponse.Builder pa = PriorityActionResponse.builder().number(n);
      Optional<NationalOutcome> own = data.edition.outcomeFor(n);
      List<Measure> measures =
          own.flatMap(NationalOutcome::indicator).map(i -> i.measures()).orElse(List.of());
      if (own.isPresent()) {
        double x = random.nextDouble();
        double exact = data.rate("outcomeExact");
        double variant = exact + data.rate("outcomeVariant");
        double another = variant + data.rate("outcomeOfAnotherAction");
        if (x < exact) {
          pa.nationalOutcome(own.get().text());
        } else if (x < variant) {
          pa.nationalOutcome(variant(own.get().text()));
        } else if (x < another) {
          pa.nationalOutcome(otherOutcome(n));
        }
      } else if (chance("noOutcomePlaceholder")) {
        pa.nationalOutcome(pick(data.noOutcomePlaceholders));
      }
      if (!measures.isEmpty()) {
        double x = random.nextDouble();
        double each = data.rate("measuresEach");
        double joined = each + data.rate("measuresJoined");
        double subset = joined + data.rate("measuresSubset");
        List<String> texts = measures.stream().map(Measure::text).toList();
        if (x < each) {
          pa.addAllNationalIndicators(texts);
        } else if (x < joined) {
          pa.addNationalIndicators(String.join("; ", texts));
        } else if (x < subset) {
          List<String> kept = new ArrayList<>(texts);
          kept.remove(random.nextInt(kept.size()));
          pa.addAllNationalIndicators(kept);
        }
      } else if (chance("notApplicableIndicator")) {
        pa.addNationalIndicators("N/A");
      }
      if (!chance("noLocalIndicators")) {
        if (chance("placeholderLocalIndicator")) {
          pa.addLocalIndicators(pick(data.localIndicatorPlaceholders));
        } else {
          List<String> pool = new ArrayList<>();
          data.edition.evidenceFor(n).forEach(e -> pool.add(e.text()));
          pool.addAll(some(data.localIndicators, 2, 4));
          pa.addAllLocalIndicators(some(pool, 1, 4));
        }
      }
      if (chance("actionAssessment")) {
        pa.assessment(pick(data.assessments));
      }
      if (chance("actionPrioritised")) {
        pa.prioritised(random.nextBoolean());
      }
      for (int k = 1; k <= deliverables; k++) {
        pa.addDeliverables(deliverable(n + "." + k));
      }
      return pa.build();
    }

    private String otherOutcome(int n) {
      List<NationalOutcome> others = data.edition.outcomes().stream()
          .filter(o -> o.priorityAction().isPresent() && o.priorityAction().get() != n)
          .toList();
      return pick(others).text();
    }

    /** The outcome as plans retype it: case, a full stop, or a spelling slip. */
    private String variant(String text) {
      switch (random.nextInt(3)) {
        case 0:
          return text.endsWith(".") ? text.substring(0, text.length() - 1) : text + ".";
        case 1:
          return text.toUpperCase(Locale.ROOT);
        default:
          return text.replace("receive", "recieve").replace("people", "People");
      }
    }

    private StatedOutcome localOutcome(int o, String text, int deliverables) {
      StatedOutcome.Builder out = StatedOutcome.builder()
          .id("LO" + (o + 1))
          .text(text)
          .national(false)
          .addAllIndicators(some(data.localIndicators, 0, 2));
      for (int k = 1; k <= deliverables; k++) {
        out.addDeliverables(deliverable("LO" + (o + 1) + "." + k));
      }
      return out.build();
    }

    private Deliverable deliverable(String id) {
      Deliverable.Builder d = Deliverable.builder();
      String chosenId = chance("duplicateId") && !ids.isEmpty() ? pick(ids) : id;
      ids.add(chosenId);
      d.id(chosenId);
      d.description(description());
      if (!chance("noPriority")) {
        d.priority(Priority.values()[random.nextInt(Priority.values().length - 1)]);
      }
      if (chance("missingOwner")) {
        // no owners
      } else if (chance("placeholderOwner")) {
        d.addOwners(pick(data.placeholders));
      } else {
        d.addAllOwners(some(data.owners, 1, 3));
      }
      if (chance("missingMeasure")) {
        // no impact measures
      } else if (chance("placeholderMeasure")) {
        d.addImpactMeasures(pick(data.placeholders));
      } else {
        d.addAllImpactMeasures(some(data.impactMeasures, 1, 3));
      }
      double x = random.nextDouble();
      double dated = data.rate("datedTimescale");
      double open = dated + data.rate("openEndedTimescale");
      double placeholder = open + data.rate("placeholderTimescale");
      double missing = placeholder + data.rate("missingTimescale");
      double unreadable = missing + data.rate("notUnderstoodTimescale");
      if (x < dated || x >= unreadable) {
        d.timescale(datedTimescale());
      } else if (x < open) {
        d.timescale(pick(data.openEnded));
      } else if (x < placeholder) {
        d.timescale(pick(data.placeholders));
      } else if (x >= missing) {
        d.timescale(pick(data.notUnderstood));
      }
      if (chance("explicitDue")) {
        d.due(day());
      }
      double s = random.nextDouble();
      double cumulative = 0;
      for (int i = 0; i < data.statuses.size(); i++) {
        cumulative += data.statusWeights.get(i);
        if (s < cumulative) {
          d.status(Status.valueOf(data.statuses.get(i)));
          break;
        }
      }
      return d.build();
    }

    /**
     * An example plan's description where it acts or for whom; the same action again in a
     * later phase once every such pair is used, so descriptions stay distinct in a plan of any
     * size except where a duplicate is meant.
     */
    private String description() {
      if (chance("duplicateDescription") && !descriptions.isEmpty()) {
        String earlier = pick(descriptions);
        // Retyped, as duplicates are: the same words in other case or punctuation.
        return random.nextBoolean() ? earlier.toLowerCase(Locale.ROOT) : earlier + " ";
      }
      String base = pick(data.descriptions).strip();
      String qualified = (base.endsWith(".") ? base.substring(0, base.length() - 1) : base)
          + ", " + pick(data.qualifiers);
      int used = descriptionsUsed.merge(qualified, 1, Integer::sum);
      String text = used == 1 ? qualified + "." : qualified + " (phase " + used + ").";
      descriptions.add(text);
      return text;
    }

    private String datedTimescale() {
      LocalDate day = day();
      String format = pick(data.dateFormats);
      if (format.contains("d ")) {
        return day.format(DateTimeFormatter.ofPattern(format, Locale.UK));
      }
      return YearMonth.from(day).format(DateTimeFormatter.ofPattern(format, Locale.UK));
    }

    /** A day in the first three years of the plan: some past, some to come as of the corpus. */
    private LocalDate day() {
      return period.start().plusDays(random.nextInt(3 * 365));
    }

    private Indicator indicator() {
      int n = 1 + random.nextInt(PRIORITY_ACTIONS);
      List<Measure> measures = data.edition.outcomeFor(n)
          .flatMap(NationalOutcome::indicator).map(i -> i.measures()).orElse(List.of());
      Indicator.Builder i = Indicator.builder().priorityAction(n);
      if (!measures.isEmpty() && chance("nationalIndicatorEntry")) {
        Measure m = pick(measures);
        i.name(m.text()).national(true).unit(m.unit());
      } else {
        i.name(pick(data.localIndicators)).unit(random.nextBoolean() ? Unit.COUNT : Unit.PERCENT);
        if (random.nextBoolean()) {
          i.national(false);
        }
      }
      FinancialYear first = FinancialYear.containing(period.start());
      double b = random.nextDouble();
      if (b < data.rate("baselineValue")) {
        i.baseline(Figure.builder().period(first.previous()).value(value()).build());
      } else if (b < data.rate("baselineValue") + data.rate("baselineTextOnly")) {
        i.baseline(Figure.builder().text(pick(data.baselineTexts)).build());
      }
      if (chance("target")) {
        Target.Builder t = Target.builder().period(first.next().next().next());
        if (random.nextInt(5) > 0) {
          t.direction(random.nextInt(4) > 0 ? Direction.INCREASE : Direction.DECREASE);
        }
        if (random.nextBoolean()) {
          t.value(value());
        }
        if (!t.build().isStated()) {
          t.direction(Direction.INCREASE);
        }
        i.target(t.build());
      }
      FinancialYear year = first;
      for (int k = 0; k < 3; k++, year = year.next()) {
        if (random.nextInt(5) < 3) {
          i.addResults(Figure.builder().period(year).value(value()).build());
        }
      }
      return i.build();
    }

    private BigDecimal value() {
      return BigDecimal.valueOf(5 + random.nextInt(496));
    }

    private boolean chance(String rate) {
      return random.nextDouble() < data.rate(rate);
    }

    private <T> T pick(List<T> items) {
      return items.get(random.nextInt(items.size()));
    }

    /** Between {@code min} and {@code max} distinct items, in the pool's order. */
    private List<String> some(List<String> pool, int min, int max) {
      int count = Math.min(pool.size(), min + random.nextInt(max - min + 1));
      Set<Integer> chosen = new LinkedHashSet<>();
      while (chosen.size() < count) {
        chosen.add(random.nextInt(pool.size()));
      }
      return chosen.stream().sorted().map(pool::get).toList();
    }
  }
}
