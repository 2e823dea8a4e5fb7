package org.cjoip.model.document;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cjoip.model.annualreturn.ActionReport;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.annualreturn.OutcomeReport;
import org.cjoip.model.annualreturn.PlanReference;
import org.cjoip.model.annualreturn.Progress;
import org.cjoip.model.annualreturn.ProgressStatus;
import org.cjoip.model.annualreturn.Publication;
import org.cjoip.model.annualreturn.Result;
import org.cjoip.model.annualreturn.SelfEvaluation;
import org.cjoip.model.annualreturn.SignOff;
import org.cjoip.model.document.Binding.Obj;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.PriorityActionResponse;
import org.cjoip.model.text.Printable;
import org.cjoip.model.time.Dates;
import org.cjoip.model.time.FinancialYear;

/**
 * Reads annual return documents, format version 1, from JSON or YAML, with the plan reader's
 * strictness and limits: the document must say {@code document: annual-return}; an unknown
 * field is an error ({@link PlanReader.Options#lenient()} makes it a warning); every problem
 * is located (line, column, JSON Pointer); all of a document's problems are reported together;
 * a document with an error never yields a partial return. Thread-safe.
 *
 * <p>It refuses what is malformed: a reporting year not written {@code YYYY/YY} with
 * consecutive years, wrong types, dates that do not exist, a priority action outside 1–13 or
 * given twice, a score off the six-point scale, a completion date without COMPLETE. What is
 * well-formed but wrong or incomplete (a value with {@code suppressed}, an empty
 * {@code unavailable}, a revised date without a reason, names the plan lacks) is read as
 * written, for the checks.
 */
public final class AnnualReturnReader {

  static final String[] ROOT = {
    "formatVersion", DocumentKind.FIELD, "title", "framework", "reportingYear", "plan",
    "partnership", "signOff", "submitted", "published", "consultation", "governance",
    "priorityActions", "outcomes", "achievements", "challenges", "nextSteps"
  };
  static final String[] PLAN = {"title", "period"};
  static final String[] SIGN_OFF = {"by", "date"};
  static final String[] PUBLICATION = {"date", "where"};
  static final String[] ACTION = {
    "number", "actionTaken", "selfEvaluation", "deliverables", "results"
  };
  static final String[] SELF_EVALUATION = {"score", "evidence"};
  static final String[] PROGRESS = {
    "id", "status", "completed", "progress", "revisedDue", "revisionReason"
  };
  static final String[] RESULT = {
    "indicator", "value", "unit", "numerator", "denominator", "source", "suppressed",
    "unavailable"
  };
  static final String[] OUTCOME = {"outcome", "actionTaken", "deliverables", "results"};

  private static final Pattern YEAR = Pattern.compile("([0-9]{4})/([0-9]{2})");

  private static final FinancialYear FIRST_YEAR = FinancialYear.containing(Dates.FIRST);

  private static final FinancialYear LAST_YEAR = FinancialYear.containing(Dates.LAST);

  private final PlanReader.Options options;
  private final TreeReader trees;

  private AnnualReturnReader(PlanReader.Options options) {
    this.options = options;
    this.trees = TreeReader.forPlansAndReturns(options.limits());
  }

  /** A strict reader with the default limits that knows the bundled framework editions. */
  public static AnnualReturnReader standard() {
    return of(PlanReader.Options.builder().build());
  }

  /**
   * A reader with the plan reader's options: lenient or strict, the limits (a return's
   * progress entries count against {@link Limits#maxDeliverables()}), the edition ids known.
   */
  public static AnnualReturnReader of(PlanReader.Options options) {
    return new AnnualReturnReader(options);
  }

  public PlanReader.Options options() {
    return options;
  }

  /**
   * Reads a file; a missing file, a directory, a special file or an unreadable file is a
   * problem. The format is the one the file's name suggests, or else its first character.
   */
  public ReturnDocument read(Path file) throws DocumentException {
    String source = file.toString();
    return bind(trees.readFile(file, source, "an annual return document", null), source);
  }

