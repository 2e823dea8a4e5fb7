package org.cjoip.model.framework;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.cjoip.model.wording.Candidate;
import org.cjoip.model.wording.Match;
import org.cjoip.model.wording.WordingMatcher;
import org.immutables.value.Value;

/**
 * What changed from one framework edition to another, item by item, for the people who take a
 * revised national framework into the rule sets: which aims, priority actions, outcomes,
 * indicators, measures and local-evidence items were added, removed, reworded or moved, and
 * which dates and thresholds of the reporting calendar were added, removed or changed.
 *
 * <p>Items are paired by id first (aims and priority actions by number). Items left unpaired are
 * then paired by wording with the library's {@link WordingMatcher}, so a renumbered outcome whose
 * words barely changed reads as reworded, not as one removed and another added. Changes come in
 * a fixed order: by kind of item, then by id, then added, removed, reworded, moved.
 */
@Value.Immutable
public abstract class EditionDiff {

  /** The older edition's id. */
  public abstract String from();

  /** The newer edition's id. */
  public abstract String to();

  public abstract List<EditionChange> changes();

  public boolean isEmpty() {
    return changes().isEmpty();
  }

  /** The changes to one kind of item. */
  public List<EditionChange> changesTo(EditionChange.Element element) {
    return changes().stream().filter(c -> c.element() == element).toList();
  }

  /** The differences from {@code older} to {@code newer}. */
  public static EditionDiff between(Edition older, Edition newer) {
    List<EditionChange> changes = new ArrayList<>();
    // Which new id each old item became, per kind, so that a child of a renumbered parent is
    // not reported as moved. Parents are compared before their children.
    Map<EditionChange.Element, Map<String, String>> renamed = new EnumMap<>(
        EditionChange.Element.class);
    for (EditionChange.Element element : EditionChange.Element.values()) {
      if (element == EditionChange.Element.REPORTING) {
        changes.addAll(reporting(older, newer));
        continue;
      }
      Map<String, String> pairs = new LinkedHashMap<>();
      changes.addAll(compare(element, items(older, element), items(newer, element), pairs,
          renamed));
      renamed.put(element, pairs);
    }
    changes.sort(ORDER);
    return builder().from(older.id()).to(newer.id()).changes(changes).build();
  }

  /** One framework item as the diff sees it: its id, wording and what it belongs to. */
  private record Item(String id, String text, Parent parent) {}

  /** What an item belongs to: an aim, a priority action, an outcome or an indicator. */
  private record Parent(EditionChange.Element element, String id) {
    String describe() {
      return element.label() + " " + id;
    }
  }

  private static final Comparator<EditionChange> ORDER =
      Comparator.comparing(EditionChange::element)
          .thenComparing(EditionChange::id, EditionDiff::compareIds)
          .thenComparing(EditionChange::kind);

  private static Map<String, Item> items(Edition e, EditionChange.Element element) {
    Map<String, Item> out = new LinkedHashMap<>();
    switch (element) {
      case AIM:
        e.aims().forEach(a -> put(out, String.valueOf(a.number()), a.text(), null));
        break;
      case PRIORITY_ACTION:
        e.priorityActions().forEach(p -> put(out, String.valueOf(p.number()), p.text(),
            new Parent(EditionChange.Element.AIM, String.valueOf(p.aim()))));
        break;
      case OUTCOME:
        e.outcomes().forEach(o -> put(out, o.id(), o.text(), o.priorityAction()
            .map(n -> new Parent(EditionChange.Element.PRIORITY_ACTION, String.valueOf(n)))
            .orElse(null)));
        break;
      case INDICATOR:
        e.outcomes().forEach(o -> o.indicator().ifPresent(i -> put(out, i.id(), i.text(),
            new Parent(EditionChange.Element.OUTCOME, o.id()))));
        break;
      case MEASURE:
        e.outcomes().forEach(o -> o.indicator().ifPresent(i -> i.measures().forEach(
            m -> put(out, m.id(), m.text(), new Parent(EditionChange.Element.INDICATOR, i.id())))));
        break;
      case EVIDENCE:
      default:
        e.evidence().forEach(x -> put(out, x.id(), x.text(), new Parent(
            EditionChange.Element.PRIORITY_ACTION, String.valueOf(x.priorityAction()))));
        break;
    }
    return out;
  }

  private static void put(Map<String, Item> out, String id, String text, Parent parent) {
    out.put(id, new Item(id, text, parent));
  }

  private static List<EditionChange> compare(
      EditionChange.Element element, Map<String, Item> older, Map<String, Item> newer,
      Map<String, String> pairs, Map<EditionChange.Element, Map<String, String>> renamed) {
    List<EditionChange> out = new ArrayList<>();
    List<Item> removed = new ArrayList<>();
    Map<String, Item> added = new LinkedHashMap<>(newer);
    for (Item old : older.values()) {
      Item now = added.remove(old.id());
      if (now == null) {
        removed.add(old);
      } else {
        paired(element, old, now, out, pairs, renamed);
      }
    }
    // Items left over on both sides: pair those whose words the matcher recognises.
    if (!removed.isEmpty() && !added.isEmpty()) {
      List<Item> unmatched = new ArrayList<>();
      for (Item old : removed) {
        List<Candidate<Item>> candidates = new ArrayList<>();
        added.values().forEach(i -> candidates.add(Candidate.of(i.id(), i.text(), i)));
        Match<Item> match = WordingMatcher.of(candidates).match(old.text());
        if (match.recognised()) {
          Item now = match.candidate().orElseThrow().payload();
          added.remove(now.id());
          paired(element, old, now, out, pairs, renamed);
        } else {
          unmatched.add(old);
        }
      }
      removed = unmatched;
    }
    for (Item old : removed) {
      out.add(change(element, EditionChange.Kind.REMOVED).before(old.id()).oldText(old.text())
          .oldParent(describe(old.parent())).build());
    }
    for (Item now : added.values()) {
      out.add(change(element, EditionChange.Kind.ADDED).after(now.id()).newText(now.text())
          .newParent(describe(now.parent())).build());
    }
    return out;
  }

