package org.cjoip.rules.engine;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import org.cjoip.model.text.EditDistance;

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
    String typed = name.toLowerCase(Locale.ROOT);
    for (String m : members) {
      int d = EditDistance.within(typed, m.toLowerCase(Locale.ROOT), NEAR);
      if (d < distance) {
        best = m;
        distance = d;
      }
    }
    return best;
  }
}