  /** Reads a stream to its end, up to the size limit, parsing it as it is read. */
  public ReturnDocument read(InputStream in, String source) throws DocumentException {
    return bind(trees.read(in, source, null), source);
  }

  /** Reads a document's bytes, which must be UTF-8; the format is guessed from the name. */
  public ReturnDocument read(byte[] bytes, String source) throws DocumentException {
    return bind(trees.read(bytes, source, null), source);
  }

  /** Reads a document's text; the format is guessed from the name, then the content. */
  public ReturnDocument read(String text, String source) throws DocumentException {
    return bind(trees.read(text, source, Format.guess(source, text)), source);
  }

  /**
   * Binds a document already read into a tree, in the format it was read in, exactly as a
   * document read here is bound.
   */
  public ReturnDocument read(DocumentTree tree) throws DocumentException {
    return bind(tree.located(), tree.source());
  }

  /**
   * Binds a tree that was located elsewhere, exactly as a parsed document is bound, each
   * problem placed by the source map. The format is the one the name suggests, JSON otherwise.
   */
  public ReturnDocument read(JsonNode tree, SourceMap sourceMap, String source)
      throws DocumentException {
    Objects.requireNonNull(tree, "tree");
    Objects.requireNonNull(sourceMap, "sourceMap");
    return bind(new TreeReader.Located(tree, sourceMap, Format.guess(source, "{")), source);
  }

  private ReturnDocument bind(TreeReader.Located tree, String source)
      throws DocumentException {
    Binding b = new Binding(source, tree, options.lenient(), options.limits());
    if (!DocumentKind.check(b, tree.root(), DocumentKind.ANNUAL_RETURN)) {
      b.stopOnErrors();
    }
    Optional<Obj> maybeRoot = b.root(tree.root(), ROOT);
    b.stopOnErrors();
    PlanReader.countDeliverables(b, tree.root(), options.limits());
    Obj root = maybeRoot.orElseThrow();
    PlanReader.checkVersion(b, root, AnnualReturn.FORMAT_VERSION);
    AnnualReturn.Builder out = AnnualReturn.builder();
    root.requiredText("title").ifPresent(out::title);
    root.requiredText("framework").ifPresent(id -> {
      PlanReader.checkFramework(options, b, root, id);
      out.framework(id);
    });
    if (root.has("reportingYear")) {
      reportingYear(b, root, tree.root()).ifPresent(out::reportingYear);
    } else {
      root.missing("reportingYear", "a financial year as YYYY/YY, e.g. 2023/24");
    }
    if (root.has("plan")) {
      root.object("plan", PLAN).flatMap(p -> plan(b, p)).ifPresent(out::plan);
    } else {
      root.missing("plan", "an object with the title of the plan the year is reported against");
    }
    if (root.has("partnership")) {
      root.object("partnership", PlanReader.PARTNERSHIP)
          .ifPresent(p -> out.partnership(PlanReader.partnership(p)));
    } else {
      root.missing("partnership", "an object with at least a name");
    }
    root.object("signOff", SIGN_OFF).flatMap(s -> signOff(b, s)).ifPresent(out::signOff);
    root.date("submitted").ifPresent(out::submitted);
    root.object("published", PUBLICATION).flatMap(p -> publication(b, p))
        .ifPresent(out::published);
    root.text("consultation").ifPresent(out::consultation);
    root.text("governance").ifPresent(out::governance);
    Map<Integer, String> seen = new java.util.HashMap<>();
    for (Obj pa : root.objects("priorityActions", ACTION)) {
      action(b, pa, seen).ifPresent(out::addPriorityActions);
    }
    for (Obj o : root.objects("outcomes", OUTCOME)) {
      outcome(b, o).ifPresent(out::addOutcomes);
    }
    out.achievements(root.texts("achievements"));
    out.challenges(root.texts("challenges"));
    out.nextSteps(root.texts("nextSteps"));
    b.throwIfErrors();
    Optional<AnnualReturn> built = PlanReader.build(b, "", out::build);
    b.throwIfErrors();
    return ReturnDocument.builder()
        .annualReturn(built.orElseThrow())
        .source(source)
        .format(tree.format())
        .sourceMap(tree.sourceMap())
        .warnings(b.problems())
        .build();
  }

