package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

final class InputFilesTest {

  /** A stream that never ends, as /dev/zero is. */
  private static final class Endless extends InputStream {
    long read;

    @Override
    public int read() {
      read++;
      return 'a';
    }

    @Override
    public int read(byte[] b, int off, int len) {
      java.util.Arrays.fill(b, off, off + len, (byte) 'a');
      read += len;
      return len;
    }
  }

  private static String onlyMessage(DocumentException e) {
    assertThat(e.problems()).hasSize(1);
    return e.problems().get(0).message();
  }

  @Test
  void readAll_stopsOneByteBeyondTheLimit() {
    Endless endless = new Endless();

    assertThatThrownBy(() -> InputFiles.readAll(endless, "stream", 1_000))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(onlyMessage(e))
            .isEqualTo("the document is larger than the limit of 1000 bytes"));
    assertThat(endless.read).isEqualTo(1_001);
  }

  @Test
  void planReader_refusesAnEndlessStreamHavingReadNoMoreThanTheLimit() {
    Endless endless = new Endless();
    PlanReader reader = PlanReader.of(PlanReader.Options.builder()
        .limits(Limits.builder().maxDocumentBytes(100_000).maxStringLength(1_000_000).build())
        .build());

    assertThatThrownBy(() -> reader.read(endless, "endless.yaml"))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(onlyMessage(e))
            .isEqualTo("the document is larger than the limit of 100000 bytes"));
    assertThat(endless.read).isLessThanOrEqualTo(100_001 + 65_536);
  }

  @Test
  void readAll_readsAWholeFileWithinTheLimit(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("rules.drl");
    Files.writeString(file, "rule \"x\"");

    assertThat(new String(InputFiles.readAll(file, 100, "a DRL file"), StandardCharsets.UTF_8))
        .isEqualTo("rule \"x\"");
  }

  @Test
  void open_refusesByTheSizeTheFileClaims(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("big.json");
    Files.write(file, new byte[101]);

    assertThatThrownBy(() -> InputFiles.open(file, 100, "a plan document"))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(onlyMessage(e))
            .isEqualTo("the document is larger than the limit of 100 bytes"));
  }

  @Test
  void open_refusesSpecialFilesByTheirAttributes(@TempDir Path dir) throws Exception {
    Path loop = dir.resolve("loop");
    Files.createSymbolicLink(loop, loop.getFileName());

    assertThat(message(Path.of("/dev/zero"))).isEqualTo("is a character device, not a plan"
        + " document; only a regular file is read");
    assertThat(message(Path.of("/proc/self/status"))).isEqualTo("is a file the system makes"
        + " up as it is read (/proc or /sys), not a plan document");
    assertThat(message(dir)).isEqualTo("is a directory, not a plan document");
    assertThat(message(loop)).isEqualTo("is a symbolic link that leads round in a loop");
    assertThat(message(dir.resolve("missing"))).isEqualTo("no such file");
  }

  @Test
  void open_refusesALinkToAPipeAsAPipe() throws Exception {
    // A child's standard input is a pipe from this process: /proc/PID/fd/0 leads to it.
    Process child = new ProcessBuilder("cat").start();
    try {
      Path stdin = Path.of("/proc/" + child.pid() + "/fd/0");

      assertThat(message(stdin)).isEqualTo("is a pipe or another file with no name in a"
          + " folder, not a plan document; only a regular file is read");
    } finally {
      child.destroy();
      child.waitFor();
    }
  }

  @Test
  void open_refusesAnEmptyName() {
    assertThatThrownBy(() -> InputFiles.open(Path.of(""), 100, "a plan document"))
        .isInstanceOfSatisfying(DocumentException.class, e -> assertThat(
            e.problems().get(0).describe()).isEqualTo("'': (document): the file name is empty"));
  }

  @Test
  void open_followsALinkToARegularFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("plan.yaml");
    Files.writeString(file, "title: x\n");
    Path link = Files.createSymbolicLink(dir.resolve("link.yaml"), file.getFileName());

    try (InputStream in = InputFiles.open(link, 100, "a plan document")) {
      assertThat(in.readAllBytes()).isEqualTo("title: x\n".getBytes(StandardCharsets.UTF_8));
    }
  }

  @Test
  void bounded_failsTheReadPastTheLimit() throws IOException {
    InputStream in = InputFiles.bounded(new ByteArrayInputStream(new byte[10]), 9);

    assertThat(in.readNBytes(9)).hasSize(9);
    assertThatThrownBy(in::read).isInstanceOf(IOException.class)
        .hasMessage("the document is larger than the limit of 9 bytes");
  }

  private static String message(Path file) {
    try (InputStream in = InputFiles.open(file, 1_000, "a plan document")) {
      throw new AssertionError(file + " was opened");
    } catch (DocumentException e) {
      return onlyMessage(e);
    } catch (IOException e) {
      throw new AssertionError(e);
    }
  }
}
