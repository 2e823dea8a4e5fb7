package org.cjoip.rules.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.drools.commands.runtime.rule.FireAllRulesCommand;
import org.kie.api.KieBase;
import org.kie.api.command.Command;
import org.kie.api.definition.rule.Rule;
import org.kie.api.runtime.ExecutionResults;
import org.cjoip.rules.facts.RuleMetadata;
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
    List<Command<?>> commands = new ArrayList<>();
    commands.add(CommandFactory.newInsertElements(facts));
    commands.add(new FireAllRulesCommand(
        match -> !disabledRuleIds.contains(String.valueOf(ruleId(match.getRule())))));
    commands.add(CommandFactory.newGetObjects(OBJECTS));
    ExecutionResults results = session.execute(CommandFactory.newBatchExecution(commands));
    return new ArrayList<>((java.util.Collection<?>) results.getValue(OBJECTS));
  }

  /** A rule's {@code @id} metadata: the catalogue id of a finding rule; null for others. */
  public static String ruleId(Rule rule) {
    return RuleMetadata.of(rule).id();
  }
}