  /**
   * The reporting year, written {@code YYYY/YY} with consecutive years, and within the years
   * whose days are dates a document may name.
   */
  private static Optional<FinancialYear> reportingYear(Binding b, Obj root, JsonNode tree) {
    String at = root.child("reportingYear");
    String expected = "expected a reporting year as YYYY/YY with consecutive years, e.g. 2023/24";
    if (tree.get("reportingYear").isNumber()) {
      // 2023 read as a number: the general hint on quoting numbers would not help here.
      b.error(at, expected + ", found a number");
      return Optional.empty();
    }
    return root.text("reportingYear").flatMap(t -> {
      Matcher m = YEAR.matcher(t);
      if (!m.matches()
          || Integer.parseInt(m.group(2)) != (Integer.parseInt(m.group(1)) + 1) % 100) {
        b.error(at, expected + ", found '" + Printable.quote(t) + "'");
        return Optional.empty();
      }
      int start = Integer.parseInt(m.group(1));
      if (start < FIRST_YEAR.startYear() || start > LAST_YEAR.startYear()) {
        b.error(at, "expected a reporting year from " + FIRST_YEAR + " to " + LAST_YEAR
            + ", found '" + Printable.quote(t) + "'");
        return Optional.empty();
      }
      return Optional.of(FinancialYear.of(start));
    });
  }

  private static Optional<PlanReference> plan(Binding b, Obj p) {
    PlanReference.Builder out = PlanReference.builder();
    Optional<String> title = p.requiredText("title");
    title.ifPresent(out::title);
    p.object("period", PlanReader.PERIOD).flatMap(PlanReader::period).ifPresent(out::period);
    return title.isPresent() ? PlanReader.build(b, p.pointer(), out::build) : Optional.empty();
  }

  private static Optional<SignOff> signOff(Binding b, Obj s) {
    SignOff.Builder out = SignOff.builder();
    Optional<String> by = s.requiredText("by");
    by.ifPresent(out::by);
    s.date("date").ifPresent(out::date);
    return by.isPresent() ? PlanReader.build(b, s.pointer(), out::build) : Optional.empty();
  }

  private static Optional<Publication> publication(Binding b, Obj p) {
    Publication.Builder out = Publication.builder();
    if (!p.has("date")) {
      p.missing("date", "a date as YYYY-MM-DD");
    }
    Optional<LocalDate> date = p.date("date");
    date.ifPresent(out::date);
    p.text("where").ifPresent(out::where);
    return date.isPresent() ? PlanReader.build(b, p.pointer(), out::build) : Optional.empty();
  }

  private static Optional<ActionReport> action(Binding b, Obj pa, Map<Integer, String> seen) {
    ActionReport.Builder out = ActionReport.builder();
    Optional<Integer> number =
        pa.integer("number", PriorityActionResponse.FIRST, PriorityActionResponse.LAST);
    if (!pa.has("number")) {
      pa.missing("number", "a priority action from 1 to 13");
    }
    number.ifPresent(n -> {
      PlanReader.once(b, pa, n, seen, "report each action once, with all it did in the year");
      out.number(n);
    });
    pa.text("actionTaken").ifPresent(out::actionTaken);
    pa.object("selfEvaluation", SELF_EVALUATION).flatMap(s -> selfEvaluation(b, s))
        .ifPresent(out::selfEvaluation);
    out.deliverables(progress(b, pa));
    out.results(results(b, pa));
    return number.isPresent() ? PlanReader.build(b, pa.pointer(), out::build) : Optional.empty();
  }

