package org.cjoip.model;

import net.jqwik.api.lifecycle.AroundPropertyHook;
import net.jqwik.api.lifecycle.PropagationMode;
import net.jqwik.api.lifecycle.PropertyAttributes;
import net.jqwik.api.lifecycle.PropertyExecutionResult;
import net.jqwik.api.lifecycle.PropertyExecutor;
import net.jqwik.api.lifecycle.PropertyLifecycleContext;

/**
 * Gives every jqwik property of every module the run's seed and tries (see
 * {@link TestSettings}): a property without a seed of its own runs on the fixed seed, so a run
 * is reproducible, and its tries are multiplied by the run's factor. A property that states
 * no tries runs {@link #DEFAULT_TRIES}.
 *
 * <p>Registered for all properties through {@code META-INF/services}, in this module's test
 * jar, which the other modules' tests have on their class path.
 */
public final class PropertySettings implements AroundPropertyHook {

  /** The tries of a property that states none (jqwik's own default is 1,000). */
  public static final int DEFAULT_TRIES = 100;

  // Registered at the engine, a hook reaches the properties only when it propagates to them.
  @Override
  public PropagationMode propagateTo() {
    return PropagationMode.ALL_DESCENDANTS;
  }

  @Override
  public PropertyExecutionResult aroundProperty(PropertyLifecycleContext context,
      PropertyExecutor property) {
    PropertyAttributes attributes = context.attributes();
    if (attributes.seed().filter(s -> !s.isBlank()).isEmpty()) {
      TestSettings.seed().ifPresent(attributes::setSeed);
    }
    int tries = attributes.tries().orElse(DEFAULT_TRIES);
    attributes.setTries(Math.multiplyExact(tries, TestSettings.triesFactor()));
    return property.execute();
  }
}
