package org.cjoip.examples.bench;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * Launches the command line in a fresh JVM: the running jar with {@code java -jar} when cjoip
 * runs from its jar, else the running class path (which is not the shipped jar, so not fit to
 * time a cold start).
 */
final class Launcher {

  /** What a launch did. */
  record Launch(int exitCode, double millis, String stderr) {}

  private static final String MAIN = "org.cjoip.examples.cli.Main";
  private static final long TIMEOUT_MINUTES = 30;

  private final Optional<Path> jar;
  private final String java;

  private Launcher(Optional<Path> jar) {
    this.jar = jar;
    this.java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /** The launcher of the running cjoip. */
  static Launcher current() {
    return new Launcher(runningJar());
  }

  /** The jar cjoip runs from, if it runs from one. */
  Optional<Path> jar() {
    return jar;
  }

  /** The command that runs the CLI with the JVM options and the CLI arguments. */
  List<String> command(List<String> jvmOptions, List<String> arguments) {
    List<String> command = new ArrayList<>();
    command.add(java);
    command.addAll(jvmOptions);
    if (jar.isPresent()) {
      command.add("-jar");
      command.add(jar.get().toString());
    } else {
      command.add("-cp");
      command.add(System.getProperty("java.class.path"));
      command.add(MAIN);
    }
    command.addAll(arguments);
    return command;
  }

  /** Runs a command to its end, its output discarded, and times it from launch to exit. */
  Launch run(List<String> command) throws IOException, InterruptedException {
    Path err = Files.createTempFile("cjoip-bench-", ".err");
    try {
      ProcessBuilder builder = new ProcessBuilder(command)
          .redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(err.toFile());
      long start = System.nanoTime();
      Process process = builder.start();
      if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new IllegalStateException("gave up waiting for " + String.join(" ", command));
      }
      double millis = (System.nanoTime() - start) / 1e6;
      return new Launch(process.exitValue(), millis, Files.readString(err));
    } finally {
      Files.deleteIfExists(err);
    }
  }

  private static Optional<Path> runningJar() {
    try {
      var source = Launcher.class.getProtectionDomain().getCodeSource();
      if (source == null) {
        return Optional.empty();
      }
      Path path = Path.of(source.getLocation().toURI());
      return Files.isRegularFile(path) && path.toString().endsWith(".jar")
          ? Optional.of(path) : Optional.empty();
    } catch (URISyntaxException | IllegalArgumentException | SecurityException e) {
      return Optional.empty();
    }
  }
}
