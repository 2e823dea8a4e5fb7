package org.cjoip.rules.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;

/**
 * The members a rule's pattern may constrain on a fact, as DRL names them (a getter
 * {@code getOwnerCount()} or an accessor {@code ownerCount()} is {@code ownerCount}), and the
 * one nearest a misspelt name.
 */
final class Members {

  /** How many letters may differ for a member to be offered as the one meant. */
  private static final int NEAR = 2;

  // What every object answers (a record's own toString and hashCode too): no member of a fact.
  private static final java.util.Set<String> OBJECT =
      java.util.Set.of("getClass", "hashCode", "toString");

  private Members() {}

  /** The fact's members in name order. */
  static List<String> of(Class<?> fact) {
    TreeSet<String> out = new TreeSet<>();
    for (Method m : fact.getMethods()) {
      if (m.getParameterCount() > 0 || Modifier.isStatic(m.getModifiers())
          || m.getReturnType() == void.class || OBJECT.contains(m.getName())) {
        continue;
      }
      out.add(property(m.getName()));
    }
    return List.copyOf(out);
  }

  private static String property(String method) {
    for (String prefix : List.of("get", "is")) {
      if (method.length() > prefix.length() && method.startsWith(prefix)
          && Character.isUpperCase(method.charAt(prefix.length()))) {
        String rest = method.substring(prefix.length());
        return rest.substring(0, 1).toLowerCase(Locale.ROOT) + rest.substring(1);
      }
    }
    return method;
  }

  /** The member within two letters' change of a name, the nearest first; or null. */
  static String nearest(String name, List<String> members) {
    String best = null;
    int distance = NEAR + 1;
    for (String m : members) {
      int d = distance(name.toLowerCase(Locale.ROOT), m.toLowerCase(Locale.ROOT));
      if (d < distance) {
        best = m;
        distance = d;
      }
    }
    return best;
  }

  /** How many letters must be inserted, deleted or changed to make one name the other. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int change = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1),
            previous[j - 1] + change);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
