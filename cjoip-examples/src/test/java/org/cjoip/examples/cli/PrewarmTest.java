package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

final class PrewarmTest {

  @AfterEach
  void forget() {
    Prewarm.forget();
  }

  @Test
  void classNotInitialised_afterMemoryRanOutInTheBackground_isOutOfMemory() {
    NoClassDefFoundError uninitialised = new NoClassDefFoundError("Could not initialize class X");
    assertThat(Main.outOfMemory(uninitialised)).isFalse();

    Prewarm.note(new ExceptionInInitializerError(new OutOfMemoryError("Java heap space")));

    assertThat(Prewarm.memoryRanOut()).isTrue();
    assertThat(Main.outOfMemory(uninitialised)).isTrue();
    assertThat(Main.outOfMemory(new AssertionError("a fault"))).isFalse();
  }

  @Test
  void otherFailureInTheBackground_saysNothingOfMemory() {
    Prewarm.note(new IllegalStateException("the rules do not compile"));

    assertThat(Prewarm.memoryRanOut()).isFalse();
    assertThat(Main.outOfMemory(new NoClassDefFoundError("Could not initialize class X")))
        .isFalse();
  }
}
