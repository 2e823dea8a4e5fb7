package org.cjoip.model.document;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.cjoip.model.document.Binding.Obj;
import org.cjoip.model.framework.Aim;
import org.cjoip.model.framework.AnnualDeadline;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.DisclosureControl;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.EvidenceItem;
import org.cjoip.model.framework.InvalidEditionException;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.NationalIndicator;
import org.cjoip.model.framework.NationalOutcome;
import org.cjoip.model.framework.OutcomeCategory;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.Provenance;
import org.cjoip.model.framework.ReportingCalendar;
import org.cjoip.model.framework.ScalePoint;
import org.cjoip.model.framework.Unit;

/**
 * Reads an edition document (JSON, or YAML when its name says so) into an {@link Edition},
 * strictly: unknown fields, duplicate keys, values of the wrong type and broken invariants are
 * all errors, each located by line, column and JSON Pointer, and all of a document's errors are
 * reported together. Binds the tree by hand so that every message says what was expected.
 * Thread-safe.
 */
final class EditionReader {

  static final String[] ROOT = {
    "formatVersion", "id", "title", "publisher", "published", "inForce", "supersedes",
    "provenance", "aims", "priorityActions", "outcomes", "evidence", "scale", "reporting",
    "notes"
  };
  static final String[] PROVENANCE = {"source", "location", "reconstruction", "note"};
  static final String[] AIM = {"number", "text", "provenance"};
  static final String[] PRIORITY_ACTION = {"number", "aim", "text", "noOutcomeNote", "provenance"};
  static final String[] OUTCOME = {
    "id", "priorityAction", "text", "clauses", "category", "indicator", "provenance"
  };
  static final String[] INDICATOR = {"id", "text", "measures", "provenance"};
  static final String[] MEASURE = {"id", "text", "unit", "direction", "provenance"};
  static final String[] EVIDENCE = {"id", "priorityAction", "text", "provenance"};
  static final String[] SCALE = {"value", "label", "provenance"};
  static final String[] REPORTING = {"publication", "returnToCjs", "disclosure"};
  static final String[] DEADLINE = {"month", "day", "practice", "provenance"};
  static final String[] DISCLOSURE = {"threshold", "provenance"};
  static final String[] INDEX = {"editions"};

  static final EditionReader STANDARD = new EditionReader();

  private final TreeReader trees = new TreeReader(Limits.defaults());

  private EditionReader() {}

  /** Reads a file; a missing file, a directory or an unreadable file is a problem too. */
  Edition read(Path file) throws DocumentException {
    String source = file.toString();
    return new Bound(source, trees.readFile(file, source, "an edition document", null))
        .edition();
  }

  /** Reads a file, then checks it against a registry it is to be used beside. */
  Edition read(Path file, Frameworks registry) throws DocumentException {
    String source = file.toString();
    Bound bound = new Bound(source, trees.readFile(file, source, "an edition document", null));
    Edition edition = bound.edition();
    bound.check(registry.conflicts(edition));
    return edition;
  }

  /** Reads a stream to its end, up to the size limit. */
  Edition read(InputStream in, String source) throws DocumentException {
    return new Bound(source, trees.read(in, source, null)).edition();
  }

  /** Reads a document's bytes, which must be UTF-8; the format is guessed from the name. */
  Edition read(byte[] bytes, String source) throws DocumentException {
    return new Bound(source, trees.read(bytes, source, null)).edition();
  }

  /** Reads the index of bundled editions: their ids, in order. */
  List<String> readIndex(InputStream in, String source) throws DocumentException {
    TreeReader.Located tree = trees.read(in, source, null);
    Binding b = new Binding(source, tree, false, Limits.defaults());
    Optional<Obj> root = b.root(tree.root(), INDEX);
    b.stopOnErrors();
    if (!root.orElseThrow().has("editions")) {
      root.orElseThrow().missing("editions", "a list of edition ids");
    }
    List<String> ids = root.orElseThrow().texts("editions");
    b.throwIfErrors();
    return List.copyOf(ids);
  }

  /** One document being bound. */
  private static final class Bound {
    private final JsonNode tree;
    private final Binding b;

    Bound(String source, TreeReader.Located located) {
      this.tree = located.root();
      this.b = new Binding(source, located, false, Limits.defaults());
    }

