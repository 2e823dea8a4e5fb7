package org.cjoip.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Applies a configuration's waivers to one assessment's findings: a finding covered by a waiver
 * in force carries it; an expired waiver that still matches is reported (CJ-CFG-001), and so is
 * a waiver that matches nothing (CJ-CFG-002). Expiry is judged against the as-of date, so a
 * report can be reproduced. One instance per assessment: it remembers which waivers matched.
 */
final class Waivers {

  /**
   * Makes a configuration finding from a rule id, a message, a suggestion, a key and the
   * waiver it is about.
   */
  interface ConfigFindings {
    Finding make(String ruleId, String message, String suggestion, String key, Waiver waiver);
  }

  private final List<Waiver> waivers;
  private final LocalDate asOf;
  private final String document;
  private final boolean[] matched;

  /** Waivers for one assessment of a document, named in words: "plan" or "return". */
  Waivers(List<Waiver> waivers, LocalDate asOf, String document) {
    this.waivers = waivers;
    this.asOf = asOf;
    this.document = document;
    this.matched = new boolean[waivers.size()];
  }

  /** The finding, carrying the first waiver in force that covers it, if any. */
  Finding apply(Finding f) {
    Finding result = f;
    for (int i = 0; i < waivers.size(); i++) {
      Waiver w = waivers.get(i);
      if (w.covers(f)) {
        matched[i] = true;
        if (w.isInForce(asOf) && !result.isWaived()) {
          result = Finding.builder().from(f).waiver(w).build();
        }
      }
    }
    return result;
  }

  /** The configuration's own findings: waivers expired while they still match, or unused. */
  List<Finding> configFindings(Set<String> disabled, ConfigFindings config) {
    List<Finding> out = new ArrayList<>();
    for (int i = 0; i < waivers.size(); i++) {
      Waiver w = waivers.get(i);
      String which = "The waiver of " + w.rule() + " " + w.describeScope(document) + " (\""
          + w.reason() + "\")";
      String key = "waiver=" + (i + 1);
      if (matched[i] && !w.isInForce(asOf) && !disabled.contains("CJ-CFG-001")) {
        out.add(config.make("CJ-CFG-001", which + " expired on " + w.expires().orElseThrow()
            + "; the finding it covered is no longer waived.",
            "Renew the waiver with a new expiry date, or act on the finding.",
            "CJ-CFG-001/" + key, w));
      }
      if (!matched[i] && !disabled.contains("CJ-CFG-002")) {
        out.add(config.make("CJ-CFG-002", which + " matches no finding.",
            "Remove the waiver, or correct its " + w.describeTerms() + ".",
            "CJ-CFG-002/" + key, w));
      }
    }
    return out;
  }
}
