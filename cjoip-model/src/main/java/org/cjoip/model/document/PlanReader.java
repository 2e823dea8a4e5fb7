package org.cjoip.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.cjoip.model.document.Binding.Obj;
import org.cjoip.model.framework.Direction;
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
import org.cjoip.model.text.Printable;
import org.cjoip.model.time.Dates;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.model.time.TimescaleParser;
import org.immutables.value.Value;

/**
 * Reads plan documents, format version 1, from JSON or YAML. Strict by default: an unknown
 * field is an error, because a typo must not silently drop data; {@link Options#lenient()}
 * reports unknown fields as warnings instead. Every problem is located (line, column, JSON
 * Pointer), all of a document's problems are reported together, and a document with an error
 * never yields a partial plan. Thread-safe.
 */
public final class PlanReader {

  /** How a reader treats documents. */
  @Value.Immutable
  public abstract static class Options {

    /** Report unknown fields as warnings rather than errors. */
    @Value.Default
    public boolean lenient() {
      return false;
    }

    @Value.Default
    public Limits limits() {
      return Limits.defaults();
    }

    /**
     * The framework edition ids a plan may declare; by default the bundled editions'. A plan
     * naming any other id is refused.
     */
    public abstract Optional<Set<String>> frameworkIds();

    /**
     * Accept a plan whatever edition id it declares: for assessing against an edition the
     * caller names, where the declared one is not used.
     */
    @Value.Default
    public boolean anyFramework() {
      return false;
    }

    public static Builder builder() {
      return new Builder();
    }

    /** Builds {@link Options}. */
    public static class Builder extends ImmutableOptions.Builder {}
  }

  static final String[] ROOT = {
    "formatVersion", DocumentKind.FIELD, "title", "framework", "period", "approved", "partnership",
    "participationStatement", "reporting", "outcomesAssessment", "priorityActions", "outcomes",
    "indicators"
  };
  static final String[] PERIOD = {"start", "end"};
  static final String[] PARTNERSHIP = {
    "name", "localAuthorities", "statutoryPartners", "otherMembers"
  };
  static final String[] PARTICIPATION = {"summary", "activities"};
  static final String[] REPORTING = {"annualReport", "reviewCycle"};
  static final String[] PRIORITY_ACTION = {
    "number", "assessment", "prioritised", "nationalOutcome", "nationalIndicators",
    "localIndicators", "deliverables"
  };
  static final String[] DELIVERABLE = {
    "id", "description", "priority", "owners", "impactMeasures", "timescale", "due", "status",
    "completed"
  };
  static final String[] OUTCOME = {
    "id", "text", "national", "aim", "area", "priorityActions", "indicators", "deliverables"
  };
  static final String[] INDICATOR = {
    "name", "priorityAction", "national", "unit", "baseline", "target", "results"
  };
  static final String[] FIGURE = {"period", "value", "text"};
  static final String[] TARGET = {"direction", "value", "period", "text"};

  // Deliverables are counted as they are read, so a plan of too many is refused before it is
  // all in memory. A return's progress entries stand in the same places.
  static final List<List<String>> DELIVERABLE_LISTS = List.of(
      List.of("priorityActions", "*", "deliverables"), List.of("outcomes", "*", "deliverables"));

  private final Options options;
  private final TreeReader trees;

  private PlanReader(Options options) {
    this.options = options;
    this.trees = TreeReader.forPlansAndReturns(options.limits());
  }

  /** A strict reader with the default limits that knows the bundled framework editions. */
  public static PlanReader standard() {
    return of(Options.builder().build());
  }

  public static PlanReader of(Options options) {
    return new PlanReader(options);
  }

  public Options options() {
    return options;
  }

  /**
   * Reads a file; a missing file, a directory, a special file (a pipe, a device, a
   * {@code /proc} file) or an unreadable file is a problem. The format is the one the file's
   * name suggests, or else its first character.
   */
  public PlanDocument read(Path file) throws DocumentException {
    String source = file.toString();
    return bind(trees.readFile(file, source, "a plan document", null), source);
  }

