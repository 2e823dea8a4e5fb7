package org.cjoip.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.cjoip.model.document.AnnualReturnReader;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;

/**
 * The README's example of checking an annual return against its plan from Java, its imports
 * and its method, kept here so that it compiles and a test runs it.
 */
public final class CheckReturnFromJava {

  private CheckReturnFromJava() {}

  /** Checks a year's return against its plan and returns the findings, one per line. */
  // README:begin
  public static String findings(Path returnFile, Path planFile, LocalDate asOf)
      throws DocumentException {
    ReturnDocument year = AnnualReturnReader.standard().read(returnFile);
    PlanDocument plan = PlanReader.standard().read(planFile);
    // The return first, then its plan, then earlier years' returns (none here); never null.
    Assessment assessment = Assessor.standard().assess(year, plan, List.of(), asOf);
    StringBuilder out = new StringBuilder();
    for (Finding f : assessment.findings()) {
      out.append(f.ruleId()).append(' ').append(f.severity()).append(' ').append(f.path())
          .append('\n');
    }
    return out.toString();
  }
  // README:end
}
