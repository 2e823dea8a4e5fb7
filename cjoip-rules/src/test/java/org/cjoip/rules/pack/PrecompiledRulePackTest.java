package org.cjoip.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

final class PrecompiledRulePackTest {

  /** A pack that lists this module's own compiled rules, as a pack jar lists its own. */
  static final class OwnRules extends PrecompiledRulePack {
    OwnRules() {
      super("own-rules", "2.0.1", "META-INF/kie/org.cjoip/cjoip-rules/drools-model");
    }
  }

  @Test
  void pack_namesItselfAndLoadsTheListedModels() {
    OwnRules pack = new OwnRules();

    assertThat(pack.name()).isEqualTo("own-rules");
    assertThat(pack.version()).isEqualTo("2.0.1");
    assertThat(pack.listing()).isEqualTo("META-INF/kie/org.cjoip/cjoip-rules/drools-model");
    assertThat(pack).hasToString("own-rules 2.0.1");
    assertThat(pack.models()).map(m -> m.getClass().getPackageName())
        .containsExactlyInAnyOrder("org.cjoip.rules.checks.returns", "org.cjoip.rules.checks");
  }
}
