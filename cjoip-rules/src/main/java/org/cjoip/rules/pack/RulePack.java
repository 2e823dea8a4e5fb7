package org.cjoip.rules.pack;

import java.util.List;
import org.drools.model.Model;

/**
 * A set of rules run beside the built-in ones. A pack has a name, which is how users choose it,
 * and a version, recorded in every assessment it takes part in, so that two reports can be told
 * apart when their rules differ.
 *
 * <p>Implement {@link PrecompiledRulePack} to ship a pack in a jar; use {@link
 * RulePacks#compile} for DRL files.
 */
public interface RulePack {

  /** The pack's name: lower-case words joined by hyphens, unique among the packs in use. */
  String name();

  /** The pack's version; for compiled DRL, {@code sha256:} and the digest of its text. */
  String version();

  /** The pack's rules in the Drools executable model. */
  List<Model> models();
}
