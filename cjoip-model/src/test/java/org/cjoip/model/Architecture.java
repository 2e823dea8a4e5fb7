package org.cjoip.model;

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What each module's {@code ArchitectureTest} measures: which classes the module's own main
 * classes refer to, read from their class files, the groups of its packages that depend on
 * each other in a circle, and the source packages that do not say what lives in them.
 *
 * <p>A class refers to another when its class file names it anywhere: as a class it uses (a
 * type, a call, a field, a cast, a caught exception) in its constant pool, or in a descriptor
 * or signature (a parameter, a return or field type, a type argument, an annotation). String
 * constants are not references. Reading the constant pools of a module's few hundred classes
 * takes milliseconds, where a library that models every member takes seconds.
 */
public final class Architecture {

  private static final Pattern TYPE_IN_DESCRIPTOR = Pattern.compile("L([\\w/$]+)[;<]");

  private static SortedMap<String, SortedSet<String>> mainClasses;

  private Architecture() {}

  /**
   * The module's own main classes, from its build output ({@code target/classes}; the working
   * directory is the module's when Maven runs the tests), each by binary name with the
   * classes it refers to.
   */
  public static synchronized SortedMap<String, SortedSet<String>> mainClasses()
      throws IOException {
    // Read once per test JVM: a build output does not change while its tests run.
    if (mainClasses == null) {
      mainClasses = Collections.unmodifiableSortedMap(references(Path.of("target", "classes")));
    }
    return mainClasses;
  }

  /** The classes under a directory of class files, each with the classes it refers to. */
  public static SortedMap<String, SortedSet<String>> references(Path classes)
      throws IOException {
    SortedMap<String, SortedSet<String>> out = new TreeMap<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).sorted().toList()) {
        // Read whole: the constant pool is read a byte at a time.
        ClassFile c = ClassFile.read(new ByteArrayInputStream(Files.readAllBytes(file)));
        if (!c.name().endsWith("package-info") && !c.name().equals("module-info")) {
          out.put(c.name(), c.references());
        }
      }
    }
    return out;
  }

  /**
   * Each reference from a class the first test accepts to a class the second accepts, as
   * {@code "from -> to"}, in order.
   */
  public static List<String> references(Map<String, ? extends Set<String>> classes,
      Predicate<String> from, Predicate<String> to) {
    List<String> out = new ArrayList<>();
    classes.forEach((name, targets) -> {
      if (from.test(name)) {
        targets.stream().filter(to).forEach(t -> out.add(name + " -> " + t));
      }
    });
    return out;
  }

  /** Whether a class lies in a package or below it. */
  public static Predicate<String> within(String pkg) {
    return name -> name.startsWith(pkg + ".");
  }

  /**
   * Every group of two or more packages under the root that depend on each other in a circle
   * (a strongly connected component of the package graph), each named by its packages in
   * order.
   */
  public static Set<SortedSet<String>> packageCycles(Map<String, ? extends Set<String>> classes,
      String rootPackage) {
    Map<String, SortedSet<String>> graph = new TreeMap<>();
    Predicate<String> inRoot = within(rootPackage);
    classes.forEach((name, targets) -> {
      if (!inRoot.test(name)) {
        return;
      }
      String from = packageOf(name);
      SortedSet<String> edges = graph.computeIfAbsent(from, k -> new TreeSet<>());
      for (String target : targets) {
        String to = packageOf(target);
        if (inRoot.test(target) && !to.equals(from)) {
          edges.add(to);
          graph.computeIfAbsent(to, k -> new TreeSet<>());
        }
      }
    });
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

  private static String packageOf(String className) {
    int dot = className.lastIndexOf('.');
    return dot < 0 ? "" : className.substring(0, dot);
  }

  /** The name of a class file's class and the names of the classes its constant pool holds. */
  record ClassFile(String name, SortedSet<String> references) {

    static ClassFile read(InputStream stream) throws IOException {
      DataInputStream in = new DataInputStream(stream);
      if (in.readInt() != 0xCAFEBABE) {
        throw new IOException("not a class file");
      }
      in.readUnsignedShort(); // minor version
      in.readUnsignedShort(); // major version
      int count = in.readUnsignedShort();
      String[] utf8 = new String[count];
      int[] classEntry = new int[count];
      boolean[] className = new boolean[count];
      boolean[] literal = new boolean[count];
      for (int i = 1; i < count; i++) {
        int tag = in.readUnsignedByte();
        switch (tag) {
          case 1 -> utf8[i] = in.readUTF();
          case 7 -> {
            classEntry[i] = in.readUnsignedShort();
            className[classEntry[i]] = true;
          }
          case 8 -> literal[in.readUnsignedShort()] = true;
          case 16, 19, 20 -> in.readUnsignedShort();
          case 15 -> {
            in.readUnsignedByte();
            in.readUnsignedShort();
          }
          case 3, 4, 9, 10, 11, 12, 17, 18 -> in.readInt();
          case 5, 6 -> {
            in.readLong();
            i++; // eight-byte constants take two entries
          }
          default -> throw new IOException("unknown constant pool tag " + tag);
        }
      }
      in.readUnsignedShort(); // access flags
      String self = name(utf8[classEntry[in.readUnsignedShort()]]);
      SortedSet<String> refs = new TreeSet<>();
      for (int i = 1; i < count; i++) {
        if (utf8[i] == null || literal[i]) {
          continue;
        }
        if (className[i] && !utf8[i].startsWith("[")) {
          refs.add(name(utf8[i]));
        } else {
          // A descriptor, a signature or an array class: every type it names.
          Matcher m = TYPE_IN_DESCRIPTOR.matcher(utf8[i]);
          while (m.find()) {
            refs.add(name(m.group(1)));
          }
        }
      }
      refs.remove(self);
      return new ClassFile(self, refs);
    }

    private static String name(String internal) {
      return internal.replace('/', '.');
    }
  }

  /** Tarjan's strongly connected components, keeping those of more than one package. */
  private static final class Tarjan {
    private final Map<String, SortedSet<String>> graph;
    private final Map<String, Integer> index = new HashMap<>();
    private final Map<String, Integer> low = new HashMap<>();
    private final Deque<String> stack = new ArrayDeque<>();
    private final Set<String> onStack = new HashSet<>();
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
