package org.cjoip.rules.facts;

/**
 * A rule's judgement that a finding is more (or less) serious than its rule's default: the
 * catalogue's escalations, each a rule of its own, such as "CJ-DEL-005 is an error when more
 * than a year overdue". The severity is the escalating rule's own {@code @severity} metadata;
 * a severity the caller sets for the rule still wins.
 *
 * <pre>{@code
 * rule "CJ-DEL-005 escalated: more than a year overdue"
 *   @severity(ERROR)
 * when
 *   $c : AssessmentContext()
 *   $o : Overdue( days > $c.overdueErrorDays() )
 *   $f : Draft( ruleId == "CJ-DEL-005", subject == $o.deliverable() )
 * then
 *   insert(Escalation.of(drools, $f));
 * end
 * }</pre>
 *
 * @param finding the finding
 * @param severity its severity's name: ERROR, WARNING or INFO
 */
public record Escalation(Draft finding, String severity) {

  /** The firing rule's escalation of a finding to the rule's {@code @severity}. */
  public static Escalation of(Object drools, Draft finding) {
    return new Escalation(finding, RuleMetadata.firing(drools).severity());
  }
}
