package org.cjoip.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.StringWriter;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The README's Java blocks compile exactly as shown, against the libraries alone, and do what
 * the README says.
 */
final class ReadmeJavaTest {

  private static final Pattern BLOCK = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL);
  private static final Pattern CLASS = Pattern.compile("public final class (\\w+) \\{");

  @TempDir
  static Path classes;

  private static URLClassLoader loader;

  @BeforeAll
  static void compileTheReadmeBlocks() throws IOException {
    Path readme = Path.of("").toAbsolutePath().getParent().resolve("README.md");
    Matcher block = BLOCK.matcher(Files.readString(readme));
    List<JavaFileObject> sources = new ArrayList<>();
    while (block.find()) {
      String code = block.group(1);
      Matcher name = CLASS.matcher(code);
      assertThat(name.find()).as("a complete public class:%n%s", code).isTrue();
      sources.add(new SimpleJavaFileObject(
          Path.of(name.group(1) + ".java").toUri(), JavaFileObject.Kind.SOURCE) {
        @Override
        public CharSequence getCharContent(boolean ignoreEncodingErrors) {
          return code;
        }
      });
    }
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    StringWriter diagnostics = new StringWriter();
    boolean compiled = javac.getTask(diagnostics, null, null,
        List.of("-classpath", classPath(), "-d", classes.toString(), "-proc:none"), null,
        sources).call();
    assertThat(diagnostics.toString()).isEmpty();
    assertThat(compiled).isTrue();
    assertThat(sources).hasSize(2);
    loader = new URLClassLoader(new URL[] {classes.toUri().toURL()},
        ReadmeJavaTest.class.getClassLoader());
  }

  @AfterAll
  static void closeTheLoader() throws IOException {
    loader.close();
  }

  /** Surefire names the whole test class path here; java.class.path may be a launcher jar. */
  private static String classPath() {
    String surefire = System.getProperty("surefire.test.class.path");
    return surefire != null ? surefire : System.getProperty("java.class.path", "")
        .replace(File.pathSeparator + File.pathSeparator, File.pathSeparator);
  }

  private static String call(String className, String method, Object... args) throws Exception {
    for (Method m : loader.loadClass(className).getMethods()) {
      if (m.getName().equals(method)) {
        return (String) m.invoke(null, args);
      }
    }
    throw new AssertionError(className + " has no method " + method);
  }

  @Test
  void errors_listsEachErrorOfAPlanFileByPlaceAndKey(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("clackmannanshire.yaml");
    Files.writeString(file, Examples.text("clackmannanshire"));

    String errors = call("AssessFromJava", "errors", file, LocalDate.of(2025, 4, 1));

    // Nine actions not addressed land on one line of the plan; their keys tell them apart.
    assertThat(errors.lines()).hasSize(29).doesNotHaveDuplicates()
        .contains(file + ":42:1 CJ-COV-001/pa=3", file + ":42:1 CJ-COV-001/pa=12",
            file + ":107:5 CJ-LIND-003/outcome=more people access peer support and mentoring")
        .allMatch(l -> l.startsWith(file + ":"));
  }

  @Test
  void findings_listsTheFindingsOfAReturnAgainstItsPlan(@TempDir Path dir) throws Exception {
    Path year = dir.resolve("glenmore-2024-25.yaml");
    Path plan = dir.resolve("glenmore.yaml");
    Files.writeString(year, Examples.text("glenmore-2024-25"));
    Files.writeString(plan, Examples.text("glenmore"));

    String findings = call("CheckReturnFromJava", "findings", year, plan,
        LocalDate.of(2026, 1, 15));

    // Without the year before, nothing compares years: 2024/25 alone is clean.
    assertThat(findings).isEmpty();
  }
}