  /**
   * Reads a stream to its end, up to the size limit: it is parsed as it is read and refused
   * as soon as it passes the limit, never held whole.
   */
  public PlanDocument read(InputStream in, String source) throws DocumentException {
    return bind(trees.read(in, source, null), source);
  }

  /** Reads a document's bytes, which must be UTF-8; the format is guessed from the name. */
  public PlanDocument read(byte[] bytes, String source) throws DocumentException {
    return bind(trees.read(bytes, source, null), source);
  }

  /** Reads a document's text; the format is guessed from the name, then the content. */
  public PlanDocument read(String text, String source) throws DocumentException {
    return bind(trees.read(text, source, Format.guess(source, text)), source);
  }

  /**
   * Binds a tree that was located elsewhere (a workbook read into the document form, say),
   * exactly as a parsed document is bound: the same errors and the same warnings, each placed
   * by the source map. The document's format is the one its name suggests, JSON otherwise.
   *
   * @param tree the document's root, in the form a plan document has
   * @param sourceMap where each node of the tree stands in the original
   * @param source the document's name for problem reports
   */
  public PlanDocument read(JsonNode tree, SourceMap sourceMap, String source)
      throws DocumentException {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(sourceMap, "sourceMap");
    return bind(new TreeReader.Located(tree, sourceMap, Format.guess(source, "{")), source);
  }

  /**
   * Binds a document already read into a tree, in the format it was read in, exactly as a
   * document read here is bound.
   */
  public PlanDocument read(DocumentTree tree) throws DocumentException {
    return bind(tree.located(), tree.source());
  }

  private PlanDocument bind(TreeReader.Located tree, String source) throws DocumentException {
    Format format = tree.format();
    Binding b = new Binding(source, tree, options.lenient(), options.limits());
    if (!DocumentKind.check(b, tree.root(), DocumentKind.PLAN)) {
      b.stopOnErrors();
    }
    Optional<Obj> maybeRoot = b.root(tree.root(), ROOT);
    b.stopOnErrors();
    countDeliverables(b, tree.root(), options.limits());
    countResults(b, tree.root(), options.limits());
    Obj root = maybeRoot.orElseThrow();
    checkVersion(b, root, Plan.FORMAT_VERSION);
    Plan.Builder plan = Plan.builder();
    root.requiredText("title").ifPresent(plan::title);
    root.requiredText("framework").ifPresent(id -> {
      checkFramework(options, b, root, id);
      plan.framework(id);
    });
    root.object("period", PERIOD).ifPresent(p -> period(p).ifPresent(plan::period));
    root.date("approved").ifPresent(plan::approved);
    if (root.has("partnership")) {
      root.object("partnership", PARTNERSHIP).ifPresent(p -> plan.partnership(partnership(p)));
    } else {
      root.missing("partnership", "an object with at least a name");
    }
    root.object("participationStatement", PARTICIPATION)
        .ifPresent(
            p ->
                plan.participationStatement(
                    ParticipationStatement.builder()
                        .summary(p.text("summary"))
                        .activities(p.texts("activities"))
                        .build()));
    root.object("reporting", REPORTING)
        .ifPresent(
            r ->
                plan.reporting(
                    Reporting.builder()
                        .annualReport(r.text("annualReport"))
                        .reviewCycle(r.text("reviewCycle"))
                        .build()));
    root.text("outcomesAssessment").ifPresent(plan::outcomesAssessment);
    // Each priority action's number, and where it is first given.
    Map<Integer, String> seen = new java.util.HashMap<>();
    // Outcomes and reports name deliverables by id: two with one id make those references lie.
    Map<String, List<String>> deliverableIds = new java.util.LinkedHashMap<>();
    for (Obj pa : root.objects("priorityActions", PRIORITY_ACTION)) {
      priorityAction(b, pa, seen, deliverableIds).ifPresent(plan::addPriorityActions);
    }
    for (Obj o : root.objects("outcomes", OUTCOME)) {
      outcome(b, o, deliverableIds).ifPresent(plan::addOutcomes);
    }
    // Published plans do repeat a number now and then; the plan is still assessed, since
    // findings name deliverables by their place, and the reader says so once per id, at its
    // second use.
    deliverableIds.forEach((id, uses) -> {
      if (uses.size() > 1) {
        b.warning(uses.get(1) + "/id", "deliverable id '" + id + "' is given "
            + (uses.size() == 2 ? "twice" : uses.size() + " times") + " (first at "
            + b.where(uses.get(0) + "/id") + ")");
      }
    });
    for (Obj i : root.objects("indicators", INDICATOR)) {
      indicator(b, i).ifPresent(plan::addIndicators);
    }
    b.throwIfErrors();
    Optional<Plan> built = build(b, "", plan::build);
    b.throwIfErrors();
    return PlanDocument.builder()
        .plan(built.orElseThrow())
        .source(source)
        .format(format)
        .sourceMap(tree.sourceMap())
        .warnings(b.problems())
        .build();
  }

