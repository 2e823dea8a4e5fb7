package org.cjoip.rules;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Working memory after the rules ran, sorted by the type of fact. */
final class Memory {

  private final Map<Class<?>, List<Object>> byType = new HashMap<>();

  Memory(List<Object> objects) {
    for (Object o : objects) {
      byType.computeIfAbsent(o.getClass(), c -> new ArrayList<>()).add(o);
    }
  }

  /** Every fact of a type (exactly that class), in no particular order. */
  @SuppressWarnings("unchecked")
  <T> List<T> all(Class<T> type) {
    return (List<T>) byType.getOrDefault(type, List.of());
  }
}
