package org.cjoip.examples.corpus;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cjoip.examples.Examples;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.io.JsonResources;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.plan.StatedOutcome;
import org.cjoip.model.text.Placeholders;

/**
 * What synthetic plans are made of: the corpus settings ({@value #RESOURCE}), the framework
 * edition, and the wording of the bundled example plans. Loaded once; immutable.
 */
final class CorpusData {

  static final String RESOURCE = "/org/cjoip/examples/corpus/corpus.json";

  private static final class Holder {
    static final CorpusData STANDARD = load();
  }

  final Edition edition;
  final Map<String, Double> rates;
  final List<Integer> planYears;
  final List<String> statuses;
  final List<Double> statusWeights;
  final List<String> dateFormats;
  final List<String> openEnded;
  final List<String> placeholders;
  final List<String> notUnderstood;
  final List<String> localIndicatorPlaceholders;
  final List<String> noOutcomePlaceholders;
  final List<String> qualifiers;
  final List<String> assessments;
  final List<String> baselineTexts;
  final List<String> partnershipAreas;
  final List<String> participationSummaries;
  final List<String> descriptions;
  final List<String> owners;
  final List<String> impactMeasures;
  final List<String> localIndicators;
  final List<String> localOutcomes;
  final List<String> activities;
  final List<String> annualReports;

  private CorpusData(JsonNode settings, Edition edition, List<Plan> examples) {
    this.edition = edition;
    Map<String, Double> r = new HashMap<>();
    settings.get("rates").fields()
        .forEachRemaining(e -> r.put(e.getKey(), e.getValue().asDouble()));
    this.rates = Map.copyOf(r);
    List<Integer> years = new ArrayList<>();
    settings.get("planYears").forEach(y -> years.add(y.asInt()));
    this.planYears = List.copyOf(years);
    List<Double> weights = new ArrayList<>();
    settings.get("statusWeights").forEach(w -> weights.add(w.asDouble()));
    this.statusWeights = List.copyOf(weights);
    this.statuses = strings(settings, "statuses");
    this.dateFormats = strings(settings, "dateFormats");
    this.openEnded = strings(settings, "openEnded");
    this.placeholders = strings(settings, "placeholders");
    this.notUnderstood = strings(settings, "notUnderstood");
    this.localIndicatorPlaceholders = strings(settings, "localIndicatorPlaceholders");
    this.noOutcomePlaceholders = strings(settings, "noOutcomePlaceholders");
    this.qualifiers = strings(settings, "qualifiers");
    this.assessments = strings(settings, "assessments");
    this.baselineTexts = strings(settings, "baselineTexts");
    this.partnershipAreas = strings(settings, "partnershipAreas");
    this.participationSummaries = strings(settings, "participationSummaries");
    Placeholders ph = Placeholders.standard();
    Set<String> d = new LinkedHashSet<>();
    Set<String> o = new LinkedHashSet<>();
    Set<String> m = new LinkedHashSet<>();
    Set<String> li = new LinkedHashSet<>();
    Set<String> lo = new LinkedHashSet<>();
    Set<String> act = new LinkedHashSet<>();
    Set<String> rep = new LinkedHashSet<>();
    for (Plan plan : examples) {
      List<Deliverable> all = plan.deliverables().toList();
      for (Deliverable del : all) {
        d.add(del.description());
        del.owners().stream().filter(t -> !ph.isPlaceholder(t)).forEach(o::add);
        del.impactMeasures().stream().filter(t -> !ph.isPlaceholder(t)).forEach(m::add);
      }
      for (PriorityActionResponse pa : plan.priorityActions()) {
        pa.localIndicators().stream().filter(t -> !ph.isPlaceholder(t)).forEach(li::add);
      }
      for (StatedOutcome so : plan.outcomes()) {
        if (!so.national().orElse(true)) {
          lo.add(so.text());
        }
      }
      plan.participationStatement().ifPresent(p -> act.addAll(p.activities()));
      plan.reporting().flatMap(x -> x.annualReport()).ifPresent(rep::add);
    }
    edition.evidence().forEach(e -> li.add(e.text()));
    this.descriptions = List.copyOf(d);
    this.owners = List.copyOf(o);
    this.impactMeasures = List.copyOf(m);
    this.localIndicators = List.copyOf(li);
    this.localOutcomes = List.copyOf(lo);
    this.activities = List.copyOf(act);
    this.annualReports = List.copyOf(rep);
  }

  static CorpusData standard() {
    return Holder.STANDARD;
  }

  double rate(String name) {
    Double r = rates.get(name);
    if (r == null) {
      throw new IllegalStateException("the corpus settings give no rate " + name);
    }
    return r;
  }

  private static List<String> strings(JsonNode settings, String field) {
    List<String> out = new ArrayList<>();
    settings.get(field).forEach(n -> out.add(n.asText()));
    return List.copyOf(out);
  }

  private static CorpusData load() {
    JsonNode settings = JsonResources.read(CorpusData.class, RESOURCE);
    try {
      Edition edition = Frameworks.bundled().get(settings.get("edition").asText());
      List<Plan> examples = new ArrayList<>();
      for (String name : Examples.NAMES) {
        examples.add(Examples.read(name).plan());
      }
      return new CorpusData(settings, edition, examples);
    } catch (DocumentException e) {
      throw new IllegalStateException("a bundled example does not read: " + e.getMessage(), e);
    }
  }
}