  /**
   * Refuses a plan of more deliverables (a return of more progress entries) than the limit. A
   * document read here was refused as it was read; a tree located elsewhere is counted before
   * it is bound.
   */
  static void countDeliverables(Binding b, JsonNode root, Limits limits)
      throws DocumentException {
    int max = limits.maxDeliverables();
    int count = 0;
    for (String list : List.of("priorityActions", "outcomes")) {
      JsonNode items = root.path(list);
      // Not a list: binding says so where it reads the field.
      for (int i = 0; items.isArray() && i < items.size(); i++) {
        JsonNode deliverables = items.get(i).path("deliverables");
        if (deliverables.isArray() && count + deliverables.size() > max) {
          b.error("/" + list + "/" + i + "/deliverables/" + (max - count),
              "the document has more deliverables than the limit of " + max);
          b.stopOnErrors();
        }
        count += deliverables.isArray() ? deliverables.size() : 0;
      }
    }
  }

  /**
   * Refuses a plan of more results of indicators than the limit, at the first result past it:
   * read whole, such a plan is refused before its results become facts.
   */
  static void countResults(Binding b, JsonNode root, Limits limits) throws DocumentException {
    int max = limits.maxIndicatorResults();
    int count = 0;
    JsonNode indicators = root.path("indicators");
    for (int i = 0; indicators.isArray() && i < indicators.size(); i++) {
      JsonNode results = indicators.get(i).path("results");
      if (results.isArray() && count + results.size() > max) {
        b.error("/indicators/" + i + "/results/" + (max - count),
            "the plan has more results of indicators than the limit of " + max);
        b.stopOnErrors();
      }
      count += results.isArray() ? results.size() : 0;
    }
  }

  static void checkVersion(Binding b, Obj root, int version) throws DocumentException {
    if (!root.has("formatVersion")) {
      b.error("", "missing required field 'formatVersion' (this library reads version "
          + version + ")");
    } else {
      Optional<Integer> v = root.integer("formatVersion", 1, Integer.MAX_VALUE);
      if (v.isPresent() && v.get() != version) {
        b.error("/formatVersion", "formatVersion " + v.get()
            + " is not supported; this library reads version " + version);
      }
    }
    // A document of another version may mean anything else: report nothing more about it.
    b.stopOnErrors();
  }

  /** Refuses a framework edition id the options do not know. */
  static void checkFramework(Options options, Binding b, Obj root, String id) {
    if (options.anyFramework()) {
      return;
    }
    Set<String> known =
        options.frameworkIds().orElseGet(() -> Set.copyOf(Frameworks.bundled().ids()));
    if (!known.contains(id)) {
      b.error(root.child("framework"), "framework '" + id
          + "' names no known edition; known editions: " + String.join(", ", new TreeSet<>(known)));
    }
  }

  static Optional<Period> period(Obj p) {
    Optional<java.time.LocalDate> start = p.date("start");
    Optional<java.time.LocalDate> end = p.date("end");
    if (!p.has("start")) {
      p.missing("start", "a date as YYYY-MM-DD");
    }
    if (!p.has("end")) {
      p.missing("end", "a date as YYYY-MM-DD");
    }
    return start.isPresent() && end.isPresent()
        ? Optional.of(Period.of(start.get(), end.get()))
        : Optional.empty();
  }

