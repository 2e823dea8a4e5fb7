package org.cjoip.model.wording;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the clauses of a framework outcome that a plan's statement of it leaves out. An outcome
 * can ask for more than one thing ("More people access services to support desistance and
 * successfully complete community sentences"); the matcher may recognise a statement that
 * carries only half of it. A clause is stated when every one of its content words is in the
 * statement, as the matcher counts words the same (stems, spelling variants, abbreviations, a
 * typo in a long word).
 */
public final class Clauses {

  private Clauses() {}

  /** The clauses, in their order, of which the text leaves out a content word. */
  public static List<String> missing(String text, List<String> clauses) {
    Normaliser n = Normaliser.standard();
    Analysis stated = n.analyse(text);
    List<String> out = new ArrayList<>();
    for (String clause : clauses) {
      Analysis wanted = n.analyse(clause);
      for (int k = 0; k < wanted.content.length; k++) {
        if (!has(stated, wanted.content(k), n.data())) {
          out.add(clause);
          break;
        }
      }
    }
    return List.copyOf(out);
  }

  private static boolean has(Analysis text, Normaliser.Term term, WordingData data) {
    if (text.stems.contains(term.stem())) {
      return true;
    }
    for (int k = 0; k < text.content.length; k++) {
      if (Similarity.same(text.content(k), term, data)) {
        return true;
      }
    }
    return false;
  }
}
