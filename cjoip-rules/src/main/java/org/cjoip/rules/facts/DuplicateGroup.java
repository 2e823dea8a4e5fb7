package org.cjoip.rules.facts;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Deliverables that share something that should be unique: a normalised description
 * ({@link Kind#DESCRIPTION}) or an id ({@link Kind#ID}). Found by grouping, not by comparing
 * pairs, so a plan of any size is checked in linear time.
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

  /** How a message names the members other than the given one: "2.2, 10.3". */
  public String othersThan(DeliverableFact member) {
    return members.stream()
        .filter(m -> m != member)
        .map(m -> m.id() != null ? m.id() : m.path())
        .collect(Collectors.joining(", "));
  }
}