  static Partnership partnership(Obj p) {
    Partnership.Builder out = Partnership.builder();
    if (!p.has("name")) {
      p.missing("name", "text");
    }
    out.name(p.text("name").orElse(""));
    out.localAuthorities(p.texts("localAuthorities"));
    out.statutoryPartners(p.enumerations("statutoryPartners", StatutoryPartner.class));
    out.otherMembers(p.texts("otherMembers"));
    return out.build();
  }

  /**
   * Refuses a priority action's number given before, saying where it first is and what to do;
   * notes where it is given when it is the first.
   */
  static void once(Binding b, Obj pa, int n, Map<Integer, String> seen, String advice) {
    String first = seen.putIfAbsent(n, pa.child("number"));
    if (first != null) {
      b.error(pa.child("number"), "priority action " + n + " is given twice (first at "
          + b.where(first) + "); " + advice);
    }
  }

  private static Optional<PriorityActionResponse> priorityAction(
      Binding b, Obj pa, Map<Integer, String> seen, Map<String, List<String>> deliverableIds) {
    PriorityActionResponse.Builder out = PriorityActionResponse.builder();
    Optional<Integer> number =
        pa.integer("number", PriorityActionResponse.FIRST, PriorityActionResponse.LAST);
    if (!pa.has("number")) {
      pa.missing("number", "a priority action from 1 to 13");
    }
    number.ifPresent(
        n -> {
          once(b, pa, n, seen, "give each action one section, with all its deliverables");
          out.number(n);
        });
    pa.text("assessment").ifPresent(out::assessment);
    pa.bool("prioritised").ifPresent(out::prioritised);
    pa.text("nationalOutcome").ifPresent(out::nationalOutcome);
    out.nationalIndicators(pa.texts("nationalIndicators"));
    out.localIndicators(pa.texts("localIndicators"));
    for (Obj d : pa.objects("deliverables", DELIVERABLE)) {
      deliverable(b, d, deliverableIds).ifPresent(out::addDeliverables);
    }
    return number.isPresent() ? build(b, pa.pointer(), out::build) : Optional.empty();
  }

  private static Optional<Deliverable> deliverable(
      Binding b, Obj d, Map<String, List<String>> deliverableIds) {
    Deliverable.Builder out = Deliverable.builder();
    Optional<String> id = d.text("id");
    id.ifPresent(out::id);
    if (id.isPresent()) {
      deliverableIds.computeIfAbsent(id.get(), k -> new ArrayList<>()).add(d.pointer());
    }
    Optional<String> description = d.requiredText("description");
    description.ifPresent(out::description);
    d.enumeration("priority", Priority.class).ifPresent(out::priority);
    out.owners(d.texts("owners"));
    out.impactMeasures(d.texts("impactMeasures"));
    d.text("timescale").ifPresent(t -> {
      out.timescale(t);
      checkTimescale(b, d, t);
    });
    d.date("due").ifPresent(out::due);
    Optional<Status> status = d.enumeration("status", Status.class);
    status.ifPresent(out::status);
    Optional<java.time.LocalDate> completed = d.date("completed");
    if (completed.isPresent() && status.orElse(null) != Status.COMPLETE) {
      b.error(d.child("completed"), "completed is allowed only when status is COMPLETE");
      return Optional.empty();
    }
    completed.ifPresent(out::completed);
    return description.isPresent() ? build(b, d.pointer(), out::build) : Optional.empty();
  }

  /**
   * Refuses a timescale that names a day outside the range of dates: every later stage counts
   * in financial years, which the range keeps whole. Only a text with a year out of the range
   * can name one, so only such a text is read here.
   */
  private static void checkTimescale(Binding b, Obj d, String timescale) {
    if (!mayNameAFarDay(timescale)) {
      return;
    }
    TimescaleParser.standard().parse(timescale).due()
        .filter(day -> !Dates.inRange(day))
        .ifPresent(day -> b.error(d.child("timescale"), "the timescale '"
            + Printable.quote(timescale) + "' names a day outside the range of dates, "
            + Dates.FIRST + " to " + Dates.LAST));
  }

