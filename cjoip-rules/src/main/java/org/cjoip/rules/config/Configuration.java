package org.cjoip.rules.config;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Severity;
import org.cjoip.rules.Waiver;
import org.immutables.value.Value;

/**
 * How a caller tunes the assessment:
 *
 * <pre>{@code
 * severities: { CJ-DEL-009: WARNING }      # override default severities
 * disabled: [CJ-LIND-005]                  # rules not run
 * waivers:
 *   - rule: CJ-DEL-001
 *     path: /priorityActions/1/deliverables/1   # JSON Pointer; that node and below
 *     reason: Lead agreed at the March board
 *     expires: 2026-03-31                       # optional
 * }</pre>
 */
@Value.Immutable
public abstract class Configuration {

  public abstract Map<String, Severity> severities();

  public abstract List<String> disabled();

  public abstract List<Waiver> waivers();

  /** The SHA-256 of the file the configuration was read from, as lower-case hex. */
  public abstract Optional<String> sha256();

  /**
   * The name, as the caller gave it, of the file the configuration was read from: where its
   * waivers' lines and columns are. Not part of what the configuration says.
   */
  @Value.Auxiliary
  public abstract Optional<String> source();

  /**
   * Applies the severities, disabled rules and waivers to an assessor being built, and records
   * the file's SHA-256 in every assessment it makes.
   */
  public Assessor.Builder applyTo(Assessor.Builder builder) {
    severities().forEach(builder::severity);
    disabled().forEach(builder::disable);
    sha256().ifPresent(builder::configurationSha256);
    source().ifPresent(builder::configuration);
    return builder.waivers(waivers());
  }

  /** No changes to the defaults. */
  public static Configuration none() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Configuration}. */
  public static class Builder extends ImmutableConfiguration.Builder {}
}
