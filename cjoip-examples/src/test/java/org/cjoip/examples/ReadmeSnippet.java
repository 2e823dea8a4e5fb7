package org.cjoip.examples;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A README Java example as it must appear in the README: the imports of the class that holds
 * it, a blank line, and the method between its {@code // README:begin} and
 * {@code // README:end} lines, unindented, in a java code block.
 */
final class ReadmeSnippet {

  private ReadmeSnippet() {}

  /** The repository's root, the parent of the module the tests run in. */
  static Path root() {
    return Path.of("").toAbsolutePath().getParent();
  }

  static List<String> imports(Path source) throws IOException {
    return Files.readString(source).lines().filter(l -> l.startsWith("import ")).toList();
  }

  static String method(Path source) throws IOException {
    List<String> lines = Files.readString(source).lines().toList();
    int begin = lines.indexOf("  // README:begin");
    int end = lines.indexOf("  // README:end");
    return lines.subList(begin + 1, end).stream()
        .map(l -> l.length() >= 2 ? l.substring(2) : l)
        .collect(Collectors.joining("\n"));
  }

  static String block(Path source) throws IOException {
    return "```java\n" + String.join("\n", imports(source)) + "\n\n" + method(source)
        + "\n```\n";
  }
}
