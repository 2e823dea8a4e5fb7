package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.util.List;
import org.junit.jupiter.api.Test;

final class OpenQuoteTest {

  private static final String HEAD = "formatVersion: 1\ntitle: Test\nframework: cjpf-2023\n"
      + "partnership:\n  name: Testshire\npriorityActions:\n  - number: 1\n"
      + "    deliverables:\n      - id: \"1.1\"\n";

  private static List<String> problems(String text) {
    DocumentException e = catchThrowableOfType(
        () -> PlanReader.standard().read(text, "plan.yaml"), DocumentException.class);
    return e.problems().stream().map(Problem::describe).toList();
  }

  @Test
  void quoteLeftOpen_isLocatedWhereItOpens() {
    String text = HEAD
        + "        description: \"Print a diversion leaflet for families.\n"
        + "        priority: SHOULD\n"
        + "        owners: [\"Community Justice Co-ordinator\"]\n";

    assertThat(problems(text)).containsExactly("plan.yaml:10:22:"
        + " /priorityActions/0/deliverables/0/description: malformed YAML: the quote opened here"
        + " is not closed on its line, so the text runs on to line 12; end the line with a"
        + " closing quote");
  }

  @Test
  void quoteNeverClosed_isLocatedWhereItOpens() {
    String text = HEAD.replace("id: \"1.1\"", "id: \"1.1")
        + "        description: Print a leaflet.\n        priority: SHOULD\n";

    assertThat(problems(text)).containsExactly("plan.yaml:9:13:"
        + " /priorityActions/0/deliverables/0/id: malformed YAML: the quote opened here is not"
        + " closed on its line, so the text runs on to the end of the document; end the line"
        + " with a closing quote");
  }

  @Test
  void quotedTextOverTwoLines_thenIndentationOutOfStep_isNotBlamedOnTheQuote() {
    String text = HEAD
        + "        description: \"Print a leaflet\n          for families.\"\n"
        + "       priority: SHOULD\n";

    assertThat(problems(text)).containsExactly("plan.yaml:12:8:"
        + " /priorityActions/0/deliverables: malformed YAML: the indentation is out of step: a"
        + " line is indented more or less than the others at its level");
  }
}
