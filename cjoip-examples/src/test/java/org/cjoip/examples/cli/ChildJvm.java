package org.cjoip.examples.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code cjoip} in a child JVM with a heap of its own, as an officer's machine runs it:
 * what a heap limit does to a command is judged by its exit code and output, not by a timer.
 *
 * <p>{@link #run} starts the real launcher, {@link Main#main}, for what only it shows: the
 * process's exit code, standard output that fails. {@link #runEach} runs many command lines one
 * after another in one child, each through {@link Main#run} with output and errors of its own,
 * where the heap is the point and not the launcher: a JVM started once, not once per case.
 */
final class ChildJvm {

  /** What a child JVM printed and returned. */
  record Run(int code, String out, String err) {}

  /** Separates the arguments of one command line in the list a child reads. */
  private static final String SEPARATOR = "\0";

  private ChildJvm() {}

  /**
   * Runs the command with the heap option given ({@code -Xmx256m}); its output and errors go
   * to files in {@code dir}, which the caller's temporary folder removes.
   */
  static Run run(Path dir, String heap, List<String> command) throws Exception {
    Path out = Files.createTempFile(dir, "child-", ".out");
    Path err = Files.createTempFile(dir, "child-", ".err");
    int code = start(List.of(heap), Main.class, command, out, err);
    return new Run(code, Files.readString(out), Files.readString(err));
  }

  /**
   * Runs each command, in order, in one child JVM with the options given ({@code -Xmx256m}):
   * what a run of {@code cjoip} with that command line would print and return. A command
   * starts when the one before it has ended, so each has the whole heap but what the JVM
   * keeps from one to the next (the rule base, as a batch keeps it).
   */
  static List<Run> runEach(Path dir, List<String> options, List<List<String>> commands)
      throws Exception {
    List<String> lines = new ArrayList<>();
    List<Path[]> files = new ArrayList<>();
    for (List<String> command : commands) {
      Path out = Files.createTempFile(dir, "child-", ".out");
      Path err = Files.createTempFile(dir, "child-", ".err");
      files.add(new Path[] {out, err});
      List<String> fields = new ArrayList<>(List.of(out.toString(), err.toString()));
      for (String arg : command) {
        if (arg.contains(SEPARATOR) || arg.contains("\n")) {
          throw new IllegalArgumentException("an argument of one line, please: " + arg);
        }
        fields.add(arg);
      }
      lines.add(String.join(SEPARATOR, fields));
    }
    Path list = Files.createTempFile(dir, "child-", ".commands");
    Files.write(list, lines);
    Path codes = Files.createTempFile(dir, "child-", ".codes");
    Path out = Files.createTempFile(dir, "child-", ".out");
    Path err = Files.createTempFile(dir, "child-", ".err");

    int code = start(options, Each.class, List.of(list.toString(), codes.toString()), out, err);

    // Each command's output has a file of its own: whatever else reaches the JVM's streams
    // (a warning of the JVM, a log line) is a fault of the run.
    if (code != 0 || !Files.readString(out).isEmpty() || !Files.readString(err).isEmpty()) {
      throw new AssertionError("the child JVM failed, exit " + code + ": "
          + Files.readString(out) + Files.readString(err));
    }
    List<String> exits = Files.readAllLines(codes);
    List<Run> runs = new ArrayList<>();
    for (int i = 0; i < commands.size(); i++) {
      runs.add(new Run(Integer.parseInt(exits.get(i)), Files.readString(files.get(i)[0]),
          Files.readString(files.get(i)[1])));
    }
    return List.copyOf(runs);
  }

  private static final List<String> CHEAP =
      List.of("-XX:TieredStopAtLevel=1", "-XX:ParallelGCThreads=1", "-XX:ConcGCThreads=1");

  private static int start(List<String> options, Class<?> main, List<String> arguments,
      Path out, Path err) throws Exception {
    List<String> java = new ArrayList<>();
    java.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    // A child runs a few commands and ends: the quick compiler alone and one collector thread
    // spend less of the machine's cores, which the test JVM beside it needs. The collector is
    // the one an officer's machine chooses, so a heap limit means what it means there.
    java.addAll(CHEAP);
    java.addAll(options);
    java.addAll(List.of("-cp", System.getProperty("java.class.path"), main.getName()));
    java.addAll(arguments);
    ProcessBuilder pb = new ProcessBuilder(java).redirectOutput(out.toFile())
        .redirectError(err.toFile());
    pb.environment().putAll(Map.of("NO_COLOR", "1"));
    Process process = pb.start();
    // Not a measure of speed: a guard, so that a child that waits forever fails the test.
    if (!process.waitFor(10, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new AssertionError("the child never finished: " + arguments);
    }
    return process.exitValue();
  }

  /**
   * The child of {@link #runEach}: reads the list of command lines, each with the files its
   * output and errors go to, runs them in order and writes each one's exit code on a line of
   * the file of codes.
   */
  static final class Each {

    private Each() {}

    public static void main(String[] args) throws IOException {
      try (PrintWriter codes = new PrintWriter(Files.newBufferedWriter(Path.of(args[1])))) {
        for (String line : Files.readAllLines(Path.of(args[0]))) {
          String[] fields = line.split(SEPARATOR, -1);
          try (PrintWriter out = new PrintWriter(Files.newBufferedWriter(Path.of(fields[0])));
              PrintWriter err = new PrintWriter(Files.newBufferedWriter(Path.of(fields[1])))) {
            codes.println(Main.run(Arrays.copyOfRange(fields, 2, fields.length), out, err));
          }
        }
      }
    }
  }
}
