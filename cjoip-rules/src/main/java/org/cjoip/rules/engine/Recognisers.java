package org.cjoip.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.wording.Candidate;
import org.cjoip.model.wording.Match;
import org.cjoip.model.wording.WordingMatcher;

/**
 * The wording matchers of one framework edition, built once per edition and shared: outcomes,
 * national measures and Improvement Tool evidence items.
 */
final class Recognisers {

  /** A national measure with the priority action whose indicator it belongs to. */
  record PlacedMeasure(int priorityAction, Measure measure) {}

  /**
   * What a text was recognised as: the payload when exact or close; otherwise the closest
   * candidate's wording, when it is a near miss.
   */
  record Recognition<T>(boolean recognised, boolean exact, T payload, String closestText) {

    static <T> Recognition<T> of(Match<T> match, WordingMatcher<T> matcher) {
      boolean recognised = match.verdict() != Match.Verdict.NONE;
      T payload = recognised ? match.candidate().map(Candidate::payload).orElse(null) : null;
      String closest = matcher.isNearMiss(match)
          ? match.candidate().map(Candidate::text).orElse(null) : null;
      return new Recognition<>(recognised, match.verdict() == Match.Verdict.EXACT, payload,
          closest);
    }
  }

  private static final Map<Edition, Recognisers> CACHE = new ConcurrentHashMap<>();

  private final WordingMatcher<NationalOutcome> outcomes;
  private final WordingMatcher<PlacedMeasure> measures;
  private final WordingMatcher<EvidenceItem> evidence;

  private Recognisers(Edition edition) {
    List<Candidate<NationalOutcome>> o = new ArrayList<>();
    List<Candidate<PlacedMeasure>> m = new ArrayList<>();
    for (NationalOutcome outcome : edition.outcomes()) {
      o.add(Candidate.of(outcome.id(), outcome.text(), outcome));
      int pa = outcome.priorityAction().orElse(0);
      outcome
          .indicator()
          .ifPresent(
              i -> i.measures().forEach(
                  ms -> m.add(Candidate.of(ms.id(), ms.text(), new PlacedMeasure(pa, ms)))));
    }
    List<Candidate<EvidenceItem>> e = new ArrayList<>();
    for (EvidenceItem item : edition.evidence()) {
      e.add(Candidate.of(item.id(), item.text(), item));
    }
    this.outcomes = WordingMatcher.of(o);
    this.measures = WordingMatcher.of(m);
    this.evidence = WordingMatcher.of(e);
  }

  static Recognisers of(Edition edition) {
    return CACHE.computeIfAbsent(edition, Recognisers::new);
  }

  Recognition<NationalOutcome> outcome(String text) {
    return Recognition.of(outcomes.match(text), outcomes);
  }

  Recognition<PlacedMeasure> measure(String text) {
    return Recognition.of(measures.match(text), measures);
  }

  Optional<EvidenceItem> evidence(String text) {
    Recognition<EvidenceItem> r = Recognition.of(evidence.match(text), evidence);
    return r.recognised() ? Optional.of(r.payload()) : Optional.empty();
  }
}
