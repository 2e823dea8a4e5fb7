package org.cjoip.rules;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.model.io.Json;

/**
 * The built-in rule catalogue: every rule id the library reports, its default severity, what it
 * means and what it rests on. The catalogue is data ({@code catalogue.json} beside this class);
 * the DRL rules name their id at the start of each rule's name. Ids are stable: once released,
 * an id never changes meaning, and a retired id stays reserved.
 */
public final class Catalogue {

  private static final String RESOURCE = "catalogue.json";

  private static final class Holder {
    static final Catalogue BUILT_IN = load();
  }

  private final String version;
  private final Map<String, RuleDescription> rules;

  private Catalogue(String version, Map<String, RuleDescription> rules) {
    this.version = version;
    this.rules = rules;
  }

  /** The catalogue of the built-in rules. */
  public static Catalogue builtIn() {
    return Holder.BUILT_IN;
  }

  /** The built-in rule set's version; it changes whenever a rule's behaviour does. */
  public String version() {
    return version;
  }

  /** Every rule, in catalogue order. */
  public List<RuleDescription> rules() {
    return List.copyOf(rules.values());
  }

  public Optional<RuleDescription> find(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /** The rule, which must exist. */
  public RuleDescription get(String id) {
    RuleDescription rule = rules.get(id);
    if (rule == null) {
      throw new IllegalArgumentException("no built-in rule has the id " + id);
    }
    return rule;
  }

  public boolean contains(String id) {
    return rules.containsKey(id);
  }

  private static Catalogue load() {
    try (InputStream in = Catalogue.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the rule catalogue is missing from the jar");
      }
      JsonNode root = Json.read(in);
      Map<String, RuleDescription> rules = new LinkedHashMap<>();
      for (JsonNode r : root.get("rules")) {
        RuleDescription rule =
            RuleDescription.builder()
                .id(r.get("id").asText())
                .family(r.get("family").asText())
                .defaultSeverity(Severity.valueOf(r.get("severity").asText()))
                .title(r.get("title").asText())
                .description(r.get("description").asText())
                .source(r.get("source").asText())
                .build();
        if (rules.put(rule.id(), rule) != null) {
          throw new IllegalStateException("the rule catalogue lists " + rule.id() + " twice");
        }
      }
      return new Catalogue(root.get("version").asText(), Map.copyOf(rules).isEmpty()
          ? rules : java.util.Collections.unmodifiableMap(rules));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
