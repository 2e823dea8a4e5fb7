package org.cjoip.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.cjoip.model.document.EditionWriter;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.time.Dates;
import org.cjoip.rules.engine.Engine;
import org.cjoip.rules.engine.FactBuilder;
import org.cjoip.rules.engine.RuleBases;
import org.cjoip.rules.facts.Findings;
import org.cjoip.rules.pack.RulePack;
import org.cjoip.rules.pack.RulePacks;

/**
 * Assesses plans against the community justice framework. Build one with {@link #builder()},
 * keep it and share it: an assessor is immutable and thread-safe, its rule base is built once,
 * and each call runs in its own session.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.builder().severity("CJ-DEL-009", Severity.WARNING).build();
 * Assessment a = assessor.assess(PlanReader.standard().read(path), LocalDate.of(2025, 4, 1));
 * }</pre>
 */
public final class Assessor {

  private static final String VERSION_RESOURCE = "version.properties";

  private final Frameworks frameworks;
  private final Optional<Edition> edition;
  private final Map<String, Severity> severities;
  private final Set<String> disabled;
  private final List<Waiver> waivers;
  private final Optional<String> configurationSha256;
  private final Map<String, RuleDescription> rules;
  private final List<RuleSetVersion> ruleSets;
  private final Map<String, RulePack> packs;
  // Each edition's content digest, worked out once: an assessment records the one it used.
  private final Map<Edition, String> digests;
  private final Engine engine;

