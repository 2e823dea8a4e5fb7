package org.cjoip.rules.engine;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cjoip.model.document.Problem;
import org.drools.compiler.kie.builder.impl.InternalKieModule;
import org.drools.compiler.kproject.models.KieBaseModelImpl;
import org.drools.model.Model;
import org.drools.model.codegen.ExecutableModelProject;
import org.drools.modelcompiler.CanonicalKieModule;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/**
 * Compiles DRL text to the Drools executable model at run time, the same form the build gives
 * the built-in rules, so that compiled rules can join the built-in ones in one rule base.
 *
 * <p>Drools reports a mistake in a rule's consequence against the Java it generates from the
 * rule; such problems are traced back to the DRL line and rule they came from, so that a user
 * sees their own file, line and rule name, never generated code.
 */
public final class DrlCompiler {

  private static final Pattern RULE = Pattern.compile("^\\s*rule\\s+\"([^\"]*)\"");
  private static final Pattern LINE = Pattern.compile("\\bLine (\\d+):(\\d+)");
  private static final Pattern PARSER_NOISE = Pattern.compile("\\[ERR \\d+\\]|\\bLine \\d+:\\d+");
  // What a consequence's Java compiler error names: "The method labell() is undefined…",
  // "nowhere cannot be resolved…".
  private static final Pattern NAMED_IN_JAVA =
      Pattern.compile("^The method (\\w+)\\(|^(\\w+) cannot be resolved");
  private static final Pattern NO_CLASS = Pattern.compile("^Unable to find class: ([\\w.$]+)$");
  // An import of one class: not of a static member, a function or an accumulate function.
  private static final Pattern IMPORT = Pattern.compile(
      "^\\s*import\\s+(?!static\\b|function\\b|accumulate\\b)([\\w.$]+)\\s*;?\\s*$");
  private static final String UNPARSED = "Unable to parse left part of expression: ";
  private static final Pattern PATTERN_TYPE = Pattern.compile("(\\w+)\\s*\\(");
  private static final Pattern FIRST_WORD = Pattern.compile("^\\s*(\\w+)");
  private static final Pattern GENERATED_BODY =
      Pattern.compile("execute\\([^)]*\\)\\s*throws\\s+java\\.lang\\.Exception\\s*\\{\\s*(.+)",
          Pattern.DOTALL);

  /** A DRL text and the name to report its problems under (a file path, say). */
  public record Source(String name, String text) {

    /** The text's lines, without their line breaks. */
    String[] lines() {
      return text.split("\n", -1);
    }

    /** The name of the rule declared at or above a 1-based line, if any. */
    public Optional<String> ruleAt(int line) {
      String[] lines = lines();
      for (int i = Math.min(line, lines.length) - 1; i >= 0; i--) {
        Matcher m = RULE.matcher(lines[i]);
        if (m.find()) {
          return Optional.of(m.group(1));
        }
      }
      return Optional.empty();
    }

    /** The 1-based line that declares a rule, or 0. */
    public int lineOf(String ruleName) {
      String[] lines = lines();
      for (int i = 0; i < lines.length; i++) {
        Matcher m = RULE.matcher(lines[i]);
        if (m.find() && m.group(1).equals(ruleName)) {
          return i + 1;
        }
      }
      return 0;
    }
  }

  /** The models compiled, or the problems that stopped compilation. */
  public record Result(List<Model> models, List<Problem> problems) {
    public boolean ok() {
      return problems.isEmpty();
    }
  }

  private DrlCompiler() {}

