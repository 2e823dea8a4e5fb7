package org.cjoip.rules.engine;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.cjoip.rules.facts.RuleMetadata;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.definition.rule.Rule;
import org.kie.api.event.rule.AfterMatchFiredEvent;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.ExecutionResults;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * Runs the rules over one assessment's facts: a new stateless session on the shared rule base,
 * the disabled rules kept from firing, and everything in working memory afterwards handed
 * back: the input facts, the facts the rules derived, and the findings they made. Thread-safe.
 */
public final class Engine {

  private static final String OBJECTS = "objects";

  private final KieBase base;

  private Engine(KieBase base) {
    this.base = base;
  }

  /** The engine of a rule base. */
  public static Engine of(KieBase base) {
    return new Engine(base);
  }

  /**
   * Fires the rules over the facts and returns working memory afterwards, in no particular
   * order.
   *
   * @param disabledRuleIds the ids of finding rules that must not fire; rules without an id
   *     (those that derive facts or escalate findings) always run
   */
  public List<Object> run(List<Object> facts, Set<String> disabledRuleIds) {
    StatelessKieSession session = base.newStatelessKieSession();
    Rule[] firing = new Rule[1];
    boolean[] inConsequence = new boolean[1];
    session.addEventListener(new DefaultAgendaEventListener() {
      @Override
      public void beforeMatchFired(BeforeMatchFiredEvent event) {
        firing[0] = event.getMatch().getRule();
        inConsequence[0] = true;
      }

      @Override
      public void afterMatchFired(AfterMatchFiredEvent event) {
        inConsequence[0] = false;
      }
    });
    List<Command<?>> commands = new ArrayList<>();
    commands.add(CommandFactory.newInsertElements(facts));
    // Decided once per rule, not per match: a large plan's rules match hundreds of thousands
    // of times. The session runs on this thread, so a plain map serves.
    Map<Rule, Boolean> allowed = new IdentityHashMap<>();
    commands.add(new FireAllRulesCommand(match -> allowed.computeIfAbsent(match.getRule(),
        rule -> !disabledRuleIds.contains(String.valueOf(ruleId(rule))))));
    commands.add(CommandFactory.newGetObjects(OBJECTS));
    ExecutionResults results;
    try {
      results = session.execute(CommandFactory.newBatchExecution(commands));
    } catch (RuntimeException | StackOverflowError e) {
      if (firing[0] == null) {
        throw e;
      }
      // The rule that was firing failed: name it, so that a pack's author can mend it.
      throw new Failed(firing[0], e instanceof StackOverflowError
          ? "recursed without end (the stack overflowed)" : thrown(e), e);
    } catch (OutOfMemoryError e) {
      if (!inConsequence[0]) {
        throw e;
      }
      // Memory ran out inside a rule's consequence: what it allocated is garbage now, and the
      // rule is named; the caller tells a pack's rule from a built-in one, whose failure here
      // is the size of the input's.
      throw new Failed(firing[0], "ran out of memory", e);
    }
    return new ArrayList<>((java.util.Collection<?>) results.getValue(OBJECTS));
  }

  /**
   * What a rule's consequence did wrong, in a rule writer's words, from the exception at the
   * root of the one Drools throws; the kind of fault, never a Java class name.
   */
  static String thrown(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    if (root instanceof ArithmeticException) {
      return "threw an exception: arithmetic that has no answer (" + root.getMessage() + ")";
    }
    if (root instanceof NullPointerException) {
      return "threw an exception: it used a value that is absent (null)";
    }
    if (root instanceof NumberFormatException) {
      return "threw an exception: it read a number from text that is not one";
    }
    if (root instanceof IndexOutOfBoundsException) {
      return "threw an exception: it read past the end of a list or a text";
    }
    if (root instanceof ClassCastException) {
      return "threw an exception: it treated a value as a kind it is not";
    }
    return "threw an exception";
  }

  /**
   * A rule failed while the rules ran: it threw, recursed without end, or ran out of memory in
   * its consequence.
   */
  public static final class Failed extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String rule;
    private final String ruleId;
    private final String what;

    Failed(Rule rule, String what, Throwable cause) {
      super("rule '" + rule.getName() + "' failed: it " + what, cause);
      this.rule = rule.getName();
      this.ruleId = Engine.ruleId(rule);
      this.what = what;
    }

    /** The failing rule's name. */
    public String rule() {
      return rule;
    }

    /** The failing rule's {@code @id}, or null for a rule that makes no findings. */
    public String ruleId() {
      return ruleId;
    }

    /** What went wrong, in words: "threw an exception". */
    public String what() {
      return what;
    }
  }

  /** A rule's {@code @id} metadata: the catalogue id of a finding rule; null for others. */
  public static String ruleId(Rule rule) {
    return RuleMetadata.of(rule).id();
  }
}
