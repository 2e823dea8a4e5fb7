package org.cjoip.rules;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts findings in {@link Finding#ORDER}. A plan of 100,000 deliverables has some 130,000
 * findings and the sort makes millions of comparisons, so each finding's path and rule are read
 * once into numbers that compare as {@code ORDER} compares them: a comparison then reads those
 * numbers, and a finding's message only when everything before it ties, instead of walking two
 * paths' texts spread over memory. Stable, as the list sort is, so findings that {@code ORDER}
 * holds equal keep the order the rules made them in.
 *
 * <p>The numbers: every key that is not a list index gets its rank among the keys the findings
 * use, in text order; a list index gets its value, placed between the keys that come before
 * digits in text order ("" and those starting with "-", say) and those after ("deliverables").
 * That is {@code ORDER}'s own order when every key starts with something other than a digit
 * and every index with a digit from 0 to 9. When a path has a key that starts with a digit
 * ("1a", or ten digits or more) or an index that starts with another digit ("\u0663"), which
 * {@code ORDER} compares with keys as text, the whole list is sorted with {@code ORDER} itself.
 */
final class FindingSort {

  /** The largest list index {@code ORDER} reads as a number (nine digits). */
  private static final long MAX_INDEX = 999_999_999L;

  private FindingSort() {}

  /** The findings in {@link Finding#ORDER}; the list given is left as it is. */
  static List<Finding> sorted(List<Finding> findings) {
    Map<String, Integer> names = new HashMap<>();
    long[][] raw = new long[findings.size()][];
    for (int i = 0; i < raw.length; i++) {
      raw[i] = tokens(findings.get(i).path(), names);
      if (raw[i] == null) {
        List<Finding> out = new ArrayList<>(findings);
        out.sort(Finding.ORDER);
        return List.copyOf(out);
      }
    }
    long[] nameCode = nameCodes(names);
    Map<String, Integer> ruleRanks = ranks(findings);
    Keyed[] keyed = new Keyed[raw.length];
    for (int i = 0; i < raw.length; i++) {
      Finding f = findings.get(i);
      keyed[i] = new Keyed(f, packed(raw[i], nameCode), ruleRanks.get(f.ruleId()),
          f.priorityAction().orElse(0));
    }
    Arrays.sort(keyed, FindingSort::compare);
    Finding[] out = new Finding[keyed.length];
    for (int i = 0; i < out.length; i++) {
      out[i] = keyed[i].finding;
    }
    return List.of(out);
  }

  /**
   * A pointer's tokens, an index as {@code -1 - value} and a key as its number in {@code
   * names} (given in the order met); null when a key starts with a digit or an index with a
   * digit other than 0 to 9.
   */
  private static long[] tokens(String pointer, Map<String, Integer> names) {
    if (pointer.isEmpty()) {
      return new long[0];
    }
    int count = 1;
    for (int k = 1; k < pointer.length(); k++) {
      if (pointer.charAt(k) == '/') {
        count++;
      }
    }
    long[] out = new long[count];
    int start = 1;
    for (int t = 0; t < count; t++) {
      int end = pointer.indexOf('/', start);
      end = end < 0 ? pointer.length() : end;
      char first = start < end ? pointer.charAt(start) : ' ';
      if (first >= '0' && first <= '9' && Finding.isIndex(pointer, start, end)) {
        out[t] = -1 - Integer.parseInt(pointer, start, end, 10);
      } else if (Character.isDigit(first)) {
        // A key starting with a digit, or an index whose first digit is not 0 to 9: ORDER
        // compares either with keys as text, so neither has a place among the numbers.
        return null;
      } else {
        String name = pointer.substring(start, end);
        Integer known = names.putIfAbsent(name, names.size());
        out[t] = known != null ? known : names.size() - 1;
      }
      start = end + 1;
    }
    return out;
  }

  /**
   * Each key's code, by its number in {@code names}: its rank in text order, those that come
   * before the digits below the indexes, the others above them. Codes start at 1; 0 is "no
   * token", so a path sorts before the paths it is the start of.
   */
  private static long[] nameCodes(Map<String, Integer> names) {
    String[] sorted = names.keySet().toArray(new String[0]);
    Arrays.sort(sorted);
    long[] code = new long[names.size()];
    for (int rank = 0; rank < sorted.length; rank++) {
      String name = sorted[rank];
      boolean beforeDigits = name.isEmpty() || name.charAt(0) < '0';
      code[names.get(name)] = beforeDigits ? 1 + rank : 2 + sorted.length + MAX_INDEX + rank;
    }
    return code;
  }

  /** An index's code: above every key that comes before the digits, below every other. */
  private static long indexCode(long token, int names) {
    return 1 + names + (-1 - token);
  }

  /** The codes, two to a long, the first in the high half; a missing second is 0. */
  private static long[] packed(long[] tokens, long[] nameCode) {
    long[] out = new long[(tokens.length + 1) / 2];
    for (int t = 0; t < tokens.length; t++) {
      long code = tokens[t] < 0 ? indexCode(tokens[t], nameCode.length)
          : nameCode[(int) tokens[t]];
      out[t / 2] |= t % 2 == 0 ? code << 32 : code;
    }
    return out;
  }

  /** Each rule id's rank in text order. */
  private static Map<String, Integer> ranks(List<Finding> findings) {
    String[] ids = findings.stream().map(Finding::ruleId).distinct().sorted()
        .toArray(String[]::new);
    Map<String, Integer> out = new HashMap<>();
    for (int i = 0; i < ids.length; i++) {
      out.put(ids[i], i);
    }
    return out;
  }

  private static int compare(Keyed a, Keyed b) {
    int n = Math.max(a.path.length, b.path.length);
    for (int i = 0; i < n; i++) {
      long x = i < a.path.length ? a.path[i] : 0;
      long y = i < b.path.length ? b.path[i] : 0;
      if (x != y) {
        return Long.compare(x, y);
      }
    }
    int c = Integer.compare(a.rule, b.rule);
    if (c != 0) {
      return c;
    }
    c = Integer.compare(a.priorityAction, b.priorityAction);
    return c != 0 ? c : a.finding.message().compareTo(b.finding.message());
  }

  /** A finding with its path and rule id as numbers that compare as {@code ORDER} does. */
  private record Keyed(Finding finding, long[] path, int rule, int priorityAction) {}
}
