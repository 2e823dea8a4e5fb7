package org.cjoip.rules.rollup;

import java.util.List;
import org.cjoip.model.document.Document;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.input.Documents;
import org.cjoip.rules.ReturnFixtures;

/** Documents of fictional partnerships, made from the Testshire plan and return. */
final class RollupFixtures {

  static final String TESTSHIRE = "Testshire Community Justice Partnership (fictional)";
  static final String PLAN = ReturnFixtures.resource("plan.yaml");
  static final String RETURN = ReturnFixtures.GOOD;

  private RollupFixtures() {}

  /** A document held as text, read each time the rollup reads it. */
  record Text(String name, String text) implements Rollup.Input {
    @Override
    public Document read() throws DocumentException {
      return Documents.standard().read(text, name);
    }
  }

  /** The Testshire document with another partnership's name. */
  static String as(String text, String partnership) {
    return text.replace(TESTSHIRE, partnership);
  }

  static List<Text> partnership(String name, String... returns) {
    String file = name.toLowerCase(java.util.Locale.ROOT).replace(' ', '-');
    List<Text> out = new java.util.ArrayList<>();
    out.add(new Text(file + "/plan.yaml", as(PLAN, name)));
    for (int i = 0; i < returns.length; i++) {
      out.add(new Text(file + "/return-" + i + ".yaml", as(returns[i], name)));
    }
    return out;
  }
}
