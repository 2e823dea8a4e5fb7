package org.cjoip.model.workbook;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.cjoip.model.framework.Direction;
import org.cjoip.model.framework.Unit;
import org.cjoip.model.plan.Priority;
import org.cjoip.model.plan.Status;
import org.cjoip.model.plan.StatutoryPartner;
import org.junit.jupiter.api.Test;

final class WordsTest {

  private final Words words = Words.standard();

  private static List<String> names(Class<? extends Enum<?>> type) {
    return Arrays.stream(type.getEnumConstants()).map(Enum::name).toList();
  }

  @Test
  void everySet_namesExactlyTheValuesOfItsEnum() {
    assertThat(words.set("priority").values()).isEqualTo(names(Priority.class));
    assertThat(words.set("status").values()).isEqualTo(names(Status.class));
    assertThat(words.set("unit").values()).isEqualTo(names(Unit.class));
    assertThat(words.set("direction").values()).isEqualTo(names(Direction.class));
    assertThat(words.statutoryPartners().values()).isEqualTo(names(StatutoryPartner.class));
    assertThat(words.yesNo().values()).containsExactly("true", "false");
  }

  @Test
  void value_matchesWordsAsPeopleWriteThem() {
    assertThat(words.set("priority").value(" must-have ")).contains("MUST");
    assertThat(words.set("priority").value("Won\u2019t")).contains("WONT");
    assertThat(words.set("status").value("Not started")).contains("NOT_STARTED");
    assertThat(words.set("status").value("in_progress")).contains("IN_PROGRESS");
    assertThat(words.statutoryPartners().value("police scotland")).contains("POLICE_SCOTLAND");
    assertThat(words.statutoryPartners().value("COPFS")).contains("SCOTTISH_MINISTERS");
    assertThat(words.yesNo().value("Y")).contains("true");
    assertThat(words.set("priority").value("Urgent")).isEmpty();
  }

  @Test
  void preferred_isTheWordTheTemplateOffers() {
    assertThat(words.statutoryPartners().preferred("HEALTH_BOARD")).isEqualTo("Health board");
    assertThat(words.set("priority").preferred("MUST")).isEqualTo("MUST");
    assertThat(words.yesNo().preferred("false")).isEqualTo("No");
  }
}
