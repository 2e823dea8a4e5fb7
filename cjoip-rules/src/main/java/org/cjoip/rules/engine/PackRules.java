package org.cjoip.rules.engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.cjoip.rules.facts.RuleMetadata;
import org.drools.model.Model;
import org.drools.model.Rule;

/**
 * Reads what the rules of compiled models say of themselves: which are finding rules (they
 * carry an {@code @id}) and their catalogue entries.
 */
public final class PackRules {

  /** A finding rule's catalogue entry as its metadata gives it. */
  public record Described(String name, String id, String severity, String title,
      Optional<String> description, Optional<String> source) {}

  private PackRules() {}

  /** Every rule of the models, by name. */
  public static List<Rule> rules(List<Model> models) {
    List<Rule> rules = new ArrayList<>();
    models.forEach(m -> rules.addAll(m.getRules()));
    rules.sort(Comparator.comparing(Rule::getName));
    return rules;
  }

  /** A metadata value of a rule as text, without quotes; empty when absent or blank. */
  public static Optional<String> text(Rule rule, String key) {
    return Optional.ofNullable(RuleMetadata.text(rule.getMetaData(key)));
  }

  /**
   * The finding rules of the models (those with an {@code @id}), one entry per id, in id
   * order. A severity that is not ERROR, WARNING or INFO reads as WARNING; checking a pack
   * reports it.
   */
  public static List<Described> describe(List<Model> models) {
    List<Described> out = new ArrayList<>();
    for (Rule rule : rules(models)) {
      Optional<String> id = text(rule, "id");
      if (id.isEmpty() || out.stream().anyMatch(d -> d.id().equals(id.get()))) {
        continue;
      }
      String severity = text(rule, "severity").map(s -> s.toUpperCase(java.util.Locale.ROOT))
          .filter(s -> s.equals("ERROR") || s.equals("WARNING") || s.equals("INFO"))
          .orElse("WARNING");
      String title = text(rule, "title").orElse(rule.getName().substring(
          Math.min(rule.getName().length(), id.get().length())).strip());
      out.add(new Described(rule.getName(), id.get(), severity, title,
          text(rule, "description"), text(rule, "source")));
    }
    out.sort(Comparator.comparing(Described::id));
    return List.copyOf(out);
  }
}
