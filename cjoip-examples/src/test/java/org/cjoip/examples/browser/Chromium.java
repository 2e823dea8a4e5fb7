package org.cjoip.examples.browser;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A headless Chromium started for a test and driven over the Chrome DevTools Protocol through
 * the JDK's own WebSocket client: no driver, no download, no version coupling. Closing it kills
 * the browser and deletes its throw-away profile. Every wait has a time limit.
 */
final class Chromium implements AutoCloseable {

  /** Where Debian's {@code chromium} package installs the browser. */
  static final Path DEFAULT = Path.of("/usr/bin/chromium");

  /**
   * How long to wait for the browser before calling it hung: a guard against a hang, not a
   * measure of speed, so generous enough for a shared machine under heavy load (a screenshot
   * has taken over 60 s at a load average of 30 on two cores).
   */
  static final Duration TIMEOUT = Duration.ofSeconds(300);

  private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://\\S+)");

  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;

  private final Path profile;

  private final WebSocket socket;

  private final AtomicInteger ids = new AtomicInteger();

  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();

  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  /** The browser's stderr so far, for failure messages; its reader thread keeps adding. */
  private final List<String> stderr;

  private Chromium(Process process, Path profile, WebSocket socket, List<String> stderr) {
    this.process = process;
    this.profile = profile;
    this.socket = socket;
    this.stderr = stderr;
  }

  /** The browser this machine has: the {@code cjoip.chromium} property, or Debian's path. */
  static Path executable() {
    return Path.of(System.getProperty("cjoip.chromium", DEFAULT.toString()));
  }

