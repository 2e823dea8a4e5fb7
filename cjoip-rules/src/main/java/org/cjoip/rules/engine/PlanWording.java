package org.cjoip.rules.engine;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.text.Normalise;
import org.cjoip.model.text.Placeholders;
import org.cjoip.model.time.Timescale;
import org.cjoip.model.time.TimescaleParser;

/**
 * What one plan's wording means, read once per text for one assessment: which framework
 * outcome, measure or evidence item a sentence is, whether it is a placeholder, its grouping
 * key, and what a timescale says. Plans repeat their wording (a measure under its action and
 * again with figures; the same owners, impact measures and timescales on row after row), and on
 * a plan of 100,000 deliverables reading each again made two thirds of what an assessment
 * allocated. Not thread-safe: one per assessment.
 */
final class PlanWording {

  private final Recognisers recognisers;
  private final Placeholders placeholders = Placeholders.standard();
  private final TimescaleParser timescales = TimescaleParser.standard();
  private final Map<String, Recognisers.Recognition<NationalOutcome>> outcomes = new HashMap<>();
  private final Map<String, Recognisers.Recognition<Recognisers.PlacedMeasure>> measures =
      new HashMap<>();
  private final Map<String, Optional<EvidenceItem>> evidence = new HashMap<>();
  private final Map<String, Boolean> placeholderTexts = new HashMap<>();
  private final Map<String, String> keys = new HashMap<>();
  private final Map<String, Timescale> parsedTimescales = new HashMap<>();

  PlanWording(Edition edition) {
    this.recognisers = Recognisers.of(edition);
  }

  /** Whether a text holds no content yet ("TBC", "to be confirmed"); null counts as one. */
  boolean isPlaceholder(String text) {
    return text == null || placeholderTexts.computeIfAbsent(text, placeholders::isPlaceholder);
  }

  /** Whether a national outcome is stated as a placeholder for the framework's wording. */
  boolean isNationalOutcomePlaceholder(String text) {
    return placeholders.isNationalOutcomePlaceholder(text);
  }

  /** The framework outcome a statement means, if any. */
  Recognisers.Recognition<NationalOutcome> outcome(String text) {
    return outcomes.computeIfAbsent(text, recognisers::outcome);
  }

  /** The national measure a text means, if any, and under which priority action it stands. */
  Recognisers.Recognition<Recognisers.PlacedMeasure> measure(String text) {
    return measures.computeIfAbsent(text, recognisers::measure);
  }

  /** The Improvement Tool evidence item a local indicator means, if any. */
  Optional<EvidenceItem> evidence(String text) {
    return evidence.computeIfAbsent(text, recognisers::evidence);
  }

  /** The grouping key of a text ({@link Normalise#key}). */
  String key(String text) {
    return keys.computeIfAbsent(text, Normalise::key);
  }

  /** What a timescale says: a date, a recurrence, open-ended, a placeholder or unreadable. */
  Timescale timescale(String text) {
    return parsedTimescales.computeIfAbsent(text, timescales::parse);
  }
}
