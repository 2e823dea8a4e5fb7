package org.cjoip.rules.pack;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import java.util.regex.Pattern;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.InputFiles;
import org.cjoip.model.document.Limits;
import org.cjoip.model.document.Problem;
import org.cjoip.rules.engine.DrlCompiler;
import org.cjoip.rules.engine.PackRules;
import org.drools.model.Model;
import org.drools.model.Rule;

/**
 * Finds, compiles and checks rule packs.
 *
 * <p>A pack rule that makes findings carries {@code @id(…)}, upper-case words joined by hyphens
 * with at least two parts ({@code PK-OWN-001}, say), unique among all rules in use, never in the
 * {@code CJ-} namespace (the built-in rules'), and is named {@code "<ID> <short phrase>"}. It
 * also carries {@code @title("…")} and {@code @severity(ERROR|WARNING|INFO)} metadata, and may
 * carry {@code @description("…")} and {@code @source("…")}. Rules without an id derive facts
 * or escalate findings.
 */
public final class RulePacks {

  /** The namespace of the built-in rule ids, closed to packs. */
  public static final String RESERVED_PREFIX = "CJ-";

  private static final Pattern ID = Pattern.compile("[A-Z][A-Z0-9]*(-[A-Z0-9]+)+");
  private static final Pattern NAME = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

  private RulePacks() {}

  /** The packs that jars on the class path offer, by name. */
  public static List<RulePack> discover() {
    return discover(Thread.currentThread().getContextClassLoader());
  }

  /** The packs that jars seen by a class loader offer, by name. */
  public static List<RulePack> discover(ClassLoader loader) {
    List<RulePack> packs = new ArrayList<>();
    ServiceLoader.load(RulePack.class, loader).forEach(packs::add);
    packs.sort(Comparator.comparing(RulePack::name));
    return List.copyOf(packs);
  }

  /** The discovered pack of a name. */
  public static Optional<RulePack> find(String name) {
    return discover().stream().filter(p -> p.name().equals(name)).findFirst();
  }

  /**
   * Compiles DRL files into one pack named after the first file (its base name, lower case).
   *
   * @throws DocumentException with every problem located by file, line and rule name
   */
  public static RulePack compile(List<Path> files) throws DocumentException {
    Map<String, String> texts = new LinkedHashMap<>();
    List<Problem> problems = new ArrayList<>();
    for (Path file : files) {
      try {
        // Read as every input is: a regular file, within the size of a document.
        byte[] bytes = InputFiles.readAll(file, Limits.defaults().maxDocumentBytes(),
            "a DRL file");
        texts.put(file.toString(), utf8(bytes));
      } catch (DocumentException e) {
        problems.addAll(e.problems());
      } catch (CharacterCodingException e) {
        problems.add(problem(file.toString(), 0, "is not UTF-8 text"));
      } catch (IOException e) {
        problems.add(problem(file.toString(), 0, "could not be read: " + e.getMessage()));
      }
    }
    if (!problems.isEmpty()) {
      throw new DocumentException(problems);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("no DRL files to compile");
    }
    return compile(packName(files.get(0)), texts);
  }

  /**
   * Compiles DRL texts into one pack of the given name.
   *
   * @param texts each DRL text by the name its problems are reported under (a file path, say),
   *     in order
   * @throws DocumentException with every problem located by source, line and rule name
   */
  public static RulePack compile(String name, Map<String, String> texts)
      throws DocumentException {
    List<DrlCompiler.Source> sources = new ArrayList<>();
    texts.forEach((source, text) -> sources.add(new DrlCompiler.Source(source, text)));
    DrlCompiler.Result result;
    try {
      result = DrlCompiler.compile(sources);
    } catch (RuntimeException e) {
      // Drools gives up on some DRL it cannot turn into Java (a keyword as a package name):
      // still the pack's fault, said without the compiler's trace.
      List<Problem> problems = new ArrayList<>();
      for (DrlCompiler.Source s : sources) {
        problems.add(problem(s.name(), 0, "the rule pack cannot be compiled: the DRL compiler"
            + " failed on it (a Java keyword used as a name, say)"));
      }
      throw new DocumentException(problems);
    }
    if (!result.ok()) {
      throw new DocumentException(result.problems());
    }
    Map<String, String> files = new LinkedHashMap<>();
    for (Rule rule : PackRules.rules(result.models())) {
      DrlCompiler.Source source = sourceOf(rule.getName(), sources);
      if (source != null) {
        files.put(rule.getName(), source.name());
      }
    }
    CompiledPack pack =
        new CompiledPack(name, "sha256:" + digest(sources), result.models(), files);
    List<Problem> problems = check(pack, sources);
    if (!problems.isEmpty()) {
      throw new DocumentException(problems);
    }
    return pack;
  }

  /** What is wrong with a pack's name and rules; empty when nothing is. */
  public static List<Problem> check(RulePack pack) {
    return check(pack, List.of());
  }

