package org.cjoip.examples.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs the command line in a child JVM with a heap of a given size: how the tests show that an
 * input is handled, or refused, within the memory the documentation promises, judged by exit
 * code and output.
 */
final class ChildJvm {

  /** What a child JVM printed and returned. */
  record Child(int code, String out, String err) {}

  private ChildJvm() {}

  /**
   * Runs {@code cjoip} with the arguments in a JVM of the heap ({@code -Xmx256m}), its output
   * kept in files in the directory.
   */
  static Child run(Path dir, String heap, List<String> command) throws Exception {
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
    return new Child(process.exitValue(), Files.readString(out), Files.readString(err));
  }
}
