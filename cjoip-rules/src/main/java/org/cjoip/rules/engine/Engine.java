package org.cjoip.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cjoip.rules.RuleFailure;
import org.cjoip.rules.facts.Findings;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.event.rule.BeforeMatchFiredEvent;
import org.kie.api.event.rule.DefaultAgendaEventListener;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.command.CommandFactory;

/**
 * Runs the rules over one assessment's facts: a new stateless session on the shared rule base,
 * a new {@link Findings} collector, and the disabled rules kept from firing. Thread-safe.
 */
public final class Engine {

  private final KieBase base;

  private Engine(KieBase base) {
    this.base = base;
  }

  /** The engine of the built-in rules. */
  public static Engine builtIn() {
    return new Engine(RuleBases.builtIn());
  }

  /** The engine of a rule base. */
  public static Engine of(KieBase base) {
    return new Engine(base);
  }

  /** Fires the rules over the facts and returns what they reported. */
  public Findings run(List<Object> facts, Set<String> disabledRuleIds) {
    Findings findings = new Findings();
    StatelessKieSession session = base.newStatelessKieSession();
    String[] firing = new String[1];
    session.addEventListener(
        new DefaultAgendaEventListener() {
          @Override
          public void beforeMatchFired(BeforeMatchFiredEvent event) {
            firing[0] = event.getMatch().getRule().getName();
            findings.firing(firing[0]);
          }
        });
    List<Object> all = new ArrayList<>(facts.size() + 1);
    all.add(findings);
    all.addAll(facts);
    List<Command<?>> commands = new ArrayList<>();
    commands.add(CommandFactory.newInsertElements(all));
    commands.add(
        new FireAllRulesCommand(match -> !disabledRuleIds.contains(ruleId(match.getRule().getName()))));
    try {
      session.execute(CommandFactory.newBatchExecution(commands));
    } catch (RuntimeException | StackOverflowError e) {
      if (firing[0] == null) {
        throw e;
      }
      // The rule that was firing failed: name it, so that a pack's author can mend it.
      throw new RuleFailure(firing[0], e instanceof StackOverflowError
          ? "recursed without end (the stack overflowed)" : "threw an exception", e);
    }
    return findings;
  }

  /** A rule's id: its name up to the first space. */
  public static String ruleId(String ruleName) {
    int space = ruleName.indexOf(' ');
    return space < 0 ? ruleName : ruleName.substring(0, space);
  }
}
