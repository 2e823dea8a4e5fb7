package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cjoip.model.plan.Deliverable;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanArbitraries;

/**
 * Writing a plan and reading it back gives back an equal plan, in both formats; text that a
 * YAML tool would read as something else when unquoted is written quoted.
 */
final class PlanWriterProperties {

  private final PlanReader reader = PlanReader.standard();

  @Provide
  Arbitrary<Plan> plans() {
    return PlanArbitraries.plans();
  }

  @Property(tries = 60)
  void toJson_readBackIsEqual(@ForAll("plans") Plan plan) throws DocumentException {
    PlanDocument read = reader.read(PlanWriter.toJson(plan), "plan.json");

    assertThat(read.plan()).isEqualTo(plan);
    assertThat(read.format()).isEqualTo(Format.JSON);
    assertThat(read.warnings()).isEmpty();
  }

  @Property(tries = 60)
  void toYaml_readBackIsEqual(@ForAll("plans") Plan plan) throws DocumentException {
    PlanDocument read = reader.read(PlanWriter.toYaml(plan), "plan.yaml");

    assertThat(read.plan()).isEqualTo(plan);
    assertThat(read.format()).isEqualTo(Format.YAML);
    assertThat(read.warnings()).isEmpty();
  }

  @Property(tries = 30)
  void toYaml_writesWhatToJsonWrites(@ForAll("plans") Plan plan) throws DocumentException {
    Plan fromYaml = reader.read(PlanWriter.toYaml(plan), "plan.yaml").plan();
    Plan fromJson = reader.read(PlanWriter.toJson(plan), "plan.json").plan();

    assertThat(PlanWriter.toJson(fromYaml)).isEqualTo(PlanWriter.toJson(fromJson));
  }

  /**
   * Text shaped like a YAML scalar that is no text: core-schema numbers, nulls and booleans,
   * the YAML 1.1 numbers this reader refuses, and YAML 1.1 booleans and base-60 numbers.
   */
  @Provide
  Arbitrary<String> scalarLikeTexts() {
    Arbitrary<String> fixed = Arbitraries.of("1e5", "1E5", "1.5e3", "-2e-3", ".5", "5.", "+7",
        "0x1F", "-0x1f", "0o17", "0b11", "1_000", "1_0.5", ".inf", "-.inf", "+.Inf", ".nan",
        ".NaN", "~", "null", "Null", "", "true", "False", "yes", "No", "on", "OFF", "y", "N",
        "1:10", "-1:30:00", "011", "0", "-0.0", "1e2147483647");
    Arbitrary<String> sign = Arbitraries.of("", "-", "+");
    Arbitrary<String> digits = Arbitraries.strings().numeric().ofMinLength(1).ofMaxLength(6);
    Arbitrary<String> numbers = Combinators.combine(sign, digits, Arbitraries.of(
        "", ".", "e", "E+", "e-", "_", ".5e"), digits).as((a, b, c, d) -> a + b + c + d);
    Arbitrary<String> radix = Combinators.combine(sign, Arbitraries.of("0x", "0o", "0b"),
        Arbitraries.strings().withChars("01_").ofMinLength(1).ofMaxLength(6))
        .as((a, b, c) -> a + b + c);
    return Arbitraries.oneOf(fixed, numbers, radix);
  }

  @Property(tries = 200)
  void toYaml_textShapedLikeAnotherScalarReadsBackAsText(
      @ForAll("plans") Plan plan, @ForAll("scalarLikeTexts") String text)
      throws DocumentException {
    Plan shaped = Plan.builder().from(plan).title(text.isEmpty() ? "t" : text)
        .outcomesAssessment(text)
        .participationStatement(java.util.Optional.empty())
        .build();
    Plan withId = shaped.priorityActions().isEmpty() || text.isEmpty() ? shaped
        : Plan.builder().from(shaped).priorityActions(List.of(
            org.cjoip.model.plan.PriorityActionResponse.builder()
                .from(shaped.priorityActions().get(0))
                .deliverables(List.of(Deliverable.builder().id(text).description(text)
                    .build()))
                .build()))
            .build();

    PlanDocument read = reader.read(PlanWriter.toYaml(withId), "plan.yaml");

    assertThat(read.plan()).isEqualTo(withId);
  }
}
