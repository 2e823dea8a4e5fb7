package org.cjoip.rules.pack;

import java.util.List;
import java.util.Map;
import org.drools.model.Model;

/** A pack offered through {@code META-INF/services}, as a jar would offer one. */
public final class TestPack implements RulePack {

  private final List<Model> models;

  public TestPack() {
    try {
      models = RulePacks.compile("test-pack",
          Map.of("partnership.drl", RulePacksTest.resource("partnership.drl"))).models();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  @Override
  public String name() {
    return "test-pack";
  }

  @Override
  public String version() {
    return "1.0.0";
  }

  @Override
  public List<Model> models() {
    return models;
  }
}