    Edition edition() throws DocumentException {
      Optional<Obj> maybeRoot = b.root(tree, ROOT);
      b.stopOnErrors();
      Obj root = maybeRoot.orElseThrow();
      version(root);
      Edition.Builder e = Edition.builder();
      requiredText(root, "id").ifPresent(e::id);
      requiredText(root, "title").ifPresent(e::title);
      requiredText(root, "publisher").ifPresent(e::publisher);
      if (root.has("published")) {
        root.date("published").ifPresent(e::published);
      } else {
        root.missing("published", "a date as YYYY-MM-DD");
      }
      root.date("inForce").ifPresent(e::inForce);
      root.text("supersedes").ifPresent(e::supersedes);
      provenance(root).ifPresent(e::provenance);
      for (Obj o : root.objects("aims", AIM)) {
        aim(o).ifPresent(e::addAims);
      }
      for (Obj o : root.objects("priorityActions", PRIORITY_ACTION)) {
        priorityAction(o).ifPresent(e::addPriorityActions);
      }
      for (Obj o : root.objects("outcomes", OUTCOME)) {
        outcome(o).ifPresent(e::addOutcomes);
      }
      for (Obj o : root.objects("evidence", EVIDENCE)) {
        evidence(o).ifPresent(e::addEvidence);
      }
      for (Obj o : root.objects("scale", SCALE)) {
        scalePoint(o).ifPresent(e::addScale);
      }
      root.object("reporting", REPORTING).flatMap(this::reporting).ifPresent(e::reporting);
      e.addAllNotes(root.texts("notes"));
      // Cross-references are checked once every item is bound, so list indices match the file.
      b.throwIfErrors();
      try {
        return e.build();
      } catch (IllegalStateException invalid) {
        report("", invalid);
      }
      b.throwIfErrors();
      throw new IllegalStateException("unreachable: an invalid edition reported no problem");
    }

    /** Reports conflicts with a registry where the document has the fields they concern. */
    void check(List<InvalidEditionException.Violation> conflicts) throws DocumentException {
      for (InvalidEditionException.Violation v : conflicts) {
        b.error(v.pointer(), v.message());
      }
      b.throwIfErrors();
    }

    private void version(Obj root) {
      if (!root.has("formatVersion")) {
        root.missing("formatVersion", "the edition format version, " + Edition.FORMAT_VERSION);
        return;
      }
      root.integer("formatVersion", 1, Integer.MAX_VALUE)
          .filter(v -> v != Edition.FORMAT_VERSION)
          .ifPresent(v -> b.error(root.child("formatVersion"), "unsupported edition format "
              + "version " + v + "; this library reads version " + Edition.FORMAT_VERSION));
    }

    private Optional<Provenance> provenance(Obj owner) {
      if (!owner.has("provenance")) {
        owner.missing("provenance", "an object with source, and optionally location,"
            + " reconstruction and note");
        return Optional.empty();
      }
      return owner
          .object("provenance", PROVENANCE)
          .flatMap(
              o -> {
                long before = errors();
                Provenance.Builder p = Provenance.builder();
                requiredText(o, "source").ifPresent(p::source);
                o.text("location").ifPresent(p::location);
                o.bool("reconstruction").ifPresent(p::reconstruction);
                o.text("note").ifPresent(p::note);
                return build(o, before, p::build);
              });
    }

    private Optional<Aim> aim(Obj o) {
      long before = errors();
      Aim.Builder a = Aim.builder();
      requiredInteger(o, "number", 1, 4).ifPresent(a::number);
      requiredText(o, "text").ifPresent(a::text);
      provenance(o).ifPresent(a::provenance);
      return build(o, before, a::build);
    }

    private Optional<PriorityAction> priorityAction(Obj o) {
      long before = errors();
      PriorityAction.Builder p = PriorityAction.builder();
      requiredInteger(o, "number", 1, 13).ifPresent(p::number);
      requiredReference(o, "aim", "an aim number").ifPresent(p::aim);
      requiredText(o, "text").ifPresent(p::text);
      o.text("noOutcomeNote").ifPresent(p::noOutcomeNote);
      provenance(o).ifPresent(p::provenance);
      return build(o, before, p::build);
    }

    private Optional<NationalOutcome> outcome(Obj o) {
      long before = errors();
      NationalOutcome.Builder n = NationalOutcome.builder();
      requiredText(o, "id").ifPresent(n::id);
      reference(o, "priorityAction", "a priority action number").ifPresent(n::priorityAction);
      requiredText(o, "text").ifPresent(n::text);
      n.clauses(o.texts("clauses"));
      o.enumeration("category", OutcomeCategory.class).ifPresent(n::category);
      o.object("indicator", INDICATOR).flatMap(this::indicator).ifPresent(n::indicator);
      provenance(o).ifPresent(n::provenance);
      return build(o, before, n::build);
    }

    private Optional<NationalIndicator> indicator(Obj o) {
      long before = errors();
      NationalIndicator.Builder i = NationalIndicator.builder();
      requiredText(o, "id").ifPresent(i::id);
      requiredText(o, "text").ifPresent(i::text);
      if (!o.has("measures")) {
        o.missing("measures", "a list of at least one measure");
      }
      for (Obj m : o.objects("measures", MEASURE)) {
        measure(m).ifPresent(i::addMeasures);
      }
      provenance(o).ifPresent(i::provenance);
      return build(o, before, i::build);
    }

    private Optional<Measure> measure(Obj o) {
      long before = errors();
      Measure.Builder m = Measure.builder();
      requiredText(o, "id").ifPresent(m::id);
      requiredText(o, "text").ifPresent(m::text);
      requiredEnum(o, "unit", Unit.class).ifPresent(m::unit);
      requiredEnum(o, "direction", Direction.class).ifPresent(m::direction);
      provenance(o).ifPresent(m::provenance);
      return build(o, before, m::build);
    }