  /**
   * The file a pack's rule was compiled from: the DRL file of a pack compiled at run time,
   * empty for a precompiled pack or a rule the pack does not have.
   */
  public static Optional<String> sourceOf(RulePack pack, String ruleName) {
    return pack instanceof CompiledPack compiled
        ? Optional.ofNullable(compiled.files.get(ruleName)) : Optional.empty();
  }

  /** The ids of the rules of a pack that make findings, in id order. */
  public static List<String> ruleIds(RulePack pack) {
    return PackRules.describe(pack.models()).stream().map(PackRules.Described::id).toList();
  }

  /**
   * What is wrong with a pack's name and rules, located in its DRL sources where they are
   * known. A rule that makes findings carries {@code @id}, the first word of its name; rules
   * without one derive facts or escalate findings and make none themselves.
   */
  private static List<Problem> check(RulePack pack, List<DrlCompiler.Source> sources) {
    List<Problem> problems = new ArrayList<>();
    if (!NAME.matcher(pack.name()).matches()) {
      problems.add(problem("rule pack " + pack.name(), 0, "the pack's name '" + pack.name()
          + "' is not lower-case words joined by hyphens"));
    }
    Map<String, String> seen = new LinkedHashMap<>();
    for (Rule rule : PackRules.rules(pack.models())) {
      String name = rule.getName();
      DrlCompiler.Source source = sourceOf(name, sources);
      String where = source == null ? "rule pack " + pack.name() : source.name();
      int line = source == null ? 0 : source.lineOf(name);
      String prefix = "rule \"" + name + "\": ";
      Optional<String> id = PackRules.text(rule, "id");
      String first = name.split(" ", 2)[0];
      if (id.isEmpty()) {
        if (ID.matcher(first).matches()) {
          problems.add(problem(where, line, prefix + "its name starts with the id " + first
              + " but it has no @id(" + first + ") metadata"));
        }
        continue;
      }
      if (!ID.matcher(id.get()).matches()) {
        problems.add(problem(where, line, prefix + "@id(" + id.get() + ") is not upper-case"
            + " words joined by hyphens, such as PK-OWN-001"));
        continue;
      }
      if (!name.startsWith(id.get() + " ")) {
        problems.add(problem(where, line, prefix + "a rule's name must be its id, "
            + id.get() + ", and a short phrase"));
      }
      if (id.get().startsWith(RESERVED_PREFIX)) {
        problems.add(problem(where, line, prefix + "the id " + id.get() + " is in the CJ-"
            + " namespace, which belongs to the built-in rules; use your own prefix"));
      }
      String previous = seen.put(id.get(), name);
      if (previous != null) {
        problems.add(problem(where, line, prefix + "the id " + id.get()
            + " is also the id of rule \"" + previous + "\""));
      }
      if (PackRules.text(rule, "title").isEmpty()) {
        problems.add(problem(where, line, prefix + "has no @title(\"…\") metadata"));
      }
      Optional<String> severity = PackRules.text(rule, "severity");
      if (severity.isEmpty()) {
        problems.add(problem(where, line, prefix + "has no @severity(ERROR|WARNING|INFO)"
            + " metadata"));
      } else if (!severity.get().matches("(?i)ERROR|WARNING|INFO")) {
        problems.add(problem(where, line, prefix + "@severity must be ERROR, WARNING or INFO,"
            + " found '" + severity.get() + "'"));
      }
    }
    return List.copyOf(problems);
  }

  private static DrlCompiler.Source sourceOf(String ruleName, List<DrlCompiler.Source> sources) {
    for (DrlCompiler.Source s : sources) {
      if (s.lineOf(ruleName) > 0) {
        return s;
      }
    }
    return null;
  }

  private static Problem problem(String source, int line, String message) {
    return Problem.builder()
        .severity(Problem.Severity.ERROR)
        .source(source)
        .line(line)
        .column(line > 0 ? 1 : 0)
        .pointer("")
        .inTree(false)
        .message(message)
        .build();
  }

  private static String packName(Path file) {
    String base = file.getFileName().toString().replaceFirst("\\.drl$", "")
        .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
    return base.isEmpty() ? "rules" : base;
  }

  private static String utf8(byte[] bytes) throws CharacterCodingException {
    return StandardCharsets.UTF_8.newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT)
        .decode(ByteBuffer.wrap(bytes))
        .toString();
  }

  private static String digest(List<DrlCompiler.Source> sources) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (DrlCompiler.Source s : sources) {
        sha.update(s.text().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
      }
      return HexFormat.of().formatHex(sha.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }

  /** DRL compiled at run time. */
  private static final class CompiledPack implements RulePack {
    private final String name;
    private final String version;
    private final List<Model> models;
    private final Map<String, String> files;

    CompiledPack(String name, String version, List<Model> models, Map<String, String> files) {
      this.name = name;
      this.version = version;
      this.models = List.copyOf(models);
      this.files = Map.copyOf(files);
    }

    @Override
    public String name() {
      return name;
    }

    @Override
    public String version() {
      return version;
    }

    @Override
    public List<Model> models() {
      return models;
    }

    @Override
    public String toString() {
      return name + " " + version;
    }
  }
}
