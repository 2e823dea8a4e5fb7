package org.cjoip.examples;

import java.nio.file.Path;
import java.time.LocalDate;
import org.cjoip.model.document.DocumentException;
import org.cjoip.model.document.PlanDocument;
import org.cjoip.model.document.PlanReader;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Assessor;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;

/**
 * The README's "Use it from Java" example, its imports and its method, kept here so that it
 * compiles and a test runs it.
 */
public final class AssessFromJava {

  private AssessFromJava() {}

  /** Assesses a plan document and returns the errors' rule ids and places, one per line. */
  // README:begin
  public static String errors(Path file, LocalDate asOf) throws DocumentException {
    PlanDocument plan = PlanReader.standard().read(file);   // located errors if malformed
    Assessor assessor = Assessor.builder()                  // build once, share across threads
        .severity("CJ-DEL-009", Severity.WARNING)
        .build();
    Assessment assessment = assessor.assess(plan, asOf);
    StringBuilder out = new StringBuilder();
    for (Finding f : assessment.findings()) {
      if (f.severity() == Severity.ERROR) {
        out.append(f.ruleId()).append(' ').append(f.path()).append('\n');
      }
    }
    return out.toString();
  }
  // README:end
}
