package org.cjoip.rules.facts;

/**
 * A finding as a rule makes it, before the assessor applies the caller's severities, disabled
 * rules and waivers. A rule's consequence inserts one:
 *
 * <pre>{@code
 * then
 *   insert(Draft.of(drools, $d, $d.at("owners"), "Deliverable " + $d.label() + " has no owner.")
 *       .suggestion("Name the partner who leads it."));
 * }</pre>
 *
 * <p>The rule id comes from the firing rule's {@code @id} metadata; the priority action and
 * deliverable from the subject. Drafts are facts, so that other rules can match them: severity
 * escalations are rules of their own ({@link Escalation}). A draft never changes once made;
 * {@link #suggestion} and {@link #qualified} return new drafts.
 */
public final class Draft {

  private final String ruleName;
  private final String ruleId;
  private final String severity;
  private final Subject subject;
  private final String path;
  private final String message;
  private final String suggestion;
  private final String qualifier;

  private Draft(String ruleName, String ruleId, String severity, Subject subject, String path,
      String message, String suggestion, String qualifier) {
    this.ruleName = ruleName;
    this.ruleId = ruleId;
    this.severity = severity;
    this.subject = subject;
    this.path = path;
    this.message = message;
    this.suggestion = suggestion;
    this.qualifier = qualifier;
  }

  /**
   * A finding of the rule now firing.
   *
   * @param drools the consequence's {@code drools}
   * @param subject what the finding is about
   * @param path the JSON Pointer it points at: the subject or one of its members
   * @param message one sentence a partnership officer understands
   */
  public static Draft of(Object drools, Subject subject, String path, String message) {
    RuleMetadata rule = RuleMetadata.firing(drools);
    if (rule.id() == null) {
      throw new IllegalStateException("a rule without @id metadata made a finding");
    }
    return new Draft(rule.name(), rule.id(), rule.severity(), subject, path,
        Texts.punctuated(message), null, "");
  }

  /** The same finding with what would fix it. */
  public Draft suggestion(String text) {
    return new Draft(ruleName, ruleId, severity, subject, path, message,
        Texts.punctuated(text), qualifier);
  }

  /**
   * The same finding told apart from others of its rule about the same subject by one more key
   * segment: the reporting year of a missing figure, say.
   */
  public Draft qualified(String segment) {
    return new Draft(ruleName, ruleId, severity, subject, path, message, suggestion, segment);
  }

  /** The name of the rule that made it. */
  public String ruleName() {
    return ruleName;
  }

  public String ruleId() {
    return ruleId;
  }

  /** The firing rule's {@code @severity}: ERROR, WARNING or INFO. */
  public String severity() {
    return severity;
  }

  public Subject subject() {
    return subject;
  }

  public String path() {
    return path;
  }

  public String message() {
    return message;
  }

  /** The key segment that tells it apart from its rule's other findings on the subject, or "". */
  public String qualifier() {
    return qualifier;
  }

  /** What would fix it, or null. */
  public String suggestionText() {
    return suggestion;
  }

  /**
   * The finding's identity: the rule id and the stable names of its subject, e.g.
   * {@code CJ-DEL-001/deliverable=2.2}.
   */
  public String key() {
    return Keys.join(ruleId, subject.key(), qualifier);
  }

  @Override
  public String toString() {
    return key() + " at " + path + ": " + message;
  }
}
