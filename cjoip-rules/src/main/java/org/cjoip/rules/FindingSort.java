package org.cjoip.rules;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Puts findings in {@link Finding#ORDER}, reading each finding's path, rule, priority action
 * and message once rather than at every comparison: a plan of 100,000 deliverables has some
 * 130,000 findings and the sort makes millions of comparisons. Stable, as the list sort is, so
 * findings that {@code ORDER} holds equal keep the order the rules made them in.
 */
final class FindingSort {

  /** A finding with what {@code ORDER} compares, read out of it. */
  private record Keyed(Finding finding, String[] tokens, int[] indexes, String ruleId,
      int priorityAction, String message) {}

  private static final Comparator<Keyed> ORDER = FindingSort::compare;

  private FindingSort() {}

  /** The findings in {@link Finding#ORDER}; the list given is left as it is. */
  static List<Finding> sorted(List<Finding> findings) {
    Keyed[] keyed = new Keyed[findings.size()];
    for (int i = 0; i < keyed.length; i++) {
      Finding f = findings.get(i);
      String[] tokens = tokens(f.path());
      int[] indexes = new int[tokens.length];
      for (int t = 0; t < tokens.length; t++) {
        indexes[t] = Finding.index(tokens[t]);
      }
      keyed[i] = new Keyed(f, tokens, indexes, f.ruleId(), f.priorityAction().orElse(0),
          f.message());
    }
    Arrays.sort(keyed, ORDER);
    return Arrays.stream(keyed).map(Keyed::finding).toList();
  }

  /** A pointer's tokens: none for the whole document, "" for an empty token. */
  private static String[] tokens(String pointer) {
    if (pointer.isEmpty()) {
      return new String[0];
    }
    // split drops trailing empty tokens; the limit keeps them, as the pointer has them.
    return pointer.substring(1).split("/", -1);
  }

  private static int compare(Keyed a, Keyed b) {
    int n = Math.min(a.tokens.length, b.tokens.length);
    for (int i = 0; i < n; i++) {
      int c = a.indexes[i] >= 0 && b.indexes[i] >= 0
          ? Integer.compare(a.indexes[i], b.indexes[i])
          : a.tokens[i].compareTo(b.tokens[i]);
      if (c != 0) {
        return c;
      }
    }
    int c = Integer.compare(a.tokens.length, b.tokens.length);
    if (c != 0) {
      return c;
    }
    c = a.ruleId.compareTo(b.ruleId);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.priorityAction, b.priorityAction);
    return c != 0 ? c : a.message.compareTo(b.message);
  }
}
