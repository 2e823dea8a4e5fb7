package org.cjoip.rules.engine;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.drools.model.Model;
import org.drools.modelcompiler.KieBaseBuilder;
import org.kie.api.KieBase;

/**
 * Loads rule sets compiled to the Drools executable model and keeps one {@link KieBase} per
 * combination, built once and shared: a KieBase is thread-safe, and building one is the
 * expensive step. The models are listed by {@code kie-maven-plugin} in
 * {@code META-INF/kie/<groupId>/<artifactId>/drools-model}; they are loaded directly, without
 * {@code KieClasspathContainer}, which cannot find them inside a shaded jar.
 */
public final class RuleBases {

  /** Where the build lists the built-in rules' model classes. */
  public static final String BUILT_IN_LISTING = "META-INF/kie/org.cjoip/cjoip-rules/drools-model";

  private static final Map<List<String>, KieBase> CACHE = new ConcurrentHashMap<>();

  private RuleBases() {}

  /** The shared KieBase of the built-in rules plus the listed extra rule sets, in order. */
  public static KieBase forListings(List<String> listings) {
    return CACHE.computeIfAbsent(List.copyOf(listings), RuleBases::build);
  }

  /** The shared KieBase of the built-in rules alone. */
  public static KieBase builtIn() {
    return forListings(List.of(BUILT_IN_LISTING));
  }

  private static KieBase build(List<String> listings) {
    List<Model> models = new ArrayList<>();
    for (String listing : listings) {
      for (String className : modelClasses(listing)) {
        models.add(instantiate(className));
      }
    }
    return KieBaseBuilder.createKieBaseFromModel(models);
  }

  static List<String> modelClasses(String listing) {
    ClassLoader loader = RuleBases.class.getClassLoader();
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

  private static Model instantiate(String className) {
    try {
      return (Model)
          Class.forName(className, true, RuleBases.class.getClassLoader())
              .getDeclaredConstructor()
              .newInstance();
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot load rule model " + className, e);
    }
  }
}
