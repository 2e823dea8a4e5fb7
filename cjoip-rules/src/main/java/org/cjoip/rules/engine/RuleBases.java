package org.cjoip.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Loads rule sets compiled to the Drools executable model and keeps one {@link KieBase} per
 * combination, built once and shared: a KieBase is thread-safe, and building one is the
 * expensive step. Precompiled models are listed by {@code kie-maven-plugin} in
 * {@code META-INF/kie/<groupId>/<artifactId>/drools-model}; they are loaded directly, without
 * {@code KieClasspathContainer}, which cannot find them inside a shaded jar.
 */
public final class RuleBases {

  /** Where the build lists the built-in rules' model classes. */
  public static final String BUILT_IN_LISTING = "META-INF/kie/org.cjoip/cjoip-rules/drools-model";

  /** The built-in rules' DRL files, one per rule family, as they ship in the jar. */
  static final List<String> BUILT_IN_DRL =
      List.of("terms.drl", "plan.drl", "coverage.drl", "local-indicators.drl",
          "deliverables.drl", "indicators.drl", "returns/returns.drl");

  /**
   * The package of the built-in rules on annual returns (the ANN family and the terms only a
   * return's check derives), apart from the plans' so that a rule base for plans never builds
   * them: building a rule's constraints is most of what a cold start spends.
   */
  static final String RETURNS_PACKAGE = "org.cjoip.rules.checks.returns";

  /**
   * A system property for measurements only: set to {@code drl}, the built-in rules are
   * compiled from their DRL when first used instead of loaded precompiled. The findings are the
   * same; the start is far slower. {@code cjoip bench} uses it to measure what compiling at
   * build time saves. Not an API.
   */
  public static final String BUILT_IN_FORM = "cjoip.rules.builtInForm";

  private static final String DRL_DIRECTORY = "org/cjoip/rules/checks/";

  private static final Map<List<String>, KieBase> CACHE = new ConcurrentHashMap<>();

  /**
   * One set of rules in a rule base: a key that identifies its content (the cache is keyed by
   * the list of keys), the models, loaded only when a rule base is first built with it, and the
   * models a rule base for plans takes (by default the same models: only the built-in rules
   * have an ANN family, since a pack may not use their ids).
   */
  public record RuleSet(String key, Supplier<List<Model>> models,
      Supplier<List<Model>> planModels) {

    public RuleSet(String key, Supplier<List<Model>> models) {
      this(key, models, models);
    }
  }

  private RuleBases() {}

  /** The shared KieBase of these rule sets, in order. */
  public static KieBase of(List<RuleSet> sets) {
    List<String> keys = sets.stream().map(RuleSet::key).toList();
    return CACHE.computeIfAbsent(keys, k -> build(sets));
  }

  /**
   * The shared KieBase of these rule sets without the built-in rules on annual returns (their
   * package, the ANN family), for assessing a plan: those rules would not fire, and leaving
   * them out keeps a plan's many deliverables and their due dates out of the memory of their
   * joins, and their building out of a cold start.
   */
  public static KieBase forPlans(List<RuleSet> sets) {
    List<RuleSet> filtered = new ArrayList<>();
    for (RuleSet set : sets) {
      filtered.add(new RuleSet(set.key() + " without ANN findings", set.planModels()));
    }
    return of(filtered);
  }

  /** The shared KieBase of the built-in rules alone. */
  public static KieBase builtIn() {
    return of(List.of(builtInSet()));
  }

  /**
   * The built-in rules, precompiled at build time (or compiled from DRL when the measurement
   * property {@link #BUILT_IN_FORM} says {@code drl}).
   */
  public static RuleSet builtInSet() {
    if ("drl".equals(System.getProperty(BUILT_IN_FORM))) {
      return builtInFromDrl();
    }
    ClassLoader loader = RuleBases.class.getClassLoader();
    // For plans, the returns' model is not even made: making it builds its rules.
    return new RuleSet("built-in", () -> listedModels(BUILT_IN_LISTING, loader),
        () -> models(modelClasses(BUILT_IN_LISTING, loader).stream()
            .filter(c -> !c.startsWith(RETURNS_PACKAGE + ".")).toList(), loader));
  }

  /**
   * The built-in rules compiled from their DRL at run time: the same rules, far slower to
   * load; kept to measure what compiling at build time saves.
   */
  public static RuleSet builtInFromDrl() {
    // Compiled once for both rule bases, the plans' and the returns'.
    Supplier<List<Model>> compiled = new Supplier<>() {
      private List<Model> models;

      @Override
      public synchronized List<Model> get() {
        if (models == null) {
          models = compileBuiltInDrl();
        }
        return models;
      }
    };
    return new RuleSet("built-in:drl", compiled, () -> compiled.get().stream()
        .filter(m -> !m.getPackageName().equals(RETURNS_PACKAGE)).toList());
  }

  private static List<Model> compileBuiltInDrl() {
    List<DrlCompiler.Source> sources = new ArrayList<>();
    for (String file : BUILT_IN_DRL) {
      String resource = DRL_DIRECTORY + file;
      try (InputStream in = RuleBases.class.getClassLoader().getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("the built-in rules' " + resource + " is missing");
        }
        sources.add(new DrlCompiler.Source(resource,
            new String(in.readAllBytes(), StandardCharsets.UTF_8)));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    DrlCompiler.Result result = DrlCompiler.compile(sources);
    if (!result.ok()) {
      throw new IllegalStateException("the built-in rules do not compile: "
          + result.problems());
    }
    return result.models();
  }

  private static KieBase build(List<RuleSet> sets) {
    List<Model> models = new ArrayList<>();
    for (RuleSet set : sets) {
      models.addAll(set.models().get());
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }

  /** Instantiates the model classes a {@code kie-maven-plugin} listing names. */
  public static List<Model> listedModels(String listing, ClassLoader loader) {
    return models(modelClasses(listing, loader), loader);
  }

  private static List<Model> models(List<String> classNames, ClassLoader loader) {
    List<Model> models = new ArrayList<>();
    for (String className : classNames) {
      models.add(instantiate(className, loader));
    }
    return models;
  }

  static List<String> modelClasses(String listing, ClassLoader loader) {
    try (InputStream in = loader.getResourceAsStream(listing)) {
      if (in == null) {
        throw new IllegalStateException("no executable model listed at " + listing);
      }
      List<String> classes = new ArrayList<>();
      for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
        String name = line.strip();
        // The first line names the Drools version the model was built with.
        if (!name.isEmpty() && !name.contains(":")) {
          classes.add(name);
        }
      }
      return classes;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Model instantiate(String className, ClassLoader loader) {
    try {
      return (Model)
          Class.forName(className, true, loader).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load rule model " + className, e);
    }
  }
}
