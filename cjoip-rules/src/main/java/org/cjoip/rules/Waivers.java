package org.cjoip.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies a configuration's waivers to an assessment's findings: a finding covered by a waiver
 * in force carries it; an expired waiver that still matches is reported (CJ-CFG-001), and so is
 * a waiver that matches nothing (CJ-CFG-002). Expiry is judged against the as-of date, so a
 * report can be reproduced.
 */
final class Waivers {

  /** Makes a configuration finding from a rule id, a message and a suggestion. */
  interface ConfigFindings {
    Finding make(String ruleId, String message, String suggestion);
  }

  private Waivers() {}

  static List<Finding> apply(
      List<Finding> findings,
      List<Waiver> waivers,
      LocalDate asOf,
      Set<String> disabled,
      ConfigFindings config) {
    List<Finding> out = new ArrayList<>(findings.size());
    boolean[] matched = new boolean[waivers.size()];
    for (Finding f : findings) {
      Finding result = f;
      for (int i = 0; i < waivers.size(); i++) {
        Waiver w = waivers.get(i);
        if (w.covers(f.ruleId(), f.path())) {
          matched[i] = true;
          if (w.isInForce(asOf) && !result.isWaived()) {
            result = Finding.builder().from(f).waiver(w).build();
          }
        }
      }
      out.add(result);
    }
    for (int i = 0; i < waivers.size(); i++) {
      Waiver w = waivers.get(i);
      String which = "The waiver of " + w.rule() + " at " + (w.path().isEmpty() ? "the whole plan"
          : w.path()) + " (\"" + w.reason() + "\")";
      if (matched[i] && !w.isInForce(asOf) && !disabled.contains("CJ-CFG-001")) {
        out.add(config.make("CJ-CFG-001", which + " expired on " + w.expires().orElseThrow()
            + "; the finding it covered is no longer waived.",
            "Renew the waiver with a new expiry date, or act on the finding."));
      }
      if (!matched[i] && !disabled.contains("CJ-CFG-002")) {
        out.add(config.make("CJ-CFG-002", which + " matches no finding.",
            "Remove the waiver, or correct its rule or path."));
      }
    }
    return out;
  }
}
