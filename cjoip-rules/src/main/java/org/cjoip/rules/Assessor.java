package org.cjoip.rules;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.cjoip.model.document.AnnualReturnWriter;
import org.cjoip.model.document.EditionWriter;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanWriter;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.document.SourceMap;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.time.Dates;
import org.cjoip.rules.engine.Engine;
import org.cjoip.rules.engine.FactBuilder;
import org.cjoip.rules.engine.PackRules;
import org.cjoip.rules.engine.ReturnFactBuilder;
import org.cjoip.rules.engine.RuleBases;
import org.cjoip.rules.engine.Thresholds;
import org.cjoip.rules.facts.Draft;
import org.cjoip.rules.facts.Escalation;
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
  private final Optional<String> configuration;
  private final Map<String, RuleDescription> rules;
  private final List<RuleSetVersion> ruleSets;
  private final Map<String, RulePack> packs;
  // Each edition's content digest, worked out once, when first used: an assessment records the
  // one it used.
  private final Map<Edition, String> digests =
      Collections.synchronizedMap(new IdentityHashMap<>());
  // A plan's assessment runs without the return findings' rules; a return's, built when first
  // needed, with every rule.
  private final Engine engine;
  private final List<RuleBases.RuleSet> bases;

  private Assessor(Builder b) {
    this.edition = Optional.ofNullable(b.edition);
    this.configurationSha256 = Optional.ofNullable(b.configurationSha256);
    this.configuration = Optional.ofNullable(b.configuration);
    Map<String, RuleDescription> known = new LinkedHashMap<>();
    Catalogue.builtIn().rules().forEach(r -> known.put(r.id(), r));
    List<RuleSetVersion> sets = new ArrayList<>();
    sets.add(RuleSetVersion.of(RuleSetVersion.BUILT_IN, Catalogue.builtIn().version()));
    List<RuleBases.RuleSet> bases = new ArrayList<>();
    bases.add(RuleBases.builtInSet());
    Map<String, RulePack> packsByName = new LinkedHashMap<>();
    for (RulePack pack : b.packs) {
      if (packsByName.putIfAbsent(pack.name(), pack) != null) {
        throw new IllegalArgumentException("two rule packs are named " + pack.name());
      }
      var problems = RulePacks.check(pack);
      if (!problems.isEmpty()) {
        throw new IllegalArgumentException("rule pack " + pack.name() + " is not usable: "
            + problems.get(0).message());
      }
      for (RuleDescription rule : describe(pack)) {
        if (known.containsKey(rule.id())) {
          throw new IllegalArgumentException("rule pack " + pack.name() + " reuses the rule id "
              + rule.id());
        }
        known.put(rule.id(), rule);
      }
      sets.add(RuleSetVersion.of(pack.name(), pack.version()));
      // Keyed by what identifies the content, so equal packs share one rule base; compiled DRL
      // carries the digest of its text as its version.
      bases.add(new RuleBases.RuleSet(
          pack.getClass().getName() + ":" + pack.name() + "@" + pack.version(), pack::models));
    }
    this.rules = Collections.unmodifiableMap(known);
    this.packs = Map.copyOf(packsByName);
    this.ruleSets = List.copyOf(sets);
    b.severities.keySet().forEach(this::requireKnown);
    b.disabled.forEach(this::requireKnown);
    b.waivers.forEach(w -> requireKnown(w.rule()));
    this.severities = Map.copyOf(b.severities);
    this.disabled = Set.copyOf(b.disabled);
    this.waivers = List.copyOf(b.waivers);
    this.bases = List.copyOf(bases);
    this.engine = Engine.of(RuleBases.forPlans(this.bases));
    // After the rule base: a cold start loads the bundled editions on another thread meanwhile.
    this.frameworks = b.frameworks != null ? b.frameworks : Frameworks.bundled();
  }

  /** The catalogue entries of a pack's rules, from their metadata, in id order. */
  static List<RuleDescription> describe(RulePack pack) {
    List<RuleDescription> out = new ArrayList<>();
    for (PackRules.Described rule : PackRules.describe(pack.models())) {
      out.add(RuleDescription.builder()
          .id(rule.id())
          .family(pack.name())
          .defaultSeverity(Severity.parse(rule.severity()).orElse(Severity.WARNING))
          .title(rule.title())
          .description(rule.description().orElse(rule.title()))
          .source(rule.source().orElse("Rule pack " + pack.name() + " " + pack.version()))
          .build());
    }
    return List.copyOf(out);
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
    return run(document, null, List.of(), asOf);
  }

  /**
   * Assesses a plan together with its annual returns so far: a due date a return revised
   * replaces the plan's, a deliverable a return reported complete (on or before {@code asOf})
   * or dropped is no longer overdue, and a figure a return gives for one of the plan's
   * indicators is that indicator's result for the return's year. Nothing dated after
   * {@code asOf} counts: a return whose reporting year had not ended by then is left out, so an
   * old assessment can be made again exactly. {@link Assessment#returns()} names every return
   * given and says which were used. Findings point into the plan.
   *
   * @param plan the plan assessed
   * @param returns the plan's returns, one per reporting year, in any order
   * @param asOf the date the assessment is made as of
   * @throws NullPointerException naming the parameter when one is null
   * @throws IllegalArgumentException when two returns report on one year, or one names another
   *     plan (its title beyond wording, or its period)
   */
  public Assessment assess(PlanDocument plan, List<ReturnDocument> returns, LocalDate asOf) {
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(returns, "returns must not be null (give List.of() for none)");
    Objects.requireNonNull(asOf, "asOf must not be null");
    List<ReturnDocument> all = List.copyOf(returns);
    ReturnFactBuilder.check(plan.plan(), null, all.stream().map(Assessor::source).toList());
    List<ReturnDocument> used =
        all.stream().filter(r -> r.annualReturn().reportingYear().end().isBefore(asOf)).toList();
    Assessment made = run(plan, null, used, asOf);
    List<GivenReturn> given = all.stream()
        .sorted(Comparator.comparing(r -> r.annualReturn().reportingYear()))
        .map(r -> GivenReturn.builder().reportingYear(r.annualReturn().reportingYear())
            .source(r.source()).used(used.contains(r)).build())
        .toList();
    return Assessment.builder().from(made).returns(given).build();
  }

  /**
   * Checks an annual return against its plan and the framework (the ANN rules, s23): findings
   * point into the return, and {@link Assessment#annualReturn()} gives the state of each
   * national measure's figure. The plan's own findings are not repeated.
   *
   * @param checked the return checked
   * @param plan the plan it reports on
   * @param earlier the plan's returns for earlier years, one per year, in any order; the
   *     checks that compare years use them ({@code List.of()} for none)
   * @param asOf the date the assessment is made as of
   * @throws NullPointerException naming the parameter when one is null
   * @throws IllegalArgumentException when an earlier return is not for an earlier year, two
   *     report on one year, or one names another plan
   */
  public Assessment assess(ReturnDocument checked, PlanDocument plan,
      List<ReturnDocument> earlier, LocalDate asOf) {
    Objects.requireNonNull(checked, "checked must not be null");
    Objects.requireNonNull(plan, "plan must not be null");
    Objects.requireNonNull(earlier, "earlier must not be null (give List.of() for none)");
    Objects.requireNonNull(asOf, "asOf must not be null");
    return run(plan, checked, List.copyOf(earlier), asOf);
  }

  private Assessment run(PlanDocument document, ReturnDocument checked,
      List<ReturnDocument> returns, LocalDate asOf) {
    if (!Dates.inRange(asOf)) {
      // Every later stage counts in financial years, which hold only the days of the range.
      throw new IllegalArgumentException("asOf must be " + Dates.range() + ", not " + asOf);
    }
    Plan plan = document.plan();
    Edition used = edition.orElseGet(() -> frameworks.get(plan.framework()));
    List<Object> facts =
        FactBuilder.build(document, used, frameworks, asOf, Thresholds.standard());
    if (checked != null || !returns.isEmpty()) {
      // Without returns there are no return facts; a large plan's facts are not copied for none.
      facts.addAll(ReturnFactBuilder.build(plan, used, List.copyOf(facts),
          checked == null ? null : source(checked),
          returns.stream().map(Assessor::source).toList()));
    }
    if (!returns.isEmpty()) {
      facts = FactBuilder.recountLaterResults(facts);
    }
    boolean onReturn = checked != null;
    // A return's assessment makes the ANN findings only; a plan's, all but them.
    Set<String> off = new HashSet<>(disabled);
    rules.keySet().stream().filter(id -> isReturnRule(id) != onReturn).forEach(off::add);
    SourceMap map = onReturn ? checked.sourceMap() : document.sourceMap();
    Memory memory;
    try {
      Engine running = onReturn ? Engine.of(RuleBases.of(bases)) : engine;
      memory = new Memory(running.run(facts, off));
    } catch (Engine.Failed failed) {
      RuleFailure failure =
          placed(new RuleFailure(failed.rule(), failed.what(), failed), failed.ruleId());
      if (failed.getCause() instanceof OutOfMemoryError oom && failure.pack().isEmpty()) {
        // A built-in rule that runs out of memory does so for the input's size.
        throw oom;
      }
      throw failure;
    }
    Map<Draft, Severity> escalated = new IdentityHashMap<>();
    for (Escalation e : memory.all(Escalation.class)) {
      Severity.parse(String.valueOf(e.severity())).ifPresent(s -> escalated.put(e.finding(), s));
    }
    List<Draft> drafts = memory.all(Draft.class);
    Waivers waived = new Waivers(
        waivers.stream().filter(w -> isReturnRule(w.rule()) == onReturn).toList(), asOf,
        onReturn ? "return" : "plan");
    Set<Object> overdue = Collections.newSetFromMap(new IdentityHashMap<>());
    Set<Object> overdueWaived = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Finding> findings = new ArrayList<>(drafts.size());
    FindingPaths paths = new FindingPaths(map, onReturn
        ? () -> AnnualReturnWriter.toTree(checked.annualReturn()) : () -> PlanWriter.toTree(plan));
    for (Draft draft : drafts) {
      Finding made;
      try {
        made = finding(draft, escalated.get(draft), map);
      } catch (IllegalStateException e) {
        throw placed(new RuleFailure(draft.ruleName(), "made a finding the assessment cannot"
            + " hold (" + e.getMessage() + ")", e), draft.ruleId());
      }
      if (!paths.allows(made.path())) {
        // Placed at the nearest node, it would stand at some other line of the document.
        throw placed(new RuleFailure(draft.ruleName(), "made a finding the assessment cannot"
            + " hold (path " + made.path() + " is not in the "
            + (onReturn ? "annual return" : "plan") + ")", null), draft.ruleId());
      }
      Finding f = waived.apply(made);
      if (f.ruleId().equals(Coverage.OVERDUE_RULE)) {
        (f.isWaived() ? overdueWaived : overdue).add(draft.subject());
      }
      findings.add(f);
    }
    findings.addAll(waived.configFindings(disabled, this::configFinding));
    findings = distinctKeys(FindingSort.sorted(findings));
    Assessment.Builder result = Assessment.builder()
        .plan(plan)
        .source(onReturn ? checked.source() : document.source())
        .edition(used.id())
        .editionTitle(used.title())
        .editionSha256(digests.computeIfAbsent(used, EditionWriter::sha256))
        .declaredEdition(plan.framework())
        .asOf(asOf)
        .libraryVersion(Versions.LIBRARY)
        .rulesetVersion(Catalogue.builtIn().version())
        .ruleSets(ruleSets)
        .configurationSha256(configurationSha256)
        .configuration(configuration)
        .disabledRules(new java.util.TreeSet<>(disabled))
        .waiversApplied(applied(findings))
        .findings(findings);
    if (!onReturn) {
      return result
          .coverage(Coverage.perPriorityAction(memory, findings))
          .aims(Coverage.perAim(used, memory))
          .schedule(Schedule.of(memory, overdue, overdueWaived, asOf))
          .build();
    }
    return result
        .annualReturn(ReturnSummary.builder()
            .title(checked.annualReturn().title())
            .reportingYear(checked.annualReturn().reportingYear())
            .planSource(document.source())
            .earlierSources(returns.stream()
                .sorted(Comparator.comparing(r -> r.annualReturn().reportingYear()))
                .map(ReturnDocument::source).toList())
            .figures(Figures.of(memory))
            .build())
        .build();
  }

  /** Whether a rule is about a return rather than a plan: the ANN family. */
  private boolean isReturnRule(String ruleId) {
    RuleDescription rule = rules.get(ruleId);
    return rule != null && rule.family().equals("ANN");
  }

  private static ReturnFactBuilder.Source source(ReturnDocument d) {
    return new ReturnFactBuilder.Source(d.annualReturn(), d.sourceMap());
  }

  /**
   * The findings with their keys made unique: where two findings share a key (two deliverables
   * with the same id, say), the later ones in report order gain {@code #2}, {@code #3}, ….
   * Findings keep their identity where keys are already unique.
   */
  private static List<Finding> distinctKeys(List<Finding> findings) {
    Map<String, Integer> seen = new HashMap<>();
    List<Finding> out = new ArrayList<>(findings.size());
    for (Finding f : findings) {
      int n = seen.merge(f.key(), 1, Integer::sum);
      out.add(n == 1 ? f : Finding.builder().from(f).key(f.key() + "#" + n).build());
    }
    return out;
  }

  /** A rule's failure, with the pack and file of the rule where it is a pack's. */
  private RuleFailure placed(RuleFailure failure, String ruleId) {
    RuleDescription rule = ruleId == null ? null : rules.get(ruleId);
    RulePack pack = rule == null ? null : packs.get(rule.family());
    return pack == null ? failure
        : failure.inPack(pack.name(), RulePacks.sourceOf(pack, failure.rule()));
  }

  private List<Waiver> applied(List<Finding> findings) {
    Set<Waiver> used = new LinkedHashSet<>();
    findings.forEach(f -> f.waiver().ifPresent(used::add));
    return waivers.stream().filter(used::contains).toList();
  }

  private Finding finding(Draft draft, Severity escalation, SourceMap map) {
    String id = draft.ruleId();
    Optional<RuleDescription> rule = Optional.ofNullable(rules.get(id));
    Severity severity = Optional.ofNullable(severities.get(id))
        .or(() -> Optional.ofNullable(escalation))
        .or(() -> Optional.ofNullable(draft.severity()).flatMap(Severity::parse))
        .orElseGet(() -> rule.map(RuleDescription::defaultSeverity).orElse(Severity.WARNING));
    int pa = draft.subject().priorityAction();
    SourceMap.Position at = located(map, draft.path());
    return Finding.builder()
        .ruleId(id)
        .severity(severity)
        .message(draft.message())
        .path(draft.path())
        .key(draft.key())
        .line(at.line())
        .column(at.column())
        .cell(at.cellReference())
        .priorityAction(pa > 0 ? Optional.of(pa) : Optional.empty())
        .deliverable(Optional.ofNullable(draft.subject().deliverableId()))
        .suggestion(Optional.ofNullable(draft.suggestionText()))
        .source(rule.map(RuleDescription::source))
        .build();
  }

  /**
   * Where a finding stands in the document: at the deepest node of its path that the document
   * has; for an object or a list written as a block, at the key that names it. A block's value
   * starts on a later line, at its first member, which is another subject's line: a priority
   * action missing from {@code priorityActions} would stand at priority action 1. A list or an
   * object written on its key's line ({@code owners: [TBC]}, JSON) stays at its value, on that
   * line; a sheet's list of rows stands at the sheet's header row.
   */
  static SourceMap.Position located(SourceMap map, String path) {
    String node = map.deepestExisting(path);
    SourceMap.Position value = map.position(node).orElse(SourceMap.Position.NONE);
    if (!map.isCollection(node)) {
      return value;
    }
    SourceMap.Position key = map.keyPosition(node).orElse(value);
    return value.cell() != null || key.line() < value.line() ? key : value;
  }

  /**
   * A finding about a waiver: about no node of the plan (its path is the root), it stands at
   * the waiver in the configuration file ({@link Assessment#configuration()}).
   */
  private Finding configFinding(String ruleId, String message, String suggestion, String key,
      Waiver waiver) {
    RuleDescription rule = Catalogue.builtIn().get(ruleId);
    return Finding.builder()
        .ruleId(ruleId)
        .severity(severities.getOrDefault(ruleId, rule.defaultSeverity()))
        .message(message)
        .path("")
        .key(key)
        .line(waiver.line())
        .column(waiver.column())
        .suggestion(suggestion)
        .source(rule.source())
        .build();
  }

  /** Configures an {@link Assessor}. */
  public static final class Builder {
    private Frameworks frameworks;
    private Edition edition;
    private final Map<String, Severity> severities = new LinkedHashMap<>();
    private final Set<String> disabled = new LinkedHashSet<>();
    private final List<Waiver> waivers = new ArrayList<>();
    private final List<RulePack> packs = new ArrayList<>();
    private String configurationSha256;
    private String configuration;

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

    /**
     * Records the SHA-256 of the configuration file the severities, disabled rules and waivers
     * came from, so that every assessment says what it was made with.
     */
    public Builder configurationSha256(String sha256) {
      this.configurationSha256 = sha256;
      return this;
    }

    /**
     * The configuration file's name as the caller gave it ({@code cjoip.yaml}): every
     * assessment names it, and the findings about its waivers stand at their lines in it.
     */
    public Builder configuration(String source) {
      this.configuration = source;
      return this;
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