  /** Compiles the sources together; each problem names its source, line and rule. */
  public static Result compile(List<Source> sources) {
    KieServices ks = KieServices.Factory.get();
    ReleaseId release = ks.newReleaseId("org.cjoip.runtime", "pack", "1");
    KieFileSystem files = ks.newKieFileSystem();
    // No kmodule.xml: reading one needs Drools' XML support, and the default base will do.
    files.generateAndWritePomXML(release);
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < sources.size(); i++) {
      // Each source gets its own path so that messages can be traced back to it.
      String path = "src/main/resources/cjoip/pack" + i + ".drl";
      paths.add(path);
      files.write(path, sources.get(i).text().getBytes(StandardCharsets.UTF_8));
    }
    KieBuilder builder = ks.newKieBuilder(files).buildAll(ExecutableModelProject.class);
    List<Message> errors = builder.getResults().getMessages(Message.Level.ERROR);
    if (!errors.isEmpty()) {
      return new Result(List.of(), locate(errors, paths, sources));
    }
    InternalKieModule compiled = (InternalKieModule) builder.getKieModule();
    Collection<Model> models =
        ((CanonicalKieModule) compiled)
            .getModelForKBase(
                (KieBaseModelImpl)
                    compiled.getKieModuleModel().getKieBaseModels().values().iterator().next());
    return new Result(List.copyOf(models), List.of());
  }

  /**
   * Turns Drools' messages into problems in the user's terms. Drools says where a mistake is in
   * one of several ways: a message path and line, a "Line n:m" in the text, the generated Java
   * of a consequence, or only the expression it could not read. Messages that merely echo
   * another ("Parser returned a null Package", the generated source in error) are dropped once
   * their place has been lent to the messages without one.
   */
  private static List<Problem> locate(List<Message> errors, List<String> paths,
      List<Source> sources) {
    List<Place> places = new ArrayList<>();
    Place generated = null;
    for (Message m : errors) {
      String text = m.getText() == null ? "" : m.getText().strip();
      String summary = text.lines().findFirst().orElse("").strip().replaceFirst(",$", "");
      Place place = new Place(summary, -1, 0, 0);
      int index = sourceIndex(m.getPath(), paths);
      if (index >= 0 && m.getLine() > 0) {
        place = new Place(summary, index, m.getLine(), Math.max(0, m.getColumn()));
      }
      Matcher at = LINE.matcher(text);
      if (at.find()) {
        place = new Place(summary, Math.max(0, index), Integer.parseInt(at.group(1)),
            Integer.parseInt(at.group(2)) + 1);
        // The parser's own wording, less the place and rule this problem now names.
        summary = PARSER_NOISE.matcher(summary).replaceAll("").strip();
        summary = summary.replaceFirst(" in rule \"[^\"]*\"$", "");
        place = new Place(summary, place.source, place.line, place.column);
        if (summary.equals("mismatched input 'then'") && index >= 0) {
          // The parser only notices at "then" that a condition above it was left open: shown
          // where the last condition ends, where the ')' is due.
          place = endOfConditions(place, sources.get(index));
        }
      }
      if (text.startsWith("Java source of")) {
        Optional<int[]> traced = traceGenerated(text, sources);
        if (traced.isPresent()) {
          generated = new Place(summary, traced.get()[0], traced.get()[1], 0);
        }
        continue;
      }
      if (summary.equals("Parser returned a null Package")) {
        continue;
      }
      Matcher noClass = NO_CLASS.matcher(summary);
      if (place.source < 0 && noClass.matches()) {
        // Drools says which class a pattern names, not that an import was misspelt.
        Optional<Place> cause = badImport(sources, noClass.group(1));
        String found = summary;
        place = cause.or(() -> findUse(noClass.group(1), sources, found)).orElse(place);
      }
      if (place.source < 0) {
        place = findQuoted(summary, sources).orElse(place);
      }
      if (place.source >= 0 && summary.contains(UNPARSED)) {
        place = unknownMember(place, sources.get(place.source));
      }
      places.add(place);
    }
    if (places.isEmpty() && generated != null) {
      places.add(generated);
    }
    List<Problem> problems = new ArrayList<>();
    for (Place p : places) {
      Place q = p.source < 0 && generated != null
          ? named(p.summary, sources, generated.source, generated.line) : p;
      Source source = q.source < 0 ? null : sources.get(q.source);
      String rule = source == null ? "" : source.ruleAt(q.line)
          .map(r -> "rule \"" + r + "\": ").orElse("");
      problems.add(
          Problem.builder()
              .severity(Problem.Severity.ERROR)
              .source(source == null ? "<rules>" : source.name())
              .line(source == null ? 0 : q.line)
              .column(source == null ? 0 : q.column)
              .pointer("")
              .inTree(false)
              .message(rule + q.summary)
              .build());
    }
    // Each rule that needs a misspelt import says so; the import is shown once.
    return problems.stream().distinct().toList();
  }

  private record Place(String summary, int source, int line, int column) {}

  /**
   * A constraint Drools cannot read because it names no member of the pattern's fact: says so,
   * with the nearest member's name where one is close ("ownerCont": did you mean ownerCount?).
   */
  private static Place unknownMember(Place place, Source source) {
    String[] lines = source.lines();
    if (place.line < 1 || place.line > lines.length) {
      return place;
    }
    String expression = place.summary.substring(place.summary.indexOf(UNPARSED)
        + UNPARSED.length());
    Matcher word = FIRST_WORD.matcher(expression);
    String line = lines[place.line - 1];
    String before = line.substring(0, Math.min(line.length(), Math.max(0, place.column - 1)));
    Matcher type = PATTERN_TYPE.matcher(before);
    String name = null;
    while (type.find()) {
      name = type.group(1);
    }
    if (!word.find() || name == null) {
      return place;
    }
    Optional<Class<?>> fact = imported(source, name);
    if (fact.isEmpty()) {
      return place;
    }
    List<String> members = Members.of(fact.get());
    String member = word.group(1);
    if (members.contains(member)) {
      return place;
    }
    String nearest = Members.nearest(member, members);
    return new Place(place.summary + "; " + name + " has no member " + member
        + (nearest == null ? "" : " (did you mean " + nearest + "?)"), place.source, place.line,
        place.column);
  }

  /** The class a simple name stands for in a source, by its imports. */
  private static Optional<Class<?>> imported(Source source, String simpleName) {
    for (String line : source.lines()) {
      Matcher m = IMPORT.matcher(line);
      if (m.matches() && m.group(1).endsWith("." + simpleName)) {
        return load(m.group(1));
      }
    }
    return Optional.empty();
  }

  /** The class of a name, as the rules' class loader finds it, if it does. */
  private static Optional<Class<?>> load(String className) {
    try {
      return Optional.of(Class.forName(className, false, DrlCompiler.class.getClassLoader()));
    } catch (ClassNotFoundException | LinkageError e) {
      return Optional.empty();
    }
  }

  /** The end of the last line of conditions before a "then" the parser stopped at. */
  private static Place endOfConditions(Place then, Source source) {
    String[] lines = source.lines();
    for (int i = Math.min(then.line, lines.length) - 2; i >= 0; i--) {
      String line = lines[i].stripTrailing();
      if (!line.isBlank() && !comment(line)) {
        return new Place("a condition is not closed before \"then\" (is a ')' missing here?)",
            then.source, i + 1, line.length() + 1);
      }
    }
    return then;
  }

  /**
   * The place in a consequence, from its first line on, of the name a Java compiler error
   * gives; else the consequence's first line at its first word.
   */
  private static Place named(String summary, List<Source> sources, int index, int from) {
    String[] lines = sources.get(index).lines();
    Matcher name = NAMED_IN_JAVA.matcher(summary);
    if (name.find()) {
      String word = name.group(1) != null ? name.group(1) : name.group(2);
      Pattern use = Pattern.compile("\\b" + Pattern.quote(word) + "\\b");
      for (int i = from - 1; i < lines.length && !lines[i].strip().equals("end"); i++) {
        Matcher m = use.matcher(lines[i]);
        if (m.find()) {
          return new Place(summary, index, i + 1, m.start() + 1);
        }
      }
    }
    String first = lines[Math.min(from, lines.length) - 1];
    int column = first.length() - first.stripLeading().length() + 1;
    return new Place(summary, index, from, column);
  }

  /**
   * An import of the sources that names no class, where a pattern's class is not found: the
   * misspelt import is the mistake to show, not the pattern that relies on it.
   */
  private static Optional<Place> badImport(List<Source> sources, String missing) {
    for (int s = 0; s < sources.size(); s++) {
      String[] lines = sources.get(s).lines();
      for (int i = 0; i < lines.length; i++) {
        Matcher m = IMPORT.matcher(lines[i]);
        // A wildcard import (x.y.*) is not matched: it names no one class to look for.
        if (m.matches() && load(m.group(1)).isEmpty()) {
          return Optional.of(new Place("no class " + m.group(1) + " to import, so class "
              + missing + " is not found", s, i + 1, m.start(1) + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The first pattern or expression, outside comments, that names a class not found. */
  private static Optional<Place> findUse(String type, List<Source> sources, String summary) {
    Pattern use = Pattern.compile("\\b" + Pattern.quote(type) + "\\s*\\(");
    for (int s = 0; s < sources.size(); s++) {
      String[] lines = sources.get(s).lines();
      for (int i = 0; i < lines.length; i++) {
        if (comment(lines[i])) {
          continue;
        }
        Matcher m = use.matcher(lines[i]);
        if (m.find()) {
          return Optional.of(new Place(summary, s, i + 1, m.start() + 1));
        }
      }
    }
    return Optional.empty();
  }

  private static int sourceIndex(String path, List<String> paths) {
    if (path == null) {
      return -1;
    }
    for (int i = 0; i < paths.size(); i++) {
      String file = paths.get(i).substring(paths.get(i).lastIndexOf('/') + 1);
      if (path.equals(paths.get(i)) || path.endsWith("/" + file) || path.equals(file)) {
        return i;
      }
    }
    return -1;
  }

  /** The place of the expression a message quotes after its last colon, if a source has it. */
  private static Optional<Place> findQuoted(String summary, List<Source> sources) {
    int colon = summary.lastIndexOf(": ");
    if (colon < 0) {
      return Optional.empty();
    }
    String quoted = squash(summary.substring(colon + 2));
    if (quoted.length() < 3) {
      return Optional.empty();
    }
    for (int s = 0; s < sources.size(); s++) {
      String[] lines = sources.get(s).lines();
      for (int i = 0; i < lines.length; i++) {
        int column = lines[i].indexOf(summary.substring(colon + 2).strip());
        if (!comment(lines[i]) && squash(lines[i]).contains(quoted)) {
          return Optional.of(new Place(summary, s, i + 1, Math.max(0, column) + 1));
        }
      }
    }
    return Optional.empty();
  }

  /** The source index and line of the first statement of the consequence quoted in a message. */
  private static Optional<int[]> traceGenerated(String text, List<Source> sources) {
    Matcher body = GENERATED_BODY.matcher(text);
    if (!body.find()) {
      return Optional.empty();
    }
    // The generated code calls the consequence's own insert(…) and update(…) on drools.
    String first = squash(body.group(1).lines().findFirst().orElse(""))
        .replaceFirst("^drools\\.", "");
    if (first.isEmpty()) {
      return Optional.empty();
    }
    for (int s = 0; s < sources.size(); s++) {
      String[] lines = sources.get(s).lines();
      for (int i = 0; i < lines.length; i++) {
        String candidate = squash(lines[i]);
        if (!candidate.isEmpty() && first.startsWith(candidate)) {
          return Optional.of(new int[] {s, i + 1});
        }
      }
    }
    return Optional.empty();
  }

  /** A line that is only a comment, where no expression a message quotes can be. */
  private static boolean comment(String line) {
    String t = line.stripLeading();
    return t.startsWith("//") || t.startsWith("*") || t.startsWith("/*");
  }

  private static String squash(String line) {
    return line.replaceAll("\\s+", "");
  }
}
