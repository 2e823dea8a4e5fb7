package org.cjoip.examples.pack;

import org.cjoip.rules.pack.PrecompiledRulePack;

/**
 * The example rule pack {@value #NAME}: checks a partnership board might add to the built-in
 * ones. Its DRL ({@code board.drl} beside this class in the jar) is compiled at build time like
 * the built-in rules, and the pack is offered to {@code RulePacks.discover()} through {@code
 * META-INF/services}. It runs only when asked for by name ({@code cjoip assess --pack
 * example-board}, or {@code Assessor.builder().rulePack(...)}).
 */
public final class BoardPack extends PrecompiledRulePack {

  /** The pack's name. */
  public static final String NAME = "example-board";

  /** The pack's version; it changes whenever a rule's behaviour does. */
  public static final String VERSION = "1.0.0";

  public BoardPack() {
    super(NAME, VERSION, "META-INF/kie/org.cjoip/cjoip-examples/drools-model");
  }
}
