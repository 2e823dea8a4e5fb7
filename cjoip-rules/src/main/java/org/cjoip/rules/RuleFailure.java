package org.cjoip.rules;

import java.util.Optional;

/**
 * A rule failed while an assessment ran: it threw, recursed without end, or made a finding the
 * assessment cannot hold. The fault is the rule's, not the plan's; for a rule pack's rule, the
 * pack and, where known, its file are named, so that whoever wrote the pack can mend it.
 */
public final class RuleFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String rule;
  private final String what;
  private final String pack;
  private final String file;

  /**
   * A failure of a rule.
   *
   * @param rule the rule's name or id
   * @param what what went wrong, in words: "threw an exception"
   */
  public RuleFailure(String rule, String what, Throwable cause) {
    this(rule, what, null, null, cause);
  }

  private RuleFailure(String rule, String what, String pack, String file, Throwable cause) {
    super(message(rule, what, pack, file), cause);
    this.rule = rule;
    this.what = what;
    this.pack = pack;
    this.file = file;
  }

  /** The same failure, placed in the rule pack the rule belongs to. */
  public RuleFailure inPack(String packName, Optional<String> packFile) {
    return new RuleFailure(rule, what, packName, packFile.orElse(null), getCause());
  }

  /** The failing rule's name or id. */
  public String rule() {
    return rule;
  }

  /** The pack of the failing rule; empty for a built-in rule. */
  public Optional<String> pack() {
    return Optional.ofNullable(pack);
  }

  /** The file the pack's rule was compiled from, where known. */
  public Optional<String> file() {
    return Optional.ofNullable(file);
  }

  private static String message(String rule, String what, String pack, String file) {
    String where = pack == null ? "built-in rule" : "rule pack " + pack
        + (file == null ? "" : " (" + file + ")") + ": rule";
    return where + " '" + rule + "' failed: it " + what;
  }
}
