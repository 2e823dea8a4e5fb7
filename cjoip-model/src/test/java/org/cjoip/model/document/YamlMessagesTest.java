package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The YAML reader's hints: each written with the document's own words, as the fix. */
final class YamlMessagesTest {

  private static final String HEAD = "formatVersion: 1\nframework: cjpf-2023\n"
      + "partnership: {name: P}\n";

  private static Problem problemOf(String yaml) {
    try {
      PlanReader.standard().read(HEAD + yaml, "plan.yaml");
    } catch (DocumentException e) {
      assertThat(e.problems()).hasSize(1);
      return e.problems().get(0);
    }
    throw new AssertionError("read: " + yaml);
  }

  @Test
  void read_colonInAValueQuotesTheOfficersOwnLine() {
    Problem p = problemOf("title: T\npriorityActions:\n  - number: 1\n    deliverables:\n"
        + "      - id: \"1.1\"\n        description: Meet: monthly   # the board asked\n");

    assertThat(p.line()).isEqualTo(9);
    assertThat(p.column()).isEqualTo(26);
    assertThat(p.message()).isEqualTo("malformed YAML: a colon followed by a space inside a"
        + " value; put text that holds \": \" in quotes (description: \"Meet: monthly\")");
  }

  @Test
  void read_colonInAValueQuotesTheLineWholeToPaste() {
    Problem p = problemOf("title: Strathglen Community Justice Partnership: Outcome"
        + " Improvement Plan 2025 to 2030\n");

    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isEqualTo(48);
    assertThat(p.message()).isEqualTo("malformed YAML: a colon followed by a space inside a"
        + " value; put text that holds \": \" in quotes (title: \"Strathglen Community Justice"
        + " Partnership: Outcome Improvement Plan 2025 to 2030\")");
  }

  @Test
  void read_colonInAVeryLongValueCutsAtAWordOutsideTheQuotes() {
    String words = "Print a leaflet: for families, in plain English, with the help of the"
        + " partners and people with lived experience of the justice system";
    Problem p = problemOf("title: " + words + "\n");

    assertThat(p.message()).isEqualTo("malformed YAML: a colon followed by a space inside a"
        + " value; put text that holds \": \" in quotes (title: \"Print a leaflet: for families,"
        + " in plain English, with the help of the partners and people with lived\" …)");
  }

  @Test
  void read_colonInAListItemKeepsTheDash() {
    Problem p = problemOf("title: T\npriorityActions:\n  - number: 1\n    deliverables:\n"
        + "      - id: \"1.1\"\n        owners:\n          - name: Police: Scotland\n");

    assertThat(p.line()).isEqualTo(10);
    assertThat(p.column()).isEqualTo(25);
    assertThat(p.message()).isEqualTo("malformed YAML: a colon followed by a space inside a"
        + " value; put text that holds \": \" in quotes (- name: \"Police: Scotland\")");
  }

  @Test
  void read_idWithALeadingZeroIsToBeQuoted() {
    Problem p = problemOf("title: T\npriorityActions:\n  - number: 1\n    deliverables:\n"
        + "      - id: 011\n        description: D\n");

    assertThat(p.line()).isEqualTo(8);
    assertThat(p.column()).isEqualTo(13);
    assertThat(p.pointer()).isEqualTo("/priorityActions/0/deliverables/0/id");
    assertThat(p.message()).isEqualTo("quote it: id: \"011\" (an id is text; unquoted, 011"
        + " reads as a number)");
  }

  @Test
  void read_numberWithALeadingZeroIsWrittenWithout() {
    Problem p = problemOf("title: T\npriorityActions:\n  - number: 011\n");

    assertThat(p.line()).isEqualTo(6);
    assertThat(p.column()).isEqualTo(13);
    assertThat(p.message()).isEqualTo("write 11, not 011: a number has no leading zero");
  }

  @Test
  void read_numberInAListOfTextsIsQuotedWithoutAKey() {
    Problem p = problemOf("title: T\npriorityActions:\n  - number: 1\n    deliverables:\n"
        + "      - id: \"1.1\"\n        description: D\n        owners: [Police, 1.50]\n");

    assertThat(p.line()).isEqualTo(10);
    assertThat(p.column()).isEqualTo(26);
    assertThat(p.pointer()).isEqualTo("/priorityActions/0/deliverables/0/owners/1");
    assertThat(p.message()).isEqualTo("expected text, found a number; quote it: \"1.50\"");
  }
}