  static Chromium start(Path executable) throws IOException {
    Path profile = Files.createTempDirectory("cjoip-chromium-");
    List<String> command = List.of(executable.toString(), "--headless", "--no-sandbox",
        "--disable-gpu", "--disable-quic", "--no-first-run", "--no-default-browser-check",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-extensions", "--disable-default-apps", "--mute-audio", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "about:blank");
    Process process = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
    List<String> lines = new CopyOnWriteArrayList<>();
    CompletableFuture<String> url = new CompletableFuture<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader in = new BufferedReader(
          new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
        String line;
        while ((line = in.readLine()) != null) {
          lines.add(line);
          Matcher m = LISTENING.matcher(line);
          if (m.find()) {
            url.complete(m.group(1));
          }
        }
      } catch (IOException e) {
        url.completeExceptionally(e);
      }
      url.completeExceptionally(new IOException("Chromium exited before it listened"));
    }, "chromium-stderr");
    reader.setDaemon(true);
    reader.start();
    String ws;
    try {
      ws = url.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      deleteTree(profile);
      throw new IOException("Chromium at " + executable + " did not report its DevTools address"
          + " within " + TIMEOUT.toSeconds() + " s; its stderr:\n" + String.join("\n", lines), e);
    }
    Listener listener = new Listener();
    WebSocket socket;
    try {
      socket = HttpClient.newHttpClient().newWebSocketBuilder()
          .connectTimeout(TIMEOUT)
          .buildAsync(URI.create(ws), listener)
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException | ExecutionException | TimeoutException e) {
      process.destroyForcibly();
      deleteTree(profile);
      throw new IOException("could not connect to Chromium's DevTools at " + ws, e);
    }
    Chromium chromium = new Chromium(process, profile, socket, lines);
    listener.owner = chromium;
    return chromium;
  }

  /** A new tab, attached in flat mode so that its commands and events carry its session id. */
  Tab open() {
    String target = call(null, "Target.createTarget", Map.of("url", "about:blank"))
        .get("targetId").asText();
    String session = call(null, "Target.attachToTarget",
        Map.of("targetId", target, "flatten", true)).get("sessionId").asText();
    return new Tab(target, session);
  }

  /** One tab of the browser: commands to it and the events it sends. */
  final class Tab implements AutoCloseable {

    final String target;

    final String session;

    private Tab(String target, String session) {
      this.target = target;
      this.session = session;
    }

    JsonNode call(String method, Map<String, ?> params) {
      return Chromium.this.call(session, method, params);
    }

    /** The events of this tab so far with the given method, in the order they came. */
    List<JsonNode> events(String method) {
      return Chromium.this.events.stream()
          .filter(e -> session.equals(e.path("sessionId").asText()))
          .filter(e -> method.equals(e.path("method").asText()))
          .map(e -> e.path("params"))
          .toList();
    }

    /** Waits for an event of this tab with the given method. */
    JsonNode await(String method) {
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (System.nanoTime() < deadline) {
        List<JsonNode> found = events(method);
        if (!found.isEmpty()) {
          return found.get(0);
        }
        try {
          Thread.sleep(20);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted waiting for " + method, e);
        }
      }
      throw new IllegalStateException("no " + method + " within " + TIMEOUT.toSeconds() + " s");
    }

    /** Evaluates a JavaScript expression in the page and returns its value as JSON. */
    JsonNode evaluate(String expression) {
      JsonNode r = call("Runtime.evaluate",
          Map.of("expression", expression, "returnByValue", true, "awaitPromise", true));
      if (r.has("exceptionDetails")) {
        throw new IllegalStateException("the expression failed in the page: "
            + r.get("exceptionDetails").toPrettyString());
      }
      return r.path("result").path("value");
    }

    @Override
    public void close() {
      Chromium.this.call(null, "Target.closeTarget", Map.of("targetId", target));
    }
  }

  JsonNode call(String session, String method, Map<String, ?> params) {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode();
    message.put("id", id);
    message.put("method", method);
    message.set("params", JSON.valueToTree(params));
    if (session != null) {
      message.put("sessionId", session);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    JsonNode answer;
    try {
      socket.sendText(message.toString(), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      answer = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted during " + method, e);
    } catch (ExecutionException | TimeoutException e) {
      throw new IllegalStateException("Chromium did not answer " + method + " within "
          + TIMEOUT.toSeconds() + " s; its stderr:\n" + String.join("\n", stderr), e);
    } finally {
      pending.remove(id);
    }
    if (answer.has("error")) {
      throw new IllegalStateException(method + " failed: " + answer.get("error"));
    }
    return answer.path("result");
  }

  private void receive(String text) {
    JsonNode message;
    try {
      message = JSON.readTree(text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (message.has("id")) {
      CompletableFuture<JsonNode> reply = pending.get(message.get("id").asInt());
      if (reply != null) {
        reply.complete(message);
      }
    } else {
      events.add(message);
    }
  }

  @Override
  public void close() {
    try {
      socket.abort();
    } finally {
      process.destroy();
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
      // Helper processes of the browser: none may outlive the test.
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      deleteTree(profile);
    }
  }

  private static void deleteTree(Path root) {
    // The browser's helpers may still be writing to the profile as they die: a file can go
    // while the tree is walked (an UncheckedIOException from the walk) or come after it, so
    // the tree is walked again until it is gone, a few times at most.
    for (int pass = 0; pass < 5 && Files.exists(root); pass++) {
      try (Stream<Path> paths = Files.walk(root)) {
        List<Path> all = new ArrayList<>(paths.sorted(Comparator.reverseOrder()).toList());
        for (Path p : all) {
          Files.deleteIfExists(p);
        }
      } catch (IOException | UncheckedIOException e) {
        // Walked again in the next pass; the directory is a temporary one.
      }
    }
  }

  /** Collects WebSocket text frames into messages and hands them over. */
  private static final class Listener implements WebSocket.Listener {

    private final StringBuilder partial = new StringBuilder();

    // Set before the first command is sent, so before any message can arrive.
    private volatile Chromium owner;

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
      partial.append(data);
      if (last) {
        String text = partial.toString();
        partial.setLength(0);
        owner.receive(text);
      }
      webSocket.request(1);
      return null;
    }
  }
}