  /**
   * The reporting calendar's entries that were added, removed or changed, each in words: a
   * revised deadline is a change of its day, not a rewording.
   */
  private static List<EditionChange> reporting(Edition older, Edition newer) {
    Map<String, String> before = calendar(older.reporting());
    Map<String, String> after = calendar(newer.reporting());
    List<EditionChange> out = new ArrayList<>();
    for (String entry : List.of("publication", "returnToCjs", "disclosure")) {
      String was = before.get(entry);
      String now = after.get(entry);
      EditionChange.Builder c = null;
      if (was == null && now != null) {
        c = change(EditionChange.Element.REPORTING, EditionChange.Kind.ADDED).after(entry);
      } else if (was != null && now == null) {
        c = change(EditionChange.Element.REPORTING, EditionChange.Kind.REMOVED).before(entry);
      } else if (was != null && !was.equals(now)) {
        c = change(EditionChange.Element.REPORTING, EditionChange.Kind.CHANGED).before(entry)
            .after(entry);
      }
      if (c != null) {
        out.add(c.oldText(Optional.ofNullable(was)).newText(Optional.ofNullable(now)).build());
      }
    }
    return out;
  }

  /** The calendar's entries in words, by the names the edition file gives them. */
  private static Map<String, String> calendar(Optional<ReportingCalendar> calendar) {
    Map<String, String> out = new LinkedHashMap<>();
    calendar.ifPresent(r -> {
      out.put("publication", deadline(r.publication()));
      r.returnToCjs().ifPresent(d -> out.put("returnToCjs", deadline(d)));
      r.disclosure().ifPresent(d -> out.put("disclosure", (d.threshold() == 1 ? "no count"
          : "counts from 1 to " + (d.threshold() - 1)) + " suppressed (threshold "
          + d.threshold() + ")"));
    });
    return out;
  }

  private static String deadline(AnnualDeadline d) {
    return "the " + d.describe() + " after the reporting year" + (d.practice() ? " (practice)"
        : "");
  }

  private static Optional<String> describe(Parent parent) {
    return Optional.ofNullable(parent).map(Parent::describe);
  }

  private static void paired(
      EditionChange.Element element, Item old, Item now, List<EditionChange> out,
      Map<String, String> pairs, Map<EditionChange.Element, Map<String, String>> renamed) {
    pairs.put(old.id(), now.id());
    Match<String> same =
        WordingMatcher.of(List.of(Candidate.of(now.id(), now.text(), now.id())))
            .match(old.text());
    if (same.verdict() != Match.Verdict.EXACT || !old.id().equals(now.id())) {
      out.add(change(element, EditionChange.Kind.REWORDED)
          .before(old.id()).after(now.id()).oldText(old.text()).newText(now.text())
          .similarity(Math.round(same.score() * 100) / 100.0)
          .build());
    }
    // The old parent under its new id, if the parent was renumbered.
    Parent oldParent = old.parent() == null ? null : new Parent(old.parent().element(),
        renamed.getOrDefault(old.parent().element(), Map.of())
            .getOrDefault(old.parent().id(), old.parent().id()));
    if (!Objects.equals(oldParent, now.parent())) {
      out.add(change(element, EditionChange.Kind.MOVED)
          .before(old.id()).after(now.id())
          .oldParent(describe(old.parent()))
          .newParent(describe(now.parent()))
          .build());
    }
  }

  private static EditionChange.Builder change(
      EditionChange.Element element, EditionChange.Kind kind) {
    return EditionChange.builder().element(element).kind(kind);
  }

  /** Orders ids so that numbers within them compare as numbers: CJPF-M2.1 before CJPF-M10.1. */
  static int compareIds(String a, String b) {
    int i = 0;
    int j = 0;
    while (i < a.length() && j < b.length()) {
      char x = a.charAt(i);
      char y = b.charAt(j);
      if (Character.isDigit(x) && Character.isDigit(y)) {
        int si = i;
        int sj = j;
        while (i < a.length() && Character.isDigit(a.charAt(i))) {
          i++;
        }
        while (j < b.length() && Character.isDigit(b.charAt(j))) {
          j++;
        }
        // Compared as digit strings without leading zeros, so no run of digits is too long.
        String m = a.substring(si, i).replaceFirst("^0+(?=.)", "");
        String n = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
        int c = m.length() != n.length() ? Integer.compare(m.length(), n.length())
            : m.compareTo(n);
        if (c != 0) {
          return c;
        }
      } else {
        if (x != y) {
          return Character.compare(x, y);
        }
        i++;
        j++;
      }
    }
    return Integer.compare(a.length() - i, b.length() - j);
  }

  /** The diff as lines of text, a heading first. */
  public String describe() {
    StringBuilder out = new StringBuilder();
    out.append(from()).append(" → ").append(to()).append(": ")
        .append(changes().isEmpty() ? "no changes" : changes().size() + " change"
            + (changes().size() == 1 ? "" : "s")).append('\n');
    changes().forEach(c -> out.append("  ").append(c.describe()).append('\n'));
    return out.toString();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link EditionDiff}. */
  public static class Builder extends ImmutableEditionDiff.Builder {}
}
