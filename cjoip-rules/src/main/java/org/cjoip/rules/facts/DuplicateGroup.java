package org.cjoip.rules.facts;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Derived: the deliverables that share a value that should be unique (CJ-DEL-007, CJ-DEL-008),
 * in document order.
 *
 * @param kind what the members share
 * @param value the shared value (normalised description, or id)
 * @param members the deliverables, in document order; always two or more
 */
public record DuplicateGroup(Kind kind, String value, List<DeliverableFact> members) {

  /** What a group's members share. */
  public enum Kind {
    DESCRIPTION,
    ID
  }

  /** How many other members a message names before it counts the rest. */
  static final int NAMED = 10;

  /** A group of the members given in any order. */
  public static DuplicateGroup of(Kind kind, String value, List<DeliverableFact> members) {
    List<DeliverableFact> ordered = new ArrayList<>(members);
    ordered.sort(Comparator.comparingInt(DeliverableFact::index));
    return new DuplicateGroup(kind, value, List.copyOf(ordered));
  }

  /**
   * Where the members other than the given one stand, "1st deliverable of priority action 3;
   * 4th deliverable of outcome 2": members that
   * share an id are told apart by place, not by the id they share. Bounded like {@link
   * #othersThan}.
   */
  public String positionsOtherThan(DeliverableFact member) {
    List<String> named = new ArrayList<>(NAMED);
    for (DeliverableFact m : members) {
      if (named.size() == NAMED) {
        break;
      }
      if (m != member) {
        named.add(m.position());
      }
    }
    int rest = members.size() - 1 - named.size();
    return String.join("; ", named) + (rest > 0 ? " and " + rest + " more" : "");
  }

  /**
   * How a message names the members other than the given one: "2.2, 10.3"; beyond {@value
   * #NAMED}, "2.2, 10.3, … and 40 more". Bounded, so a group of any size costs each of its
   * members the same, not a walk through the whole group.
   */
  public String othersThan(DeliverableFact member) {
    List<String> named = new ArrayList<>(NAMED);
    for (DeliverableFact m : members) {
      if (named.size() == NAMED) {
        break;
      }
      if (m != member) {
        named.add(m.id() != null ? m.id() : m.path());
      }
    }
    int rest = members.size() - 1 - named.size();
    return String.join(", ", named) + (rest > 0 ? " and " + rest + " more" : "");
  }
}
