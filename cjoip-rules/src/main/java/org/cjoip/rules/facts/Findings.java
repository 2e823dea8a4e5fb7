package org.cjoip.rules.facts;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.cjoip.rules.Severity;

/**
 * The collector a rule reports to: one per assessment, inserted as a fact, so concurrent
 * assessments never share it (a DRL global would be shared). A rule's consequence calls
 * {@link #report(String, String)} with the place and the message; the engine knows which rule
 * is firing and fills in its id, default severity and source.
 *
 * <pre>{@code
 * then
 *   $out.report($d.path("owners"), "Deliverable " + $d.label() + " has no owner.")
 *       .priorityAction($d.priorityAction())
 *       .suggestion("Name the partner who leads it.");
 * }</pre>
 */
public final class Findings {

  private final List<Draft> drafts = new ArrayList<>();
  private String firing = "";

  /** Called by the engine before each rule fires; not for rules. */
  public void firing(String ruleName) {
    this.firing = ruleName;
  }

  /** Reports a finding of the rule now firing at a JSON Pointer into the plan. */
  public Draft report(String path, String message) {
    Draft draft = new Draft(firing, path, message);
    drafts.add(draft);
    return draft;
  }

  /** Every finding reported, in the order the rules reported them. */
  public List<Draft> drafts() {
    return List.copyOf(drafts);
  }

  /** A finding as a rule reported it, before the assessor applies severities and waivers. */
  public static final class Draft {
    private final String ruleName;
    private final String path;
    private final String message;
    private Integer priorityAction;
    private String deliverable;
    private String suggestion;
    private Severity severity;

    Draft(String ruleName, String path, String message) {
      this.ruleName = ruleName;
      this.path = path;
      this.message = message;
    }

    /** The priority action (1–13) the finding concerns; 0 or less means none. */
    public Draft priorityAction(int number) {
      this.priorityAction = number > 0 ? number : null;
      return this;
    }

    /** The id of the deliverable the finding concerns; null or empty means none. */
    public Draft deliverable(String id) {
      this.deliverable = id == null || id.isEmpty() ? null : id;
      return this;
    }

    public Draft suggestion(String text) {
      this.suggestion = text;
      return this;
    }

    /**
     * A severity other than the rule's default, where the catalogue says the rule escalates
     * (CJ-DEL-005 beyond a year overdue, CJ-LIND-001 without a national outcome).
     */
    public Draft severity(Severity severity) {
      this.severity = severity;
      return this;
    }

    /** The rule's id: its name up to the first space. */
    public String ruleId() {
      int space = ruleName.indexOf(' ');
      return space < 0 ? ruleName : ruleName.substring(0, space);
    }

    public String ruleName() {
      return ruleName;
    }

    public String path() {
      return path;
    }

    public String message() {
      return message;
    }

    public Optional<Integer> priorityActionNumber() {
      return Optional.ofNullable(priorityAction);
    }

    public Optional<String> deliverableId() {
      return Optional.ofNullable(deliverable);
    }

    public Optional<String> suggestionText() {
      return Optional.ofNullable(suggestion);
    }

    public Optional<Severity> escalation() {
      return Optional.ofNullable(severity);
    }
  }
}
