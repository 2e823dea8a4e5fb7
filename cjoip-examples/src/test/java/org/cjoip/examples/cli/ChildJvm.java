package org.cjoip.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code cjoip} in a child JVM with a heap of its own, as an officer's machine runs it:
 * what a heap limit does to a command is judged by its exit code and output, not by a timer.
 */
final class ChildJvm {

  /** What a child JVM printed and returned. */
  record Run(int code, String out, String err) {}

  private ChildJvm() {}

  /**
   * Runs the command with the heap option given ({@code -Xmx256m}); its output and errors go
   * to files in {@code dir}, which the caller's temporary folder removes.
   */
  static Run run(Path dir, String heap, List<String> command) throws Exception {
    List<String> java = new ArrayList<>(List.of(
        Path.of(System.getProperty("java.home"), "bin", "java").toString(), heap,
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    java.addAll(command);
    Path out = Files.createTempFile(dir, "child-", ".out");
    Path err = Files.createTempFile(dir, "child-", ".err");
    ProcessBuilder pb = new ProcessBuilder(java).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().putAll(Map.of("NO_COLOR", "1"));
    Process process = pb.start();
    // Not a measure of speed: a guard, so that a child that waits forever fails the test.
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the child never finished: " + command);
    }
    return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
