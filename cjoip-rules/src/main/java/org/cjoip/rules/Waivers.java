package org.cjoip.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cjoip.rules.facts.Keys;

/**
 * Applies a configuration's waivers to one assessment's findings: a finding covered by a waiver
 * in force carries it; an expired waiver that still matches is reported (CJ-CFG-001), and so is
 * a waiver that matches nothing (CJ-CFG-002). Expiry is judged against the as-of date, so a
 * report can be reproduced. One instance per assessment: it remembers which waivers matched.
 * A waiver's finding is keyed by what the waiver names (its rule, priority action, deliverable
 * and path), not by where it stands in the configuration, so reordering waivers or adding one
 * changes no other waiver's key.
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
  private final int[] matched;

  /** Waivers for one assessment of a document, named in words: "plan" or "return". */
  Waivers(List<Waiver> waivers, LocalDate asOf, String document) {
    this.waivers = waivers;
    this.asOf = asOf;
    this.document = document;
    this.matched = new int[waivers.size()];
  }

  /** The finding, carrying the first waiver in force that covers it, if any. */
  Finding apply(Finding f) {
    Finding result = f;
    for (int i = 0; i < waivers.size(); i++) {
      Waiver w = waivers.get(i);
      if (w.covers(f)) {
        matched[i]++;
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
      String key = key(w);
      if (matched[i] > 0 && !w.isInForce(asOf) && !disabled.contains("CJ-CFG-001")) {
        String lapsed = matched[i] == 1 ? "the finding it covers is"
            : "the " + matched[i] + " findings it covers are";
        out.add(config.make("CJ-CFG-001", which + " expired on " + w.expires().orElseThrow()
            + "; " + lapsed + " no longer waived.",
            "Renew the waiver with a new expiry date, or act on the finding.",
            "CJ-CFG-001/" + key, w));
      }
      if (matched[i] == 0 && !disabled.contains("CJ-CFG-002")) {
        out.add(config.make("CJ-CFG-002", which + " matches no finding.",
            "Remove the waiver, or correct its " + w.describeTerms() + ".",
            "CJ-CFG-002/" + key, w));
      }
    }
    return out;
  }

  /** The waiver's findings' key after the rule id: what it names, e.g. rule=X/deliverable=1.1. */
  private static String key(Waiver w) {
    return Keys.join(Keys.segment("rule", w.rule()),
        w.priorityAction().map(Keys::priorityAction).orElse(""),
        w.deliverable().map(d -> Keys.segment("deliverable", d)).orElse(""),
        w.path().isEmpty() ? "" : Keys.segment("path", w.path()));
  }
}
