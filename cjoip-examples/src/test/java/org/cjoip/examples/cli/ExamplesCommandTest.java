package org.cjoip.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.cjoip.examples.Examples;
import org.junit.jupiter.api.Test;

final class ExamplesCommandTest {

  @Test
  void show_printsEachExampleExactlyAsBundled() throws Exception {
    for (String name : Examples.ALL) {
      MainTest.Run r = MainTest.run("examples", "show", name);
      String directory = Examples.RETURNS.contains(name) ? "returns" : "plans";

      assertThat(r.code()).as(name).isZero();
      assertThat(r.err()).as(name).isEmpty();
      assertThat(r.out()).as(name)
          .isEqualTo(Files.readString(Path.of(directory, name + ".yaml")));
    }
  }

  @Test
  void show_keepsTheHeaderCommentThatRecordsTheEncoding() {
    MainTest.Run r = MainTest.run("examples", "show", "perth-and-kinross");

    assertThat(r.out()).startsWith("# Perth and Kinross Community Justice Outcomes Improvement"
        + " Plan 2023 – 2028\n# Source: perth-and-kinross-cjoip-2023-2028.txt");
  }

  @Test
  void show_acceptsTheNameAsTheListGivesIt() {
    MainTest.Run r = MainTest.run("examples", "show", "example:ayrshire");

    assertThat(r.code()).isZero();
    assertThat(r.out()).isEqualTo(Examples.text("ayrshire"));
  }

  @Test
  void show_unknownNameIsAUsageErrorListingTheNames() {
    MainTest.Run r = MainTest.run("examples", "show", "nowhere");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).isEqualTo("cjoip: no example named 'nowhere'; examples:"
        + " perth-and-kinross, ayrshire, clackmannanshire, glenmore, glenmore-2023-24,"
        + " glenmore-2024-25\n");
  }

  @Test
  void show_withoutANameIsAUsageError() {
    MainTest.Run r = MainTest.run("examples", "show");

    assertThat(r.code()).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).startsWith("cjoip: Missing required parameter: 'NAME'\n");
  }

  @Test
  void examples_stillListsTheExamplesWithoutASubcommand() {
    MainTest.Run r = MainTest.run("examples");

    assertThat(r.code()).isZero();
    assertThat(r.out().lines().map(l -> l.substring(0, l.indexOf(' '))))
        .containsExactly("example:perth-and-kinross", "example:ayrshire",
            "example:clackmannanshire", "example:glenmore", "example:glenmore-2023-24",
            "example:glenmore-2024-25");
  }
}
