package org.cjoip.model.plan;

import java.util.List;
import org.immutables.value.Value;

/**
 * The Community Justice Partnership that owns the plan: one local authority area or several
 * (Ayrshire's partnership covers East, North and South Ayrshire).
 */
@Value.Immutable
public abstract class Partnership {

  public abstract String name();

  /** The local authority areas the partnership covers. */
  public abstract List<String> localAuthorities();

  /** The statutory partner categories the plan lists among the partnership's members. */
  public abstract List<StatutoryPartner> statutoryPartners();

  /** Other members as the plan names them: third sector interfaces, housing providers, … */
  public abstract List<String> otherMembers();

  /** Whether the plan lists any members at all. */
  public boolean listsMembers() {
    return !statutoryPartners().isEmpty() || !otherMembers().isEmpty();
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Partnership}. */
  public static class Builder extends ImmutablePartnership.Builder {}
}
