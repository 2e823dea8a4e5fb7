package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import org.cjoip.model.framework.Aim;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Edition;
import org.cjoip.model.framework.Measure;
import org.cjoip.model.framework.PriorityAction;
import org.cjoip.model.framework.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

final class EditionReaderTest {

  private static final String FIXTURES = "/org/cjoip/model/framework/";

  private static Edition read(String resource) throws DocumentException, IOException {
    try (InputStream in = EditionReaderTest.class.getResourceAsStream(FIXTURES + resource)) {
      return Frameworks.read(in, resource);
    }
  }

  private static DocumentException failure(String resource) throws IOException {
    try {
      read(resource);
    } catch (DocumentException e) {
      return e;
    }
    throw new AssertionError("expected " + resource + " to be refused");
  }

  @Test
  void read_minimalEdition() throws Exception {
    Edition e = read("good-minimal.json");

    assertThat(e.id()).isEqualTo("test-2024");
    assertThat(e.published()).isEqualTo(LocalDate.of(2024, 1, 31));
    assertThat(e.inForce()).isEmpty();
    assertThat(e.aims()).extracting(Aim::number).containsExactly(1, 2);
    assertThat(e.priorityActions()).extracting(PriorityAction::aim).containsExactly(1, 1, 2, 2);
    assertThat(e.outcomeFor(1).orElseThrow().indicator().orElseThrow().measures())
        .extracting(Measure::id, Measure::unit, Measure::direction)
        .containsExactly(tuple("T-M1.1", Unit.COUNT, Direction.INCREASE));
    assertThat(e.provenance().reconstruction()).isFalse();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          unknown-field.json | 23 | 19 | /outcomes/0/indicatr | unknown field 'indicatr'; \
          expected one of: id, priorityAction, text, clauses, category, indicator, provenance
          missing-id.json | 1 | 1 | '' | missing required field 'id' (text)
          duplicate-pa-number.json | 15 | 17 | /priorityActions/2/number | priority action 2 \
          is given twice (first at /priorityActions/1)
          unknown-aim.json | 16 | 27 | /priorityActions/3/aim | priority action 4 names aim 9, \
          which this edition does not have (its aims: 1, 2)
          duplicate-key.json | 6 | 3 | /title | duplicate key 'title'
          malformed.json | 7 | 3 | /published | malformed JSON: unexpected '"': a comma is \
          missing between two fields
          wrong-type.json | 14 | 17 | /priorityActions/1/number | expected a whole number \
          from 1 to 13, found text
          bad-unit.json | 30 | 21 | /outcomes/0/indicator/measures/0/unit | expected one of \
          COUNT, PERCENT, RATE, found 'DAYS'
          blank-text.json | 22 | 15 | /outcomes/0/text | must not be blank
          format-version.json | 2 | 20 | /formatVersion | unsupported edition format version 2; \
          this library reads version 1
          outcome-of-unknown-action.json | 21 | 25 | /outcomes/0/priorityAction | outcome T-O1 \
          names priority action 14, which this edition does not have (its priority actions: \
          1, 2, 3, 4)
          missing-provenance.json | 10 | 5 | /aims/1 | missing required field 'provenance' \
          (an object with source, and optionally location, reconstruction and note)
          reporting-day.json | 44 | 14 | /reporting/returnToCjs/day | expected a day that \
          September has, found 31
          """)
  void read_refusesBadEdition_withLocatedProblem(
      String file, int line, int column, String pointer, String message) throws Exception {
    DocumentException e = failure("bad/" + file);

    assertThat(e.problems())
        .extracting(
            Problem::severity, Problem::source, Problem::line, Problem::column, Problem::pointer,
            Problem::message)
        .containsExactly(
            tuple(Problem.Severity.ERROR, Optional.of("bad/" + file), line, column,
                pointer, message));
  }

  @Test
  void read_reportsEveryProblemInDocumentOrder() throws Exception {
    DocumentException e = failure("bad/several.json");

    assertThat(e.problems())
        .extracting(Problem::line, Problem::column, Problem::pointer, Problem::message)
        .containsExactly(
            tuple(6, 16, "/published",
                "expected a date as YYYY-MM-DD that exists, found '2024-02-30'"),
            tuple(30, 21, "/outcomes/0/indicator/measures/0/unit",
                "expected one of COUNT, PERCENT, RATE, found 'DAYS'"));
    assertThat(e.getMessage())
        .isEqualTo("bad/several.json:6:16: /published: expected a date as YYYY-MM-DD that"
            + " exists, found '2024-02-30' (and 1 more)");
  }

  @Test
  void read_reportingCalendarWithoutPublicationAndAZeroThreshold() throws Exception {
    DocumentException e = failure("bad/reporting-missing-publication.json");

    assertThat(e.problems())
        .extracting(Problem::line, Problem::column, Problem::pointer, Problem::message)
        .containsExactly(
            tuple(40, 16, "/reporting", "missing required field 'publication' (the s23"
                + " publication deadline: an object with month, day and provenance)"),
            tuple(41, 34, "/reporting/disclosure/threshold", "expected a disclosure threshold"
                + " (a whole number of 1 or more), found 0"));
  }

  @Test
  void load_missingFile_isAProblem(@TempDir Path dir) {
    Path missing = dir.resolve("nowhere.json");
    try {
      Frameworks.load(missing);
      throw new AssertionError("expected a DocumentException");
    } catch (DocumentException e) {
      assertThat(e.problems())
          .extracting(Problem::line, Problem::column, Problem::pointer, Problem::message)
          .containsExactly(tuple(0, 0, "", "no such file"));
    }
  }

  @Test
  void load_readsAFile(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("mine.json");
    try (InputStream in = getClass().getResourceAsStream(FIXTURES + "good-minimal.json")) {
      Files.write(file, in.readAllBytes());
    }

    assertThat(Frameworks.load(file)).isEqualTo(read("good-minimal.json"));
  }

  @Test
  void read_yamlByName() throws Exception {
    String yaml =
        """
        formatVersion: 1
        id: test-2024
        title: Test framework
        publisher: Test publisher
        published: 2024-01-31
        provenance: { source: Test source }
        outcomes:
          - id: T-O1
            text: More people do one
            provenance: { source: Test source }
            extra: 1
        """;

    DocumentException e = readFailure(yaml, "mine.yaml");

    assertThat(e.problems())
        .extracting(Problem::line, Problem::column, Problem::pointer, Problem::message)
        .containsExactly(tuple(11, 12, "/outcomes/0/extra",
            "unknown field 'extra'; expected one of: id, priorityAction, text, clauses, category,"
                + " indicator, provenance"));
  }

  private static DocumentException readFailure(String text, String name) {
    try {
      Frameworks.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), name);
    } catch (DocumentException e) {
      return e;
    }
    throw new AssertionError("expected " + name + " to be refused");
  }
}
