package org.cjoip.model;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.ArchConfiguration;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * What each module's {@code ArchitectureTest} measures and holds: the main classes of the
 * module, the groups of its packages that depend on each other in a circle, the source packages
 * that do not say what lives in them, and the rules of layering every module keeps.
 */
public final class Architecture {

  /** The model, the domain, runs no rule engine: Drools and KIE stay in the rules module. */
  public static final ArchRule NO_RULE_ENGINE_IN_THE_MODEL = noClasses()
      .that().resideInAPackage("org.cjoip.model..")
      .should().dependOnClassesThat().resideInAnyPackage("org.drools..", "org.kie..")
      .because("cjoip-model is the domain without a rule engine");

  /** Apache POI, the spreadsheet library, is used by the workbook package alone. */
  public static final ArchRule POI_ONLY_IN_THE_WORKBOOK_PACKAGE = noClasses()
      .that().resideOutsideOfPackage("org.cjoip.model.workbook..")
      .should().dependOnClassesThat().resideInAPackage("org.apache.poi..")
      .because("reading and writing workbooks is org.cjoip.model.workbook's business");

  private Architecture() {}

  /**
   * The module's own main classes, read from its build output ({@code target/classes}, the
   * working directory being the module's): no tests, no dependencies.
   */
  public static JavaClasses mainClasses() {
    // Names are all the checks need of the classes these refer to: importing those too from
    // the class path (ArchUnit's default) would take seconds.
    ArchConfiguration.get().setResolveMissingDependenciesFromClassPath(false);
    return new ClassFileImporter().importPath(Path.of("target", "classes"));
  }

  /**
   * Every group of two or more packages under the root that depend on each other in a circle
   * (a strongly connected component of the package graph), each named by its packages in
   * order. A package depends on another when one of its classes refers to one of the other's,
   * in any way the class file records (a type, a call, a field, an annotation).
   */
  public static Set<SortedSet<String>> packageCycles(JavaClasses classes, String rootPackage) {
    Map<String, SortedSet<String>> graph = new TreeMap<>();
    for (JavaClass c : classes) {
      String from = c.getPackageName();
      if (!within(from, rootPackage)) {
        continue;
      }
      SortedSet<String> targets = graph.computeIfAbsent(from, k -> new TreeSet<>());
      for (Dependency d : c.getDirectDependenciesFromSelf()) {
        String to = d.getTargetClass().getPackageName();
        if (!to.equals(from) && within(to, rootPackage)) {
          targets.add(to);
          graph.computeIfAbsent(to, k -> new TreeSet<>());
        }
      }
    }
    return new Tarjan(graph).components();
  }

  /**
   * The packages of a source tree with Java files but no {@code package-info.java}, as paths
   * relative to the tree.
   */
  public static List<String> packagesWithoutInfo(Path sourceRoot) throws IOException {
    List<String> out = new ArrayList<>();
    try (Stream<Path> dirs = Files.walk(sourceRoot)) {
      for (Path dir : dirs.filter(Files::isDirectory).sorted().toList()) {
        boolean hasJava;
        try (Stream<Path> files = Files.list(dir)) {
          hasJava = files.anyMatch(f -> f.toString().endsWith(".java"));
        }
        if (hasJava && !Files.exists(dir.resolve("package-info.java"))) {
          out.add(sourceRoot.relativize(dir).toString().replace('\\', '/'));
        }
      }
    }
    return out;
  }

  private static boolean within(String pkg, String root) {
    return pkg.equals(root) || pkg.startsWith(root + ".");
  }

  /** Tarjan's strongly connected components, keeping those of more than one package. */
  private static final class Tarjan {
    private final Map<String, SortedSet<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new TreeSet<>();
    private final Set<SortedSet<String>> out = new LinkedHashSet<>();

    Tarjan(Map<String, SortedSet<String>> graph) {
      this.graph = graph;
    }

    Set<SortedSet<String>> components() {
      for (String node : graph.keySet()) {
        if (!index.containsKey(node)) {
          visit(node);
        }
      }
      return out;
    }

    // Recursive: a module has tens of packages, far from any stack limit.
    private void visit(String node) {
      index.put(node, index.size());
      low.put(node, index.get(node));
      stack.push(node);
      onStack.add(node);
      for (String next : graph.get(node)) {
        if (!index.containsKey(next)) {
          visit(next);
          low.put(node, Math.min(low.get(node), low.get(next)));
        } else if (onStack.contains(next)) {
          low.put(node, Math.min(low.get(node), index.get(next)));
        }
      }
      if (low.get(node).equals(index.get(node))) {
        SortedSet<String> component = new TreeSet<>();
        String member;
        do {
          member = stack.pop();
          onStack.remove(member);
          component.add(member);
        } while (!member.equals(node));
        if (component.size() > 1) {
          out.add(component);
        }
      }
    }
  }
}