  /** Whether the text has a run of four or more digits that is no year well inside the range. */
  static boolean mayNameAFarDay(String text) {
    int run = 0;
    int value = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ' ';
      if (c >= '0' && c <= '9') {
        value = run < 5 ? value * 10 + (c - '0') : value;
        run++;
      } else {
        if (run >= 4 && (run > 4 || value <= Dates.FIRST.getYear()
            || value >= Dates.LAST.getYear())) {
          return true;
        }
        run = 0;
        value = 0;
      }
    }
    return false;
  }

  private static Optional<StatedOutcome> outcome(
      Binding b, Obj o, Map<String, List<String>> deliverableIds) {
    StatedOutcome.Builder out = StatedOutcome.builder();
    o.text("id").ifPresent(out::id);
    Optional<String> text = o.requiredText("text");
    text.ifPresent(out::text);
    o.bool("national").ifPresent(out::national);
    o.integer("aim", 1, 4).ifPresent(out::aim);
    o.text("area").ifPresent(out::area);
    out.priorityActions(
        o.integers("priorityActions", PriorityActionResponse.FIRST, PriorityActionResponse.LAST));
    out.indicators(o.texts("indicators"));
    for (Obj d : o.objects("deliverables", DELIVERABLE)) {
      deliverable(b, d, deliverableIds).ifPresent(out::addDeliverables);
    }
    return text.isPresent() ? build(b, o.pointer(), out::build) : Optional.empty();
  }

  private static Optional<Indicator> indicator(Binding b, Obj i) {
    Indicator.Builder out = Indicator.builder();
    Optional<String> name = i.requiredText("name");
    name.ifPresent(out::name);
    i.integer("priorityAction", PriorityActionResponse.FIRST, PriorityActionResponse.LAST)
        .ifPresent(out::priorityAction);
    i.bool("national").ifPresent(out::national);
    i.enumeration("unit", Unit.class).ifPresent(out::unit);
    i.object("baseline", FIGURE).ifPresent(f -> out.baseline(figure(f)));
    i.object("target", TARGET)
        .ifPresent(
            t ->
                out.target(
                    Target.builder()
                        .direction(t.enumeration("direction", Direction.class))
                        .value(t.decimal("value"))
                        .period(year(t))
                        .text(t.text("text"))
                        .build()));
    for (Obj f : i.objects("results", FIGURE)) {
      out.addResults(figure(f));
    }
    return name.isPresent() ? build(b, i.pointer(), out::build) : Optional.empty();
  }

  private static Figure figure(Obj f) {
    return Figure.builder()
        .period(year(f))
        .value(f.decimal("value"))
        .text(f.text("text"))
        .build();
  }

  private static Optional<FinancialYear> year(Obj o) {
    return o.parsed("period", FinancialYear::parse, "a financial year as YYYY/YY, e.g. 2022/23");
  }

  /** Builds a value; an invariant it breaks becomes an error at the value's node. */
  static <T> Optional<T> build(
      Binding b, String pointer, java.util.function.Supplier<T> build) {
    try {
      return Optional.of(build.get());
    } catch (IllegalStateException e) {
      b.error(pointer, e.getMessage());
      return Optional.empty();
    }
  }

  /**
   * The field names of each object in format version 1, for the schema test; the root's
   * include the editor's {@link Binding#SCHEMA_HINT}.
   */
  static List<String[]> fieldSets() {
    String[] root = java.util.Arrays.copyOf(ROOT, ROOT.length + 1);
    root[ROOT.length] = Binding.SCHEMA_HINT;
    return List.of(root, PERIOD, PARTNERSHIP, PARTICIPATION, REPORTING, PRIORITY_ACTION,
        DELIVERABLE, OUTCOME, INDICATOR, FIGURE, TARGET);
  }
}