    private Optional<EvidenceItem> evidence(Obj o) {
      long before = errors();
      EvidenceItem.Builder e = EvidenceItem.builder();
      requiredText(o, "id").ifPresent(e::id);
      requiredReference(o, "priorityAction", "a priority action number")
          .ifPresent(e::priorityAction);
      requiredText(o, "text").ifPresent(e::text);
      provenance(o).ifPresent(e::provenance);
      return build(o, before, e::build);
    }

    private Optional<ScalePoint> scalePoint(Obj o) {
      long before = errors();
      ScalePoint.Builder s = ScalePoint.builder();
      requiredInteger(o, "value", 1, 6).ifPresent(s::value);
      requiredText(o, "label").ifPresent(s::label);
      provenance(o).ifPresent(s::provenance);
      return build(o, before, s::build);
    }

    private Optional<ReportingCalendar> reporting(Obj o) {
      long before = errors();
      ReportingCalendar.Builder r = ReportingCalendar.builder();
      if (!o.has("publication")) {
        o.missing("publication", "the s23 publication deadline: an object with month, day and"
            + " provenance");
      }
      o.object("publication", DEADLINE).flatMap(this::deadline).ifPresent(r::publication);
      o.object("returnToCjs", DEADLINE).flatMap(this::deadline).ifPresent(r::returnToCjs);
      o.object("disclosure", DISCLOSURE).flatMap(this::disclosure).ifPresent(r::disclosure);
      return build(o, before, r::build);
    }

    private Optional<AnnualDeadline> deadline(Obj o) {
      long before = errors();
      AnnualDeadline.Builder d = AnnualDeadline.builder();
      requiredInteger(o, "month", 1, 12).ifPresent(d::month);
      requiredInteger(o, "day", 1, 31).ifPresent(d::day);
      o.bool("practice").ifPresent(d::practice);
      provenance(o).ifPresent(d::provenance);
      return build(o, before, d::build);
    }

    private Optional<DisclosureControl> disclosure(Obj o) {
      long before = errors();
      DisclosureControl.Builder d = DisclosureControl.builder();
      requiredReference(o, "threshold", "a disclosure threshold").ifPresent(d::threshold);
      provenance(o).ifPresent(d::provenance);
      return build(o, before, d::build);
    }

    // --- fields --------------------------------------------------------------------------

    private Optional<String> requiredText(Obj o, String name) {
      return o.requiredText(name);
    }

    private Optional<Integer> requiredInteger(Obj o, String name, int min, int max) {
      if (!o.has(name)) {
        o.missing(name, "a whole number from " + min + " to " + max);
        return Optional.empty();
      }
      return o.integer(name, min, max);
    }

    private <E extends Enum<E>> Optional<E> requiredEnum(Obj o, String name, Class<E> type) {
      if (!o.has(name)) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
          names.add(constant.name());
        }
        o.missing(name, "one of " + String.join(", ", names));
        return Optional.empty();
      }
      return o.enumeration(name, type);
    }

    private Optional<Integer> requiredReference(Obj o, String name, String what) {
      if (!o.has(name)) {
        o.missing(name, what);
        return Optional.empty();
      }
      return reference(o, name, what);
    }

    /**
     * A number naming another item of the edition. Only its form is checked here; whether the
     * item exists is the edition's invariant, reported with the items it could have named.
     */
    private Optional<Integer> reference(Obj o, String name, String what) {
      if (!o.has(name)) {
        return Optional.empty();
      }
      JsonNode v = tree.at(JsonPointer.compile(o.child(name)));
      if (v.isIntegralNumber() && v.canConvertToInt() && v.intValue() >= 1) {
        return Optional.of(v.intValue());
      }
      b.error(o.child(name), "expected " + what + " (a whole number of 1 or more), found "
          + (v.isNumber() ? v.asText() : kind(v)));
      return Optional.empty();
    }

    private static String kind(JsonNode v) {
      if (v.isTextual()) {
        return "text";
      }
      if (v.isBoolean()) {
        return "true/false";
      }
      if (v.isArray()) {
        return "a list";
      }
      return v.isObject() ? "an object" : "null";
    }

    // --- building ------------------------------------------------------------------------

    private long errors() {
      return b.count();
    }

    /**
     * Builds an item once its fields are bound without error; a broken invariant of the item
     * is reported at the field its message names.
     */
    private <T> Optional<T> build(Obj o, long errorsBefore, Supplier<T> build) {
      if (errors() > errorsBefore) {
        return Optional.empty();
      }
      try {
        return Optional.of(build.get());
      } catch (IllegalStateException e) {
        report(o.pointer(), e);
        return Optional.empty();
      }
    }

    /** Reports a broken invariant at each field it names, below the item's pointer. */
    private void report(String pointer, IllegalStateException e) {
      if (e instanceof InvalidEditionException invalid) {
        for (InvalidEditionException.Violation v : invalid.violations()) {
          b.error(pointer + v.pointer(), v.message());
        }
      } else {
        b.error(pointer, String.valueOf(e.getMessage()));
      }
    }
  }
}