  private static Optional<SelfEvaluation> selfEvaluation(Binding b, Obj s) {
    SelfEvaluation.Builder out = SelfEvaluation.builder();
    if (!s.has("score")) {
      s.missing("score", "a whole number from " + SelfEvaluation.LOWEST + " to "
          + SelfEvaluation.HIGHEST + " on the six-point scale");
    }
    Optional<Integer> score = s.integer("score", SelfEvaluation.LOWEST, SelfEvaluation.HIGHEST);
    score.ifPresent(out::score);
    out.evidence(s.texts("evidence"));
    return score.isPresent() ? PlanReader.build(b, s.pointer(), out::build) : Optional.empty();
  }

  private static Optional<OutcomeReport> outcome(Binding b, Obj o) {
    OutcomeReport.Builder out = OutcomeReport.builder();
    Optional<String> outcome = o.requiredText("outcome");
    outcome.ifPresent(out::outcome);
    o.text("actionTaken").ifPresent(out::actionTaken);
    out.deliverables(progress(b, o));
    out.results(results(b, o));
    return outcome.isPresent() ? PlanReader.build(b, o.pointer(), out::build) : Optional.empty();
  }

  /** The progress entries under an action or outcome; an id given twice is a warning. */
  private static List<Progress> progress(Binding b, Obj owner) {
    List<Progress> out = new ArrayList<>();
    Map<String, String> ids = new HashMap<>();
    for (Obj d : owner.objects("deliverables", PROGRESS)) {
      Progress.Builder p = Progress.builder();
      Optional<String> id = d.requiredText("id");
      id.ifPresent(p::id);
      id.ifPresent(i -> {
        String first = ids.putIfAbsent(i, d.pointer());
        // The checks read the first; the reader says the second is there.
        if (first != null) {
          b.warning(d.child("id"), "progress on deliverable '" + Printable.quote(i)
              + "' is given twice (first at " + b.where(first + "/id") + ")");
        }
      });
      Optional<ProgressStatus> status = d.enumeration("status", ProgressStatus.class);
      status.ifPresent(p::status);
      Optional<LocalDate> completed = d.date("completed");
      boolean misplaced = completed.isPresent() && status.orElse(null) != ProgressStatus.COMPLETE;
      if (misplaced) {
        b.error(d.child("completed"), "completed is allowed only when status is COMPLETE");
      }
      completed.ifPresent(p::completed);
      d.text("progress").ifPresent(p::progress);
      d.date("revisedDue").ifPresent(p::revisedDue);
      d.text("revisionReason").ifPresent(p::revisionReason);
      if (id.isPresent() && !misplaced) {
        PlanReader.build(b, d.pointer(), p::build).ifPresent(out::add);
      }
    }
    return out;
  }

  private static List<Result> results(Binding b, Obj owner) {
    List<Result> out = new ArrayList<>();
    for (Obj r : owner.objects("results", RESULT)) {
      Result.Builder result = Result.builder();
      Optional<String> indicator = r.requiredText("indicator");
      indicator.ifPresent(result::indicator);
      r.decimal("value").ifPresent(result::value);
      r.enumeration("unit", Unit.class).ifPresent(result::unit);
      r.decimal("numerator").ifPresent(result::numerator);
      r.decimal("denominator").ifPresent(result::denominator);
      r.text("source").ifPresent(result::source);
      r.bool("suppressed").ifPresent(result::suppressed);
      r.text("unavailable").ifPresent(result::unavailable);
      if (indicator.isPresent()) {
        PlanReader.build(b, r.pointer(), result::build).ifPresent(out::add);
      }
    }
    return out;
  }

  /**
   * The field names of each object in format version 1, for the schema test; the root's
   * include the editor's {@link Binding#SCHEMA_HINT}.
   */
  static List<String[]> fieldSets() {
    String[] root = java.util.Arrays.copyOf(ROOT, ROOT.length + 1);
    root[ROOT.length] = Binding.SCHEMA_HINT;
    return List.of(root, PLAN, PlanReader.PERIOD, PlanReader.PARTNERSHIP, SIGN_OFF,
        PUBLICATION, ACTION, SELF_EVALUATION, PROGRESS, RESULT, OUTCOME);
  }
}
