package org.cjoip.rules.facts;

import java.util.Map;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.rule.RuleContext;

/**
 * What a rule says of itself in its metadata. A finding rule carries {@code @id} (its catalogue
 * id, also the first word of its name), {@code @severity} (ERROR, WARNING or INFO),
 * {@code @title} and {@code @source}; a rule that escalates findings carries {@code @severity};
 * a rule that derives facts carries none of them.
 *
 * @param name the rule's name
 * @param id the {@code @id}, or null
 * @param severity the {@code @severity}, or null
 */
public record RuleMetadata(String name, String id, String severity) {

  /** The metadata of a rule. */
  public static RuleMetadata of(Rule rule) {
    Map<String, Object> metadata = rule.getMetaData();
    return new RuleMetadata(rule.getName(), text(metadata.get("id")),
        text(metadata.get("severity")));
  }

  /** The metadata of the rule now firing, from a consequence's {@code drools}. */
  public static RuleMetadata firing(Object drools) {
    // The executable model hands consequences an object that is also a RuleContext.
    return of(((RuleContext) drools).getRule());
  }

  /** A metadata value as text, without surrounding quotes and spaces; null when blank. */
  public static String text(Object value) {
    if (value == null) {
      return null;
    }
    String s = value.toString().strip();
    if (s.length() >= 2 && s.startsWith("\"") && s.endsWith("\"")) {
      s = s.substring(1, s.length() - 1).strip();
    }
    return s.isEmpty() ? null : s;
  }
}
