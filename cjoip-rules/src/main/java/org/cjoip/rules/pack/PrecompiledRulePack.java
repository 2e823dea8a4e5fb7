package org.cjoip.rules.pack;

import java.util.List;
import java.util.Objects;
import org.cjoip.rules.engine.RuleBases;
import org.drools.model.Model;

/**
 * A rule pack shipped in a jar, its DRL compiled at build time by {@code kie-maven-plugin}
 * exactly as the built-in rules are. Subclass it with a public no-argument constructor and list
 * the subclass in {@code META-INF/services/org.cjoip.rules.pack.RulePack}:
 *
 * <pre>{@code
 * public final class LocalPack extends PrecompiledRulePack {
 *   public LocalPack() {
 *     super("local-pack", "1.0.0", "META-INF/kie/org.example/local-pack/drools-model");
 *   }
 * }
 * }</pre>
 *
 * <p>The listing is the file {@code kie-maven-plugin} writes to name the jar's model classes:
 * {@code META-INF/kie/<groupId>/<artifactId>/drools-model}.
 */
public abstract class PrecompiledRulePack implements RulePack {

  private final String name;
  private final String version;
  private final String listing;

  protected PrecompiledRulePack(String name, String version, String listing) {
    this.name = Objects.requireNonNull(name, "name");
    this.version = Objects.requireNonNull(version, "version");
    this.listing = Objects.requireNonNull(listing, "listing");
  }

  @Override
  public final String name() {
    return name;
  }

  @Override
  public final String version() {
    return version;
  }

  /** Where the jar lists its model classes. */
  public final String listing() {
    return listing;
  }

  /** Loads the listed model classes with the pack's own class loader. */
  @Override
  public List<Model> models() {
    return RuleBases.listedModels(listing, getClass().getClassLoader());
  }

  @Override
  public String toString() {
    return name + " " + version;
  }
}
