package org.cjoip.model.document;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.cjoip.model.plan.Plan;
import org.cjoip.model.plan.PlanArbitraries;

/** Writing a plan and reading it back gives back an equal plan, in both formats. */
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
}