  private Assessor(Builder b) {
    this.frameworks = b.frameworks;
    this.edition = Optional.ofNullable(b.edition);
    this.configurationSha256 = Optional.ofNullable(b.configurationSha256);
    Map<String, RuleDescription> known = new LinkedHashMap<>();
    Catalogue.builtIn().rules().forEach(r -> known.put(r.id(), r));
    List<RuleSetVersion> sets = new ArrayList<>();
    sets.add(RuleSetVersion.of(RuleSetVersion.BUILT_IN, Catalogue.builtIn().version()));
    List<RuleBases.RuleSet> bases = new ArrayList<>();
    bases.add(b.builtInFromDrl ? RuleBases.builtInFromDrl() : RuleBases.builtInSet());
    Map<String, RulePack> packsByName = new LinkedHashMap<>();
    for (RulePack pack : b.packs) {
      if (packsByName.putIfAbsent(pack.name(), pack) != null) {
        throw new IllegalArgumentException("two rule packs are named " + pack.name());
      }
      List<org.cjoip.model.document.Problem> problems = RulePacks.check(pack, List.of());
      for (RuleDescription rule : RulePacks.describe(pack)) {
        if (known.containsKey(rule.id())) {
          throw new IllegalArgumentException("rule pack " + pack.name() + " reuses the rule id "
              + rule.id());
        }
        known.put(rule.id(), rule);
      }
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("rule pack " + pack.name() + " is not usable: "
            + problems.get(0).message());
      }
      sets.add(RuleSetVersion.of(pack.name(), pack.version()));
      // Keyed by what identifies the content, so equal packs share one rule base; compiled DRL
      // carries the digest of its text as its version.
      bases.add(new RuleBases.RuleSet(
          pack.getClass().getName() + ":" + pack.name() + "@" + pack.version(), pack::models));
    }
    this.rules = Collections.unmodifiableMap(known);
    this.packs = Map.copyOf(packsByName);
    Map<Edition, String> sha = new IdentityHashMap<>();
    frameworks.editions().forEach(e -> sha.put(e, EditionWriter.sha256(e)));
    edition.ifPresent(e -> sha.put(e, EditionWriter.sha256(e)));
    this.digests = Collections.unmodifiableMap(sha);
    this.ruleSets = List.copyOf(sets);
    for (String id : b.severities.keySet()) {
      requireKnown(id);
    }
    b.disabled.forEach(this::requireKnown);
    b.waivers.forEach(w -> requireKnown(w.rule()));
    this.severities = Map.copyOf(b.severities);
    this.disabled = Set.copyOf(b.disabled);
    this.waivers = List.copyOf(b.waivers);
    this.engine = Engine.of(RuleBases.of(bases));
  }

  private void requireKnown(String ruleId) {
    if (!rules.containsKey(ruleId)) {
      throw new IllegalArgumentException("no rule has the id " + ruleId);
    }
  }

  /** Every rule this assessor runs or may report: the built-in ones, then the packs' rules. */
  public List<RuleDescription> rules() {
    return List.copyOf(rules.values());
  }

  /** The rule sets this assessor runs, the built-in rules first. */
  public List<RuleSetVersion> ruleSets() {
    return ruleSets;
  }

  /** An assessor with the built-in rules at their default severities. */
  public static Assessor standard() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** The version of this library. */
  public static String libraryVersion() {
    return Versions.LIBRARY;
  }

  /** Assesses a plan built in code; findings point into its document form. */
  public Assessment assess(Plan plan, LocalDate asOf) {
    return assess(PlanDocument.of(plan, "<plan>"), asOf);
  }

  /** Assesses a plan read from a document; findings point into that document. */
  public Assessment assess(PlanDocument document, LocalDate asOf) {
    if (!Dates.inRange(asOf)) {
      // Every later stage counts in financial years, which hold only the days of the range.
      throw new IllegalArgumentException("asOf must be " + Dates.range() + ", not " + asOf);
    }
    Plan plan = document.plan();
    Edition used = edition.orElseGet(() -> frameworks.get(plan.framework()));
    FactBuilder.Facts facts =
        FactBuilder.build(document, used, frameworks, asOf, Thresholds.standard());
    Findings collected;
    try {
      collected = engine.run(facts.all(), disabled);
    } catch (RuleFailure failure) {
      throw placed(failure);
    }
    List<Finding> findings = new ArrayList<>();
    for (Findings.Draft draft : collected.drafts()) {
      try {
        findings.add(finding(draft));
      } catch (IllegalStateException e) {
        throw placed(new RuleFailure(draft.ruleName(), "made a finding the assessment cannot"
            + " hold (" + e.getMessage() + ")", e));
      }
    }
    findings = Waivers.apply(findings, waivers, asOf, disabled, this::configFinding);
    findings.sort(Finding.ORDER);
    return Assessment.builder()
        .plan(plan)
        .source(document.source())
        .edition(used.id())
        .editionTitle(used.title())
        .editionSha256(Optional.ofNullable(digests.get(used))
            .orElseGet(() -> EditionWriter.sha256(used)))
        .declaredEdition(plan.framework())
        .asOf(asOf)
        .libraryVersion(Versions.LIBRARY)
        .rulesetVersion(Catalogue.builtIn().version())
        .ruleSets(ruleSets)
        .configurationSha256(configurationSha256)
        .waiversApplied(applied(findings))
        .findings(findings)
        .coverage(Coverage.perPriorityAction(facts, findings))
        .aims(Coverage.perAim(used, facts))
        .build();
  }

  /** A rule's failure, with the pack and file of the rule where it is a pack's. */
  private RuleFailure placed(RuleFailure failure) {
    RuleDescription rule = rules.get(Engine.ruleId(failure.rule()));
    RulePack pack = rule == null ? null : packs.get(rule.family());
    return pack == null ? failure
        : failure.inPack(pack.name(), RulePacks.sourceOf(pack, failure.rule()));
  }

  private List<Waiver> applied(List<Finding> findings) {
    Set<Waiver> used = new LinkedHashSet<>();
    findings.forEach(f -> f.waiver().ifPresent(used::add));
    return waivers.stream().filter(used::contains).toList();
  }

  private Finding finding(Findings.Draft draft) {
    String id = draft.ruleId();
    Optional<RuleDescription> rule = Optional.ofNullable(rules.get(id));
    Severity severity =
        Optional.ofNullable(severities.get(id))
            .or(draft::escalation)
            .orElseGet(() -> rule.map(RuleDescription::defaultSeverity).orElse(Severity.WARNING));
    return Finding.builder()
        .ruleId(id)
        .severity(severity)
        .message(draft.message())
        .path(draft.path())
        .priorityAction(draft.priorityActionNumber())
        .deliverable(draft.deliverableId())
        .suggestion(draft.suggestionText())
        .source(rule.map(RuleDescription::source))
        .build();
  }

  private Finding configFinding(String ruleId, String message, String suggestion) {
    RuleDescription rule = Catalogue.builtIn().get(ruleId);
    return Finding.builder()
        .ruleId(ruleId)
        .severity(severities.getOrDefault(ruleId, rule.defaultSeverity()))
        .message(message)
        .path("")
        .suggestion(suggestion)
        .source(rule.source())
        .build();
  }

  /** Configures an {@link Assessor}. */
  public static final class Builder {
    private Frameworks frameworks = Frameworks.bundled();
    private Edition edition;
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<RulePack> packs = new ArrayList<>();
    private String configurationSha256;
    private boolean builtInFromDrl;

    private Builder() {}

    /**
     * Runs a rule pack's rules beside the built-in ones. Rule ids of packs may be given to
     * {@link #severity}, {@link #disable} and {@link #waiver}; they are checked when the
     * assessor is built. A pack is code: add only packs you trust as you trust a program.
     */
    public Builder rulePack(RulePack pack) {
      packs.add(pack);
      return this;
    }

    public Builder rulePacks(List<RulePack> all) {
      packs.addAll(all);
      return this;
    }

    /**
     * Compiles the built-in rules from their DRL when the assessor is first built, instead of
     * loading the model compiled with the library. The findings are the same; the start is far
     * slower. It exists to measure what compiling at build time saves.
     */
    public Builder builtInRulesFromDrl(boolean fromDrl) {
      this.builtInFromDrl = fromDrl;
      return this;
    }

    /** The editions plans may declare; by default the bundled ones. */
    public Builder frameworks(Frameworks frameworks) {
      this.frameworks = frameworks;
      return this;
    }

    /** Assess every plan against this edition, whatever edition the plan declares. */
    public Builder edition(Edition edition) {
      this.edition = edition;
      return this;
    }

    /** Reports a rule's findings at a severity other than its default. */
    public Builder severity(String ruleId, Severity severity) {
      severities.put(ruleId, severity);
      return this;
    }

    /** Does not run a rule. */
    public Builder disable(String ruleId) {
      disabled.add(ruleId);
      return this;
    }

    /** Accepts the findings a waiver covers until it expires. */
    public Builder waiver(Waiver waiver) {
      waivers.add(waiver);
      return this;
    }

    public Builder waivers(List<Waiver> all) {
      all.forEach(this::waiver);
      return this;
    }

    /** Applies a configuration file's severities, disabled rules and waivers. */
    public Builder configuration(org.cjoip.rules.config.Configuration configuration) {
      configuration.severities().forEach(this::severity);
      configuration.disabled().forEach(this::disable);
      configuration.sha256().ifPresent(sha -> this.configurationSha256 = sha);
      return waivers(configuration.waivers());
    }

    /**
     * Builds the assessor: checks that every rule id given is one the built-in rules or a pack
     * defines, and builds or reuses the rule base of this combination of rule sets.
     *
     * @throws IllegalArgumentException naming an unknown rule id or an unusable pack
     */
    public Assessor build() {
      return new Assessor(this);
    }
  }

  /** Versions recorded in every assessment. */
  static final class Versions {
    static final String LIBRARY = load();

    private static String load() {
      try (InputStream in = Assessor.class.getResourceAsStream(VERSION_RESOURCE)) {
        Properties p = new Properties();
        if (in != null) {
          p.load(in);
        }
        return p.getProperty("version", "unknown");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    private Versions() {}
  }
}
