package org.cjoip.rules.publish;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cjoip.model.annualreturn.Publication;
import org.cjoip.model.annualreturn.SignOff;
import org.cjoip.model.document.Frameworks;
import org.cjoip.model.document.ReturnDocument;
import org.cjoip.model.plan.Period;
import org.cjoip.model.time.FinancialYear;
import org.cjoip.rules.Assessment;
import org.cjoip.rules.Finding;
import org.cjoip.rules.Severity;
import org.immutables.value.Value;

/**
 * The s23 annual report a partnership publishes for one reporting year, as content in reading
 * order: the partnership and the year with its sign-off and publication; a section per priority
 * action the return reports on, in the edition's order, then per local outcome; achievements,
 * challenges and next steps; consultation and governance; and the findings of the checks on the
 * return as an appendix. It says only what the return, its plan and the earlier returns say.
 * The same inputs always give an equal report.
 */
@Value.Immutable
public abstract class PublishedReport {

  /** How a suppressed figure prints: never as a number. */
  public static final String SUPPRESSED = "suppressed";

  /** How the report prints what the return is silent on. */
  public static final String NOT_REPORTED = "not reported";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.UK);

  /** The report's title: the return's. */
  public abstract String title();

  public abstract String partnership();

  /** The local authority areas the partnership covers. */
  public abstract List<String> localAuthorities();

  public abstract FinancialYear reportingYear();

  /** The plan the year is reported against: its title, as the plan gives it. */
  public abstract String planTitle();

  public abstract Optional<Period> planPeriod();

  /** The framework edition the return was checked against: its title. */
  public abstract String editionTitle();

  public abstract Optional<SignOff> signOff();

  /** When the return went to Community Justice Scotland. */
  public abstract Optional<LocalDate> submitted();

  public abstract Optional<Publication> published();

  /** The report on each priority action (edition order), then each local outcome. */
  public abstract List<ReportSection> sections();

  public abstract List<String> achievements();

  public abstract List<String> challenges();

  public abstract List<String> nextSteps();

  /** How the partners consulted on the report (s23). */
  public abstract Optional<String> consultation();

  /** How the partnership is governed and reports locally. */
  public abstract Optional<String> governance();

  /** The name of the return document the findings point into. */
  public abstract String source();

  /** The day the return was checked as of. */
  public abstract LocalDate checkedAsOf();

  /** The findings of the checks on the return, in report order, waived ones included. */
  public abstract List<Finding> findings();

  /**
   * The report of an annual return. The plan is the assessment's; the edition is the one the
   * assessment names, from the bundled frameworks.
   *
   * @param checked the return, as read from its document
   * @param earlier returns of the same plan for earlier years, in any order; the one for the
   *     year before gives each figure's previous value
   * @param assessment the assessment of {@code checked} against its plan ({@code
   *     Assessor.assess(checked, plan, earlier, asOf)})
   * @throws IllegalArgumentException when the assessment is not of this return, or the
   *     frameworks do not hold its edition
   */
  public static PublishedReport of(ReturnDocument checked, List<ReturnDocument> earlier,
      Assessment assessment) {
    return of(checked, earlier, assessment, Frameworks.bundled());
  }

  /** The report of an annual return, the edition taken from {@code frameworks}. */
  public static PublishedReport of(ReturnDocument checked, List<ReturnDocument> earlier,
      Assessment assessment, Frameworks frameworks) {
    return Composer.compose(checked, earlier, assessment, frameworks);
  }

  /** A date as the report prints it: {@code 26 September 2024}. */
  public static String date(LocalDate day) {
    return DATE.format(day);
  }

  /** The reporting year as the report prints it: {@code 1 April 2023 to 31 March 2024}. */
  public String yearText() {
    return date(reportingYear().start()) + " to " + date(reportingYear().end());
  }

  /** The sign-off as printed: {@code "Chair of the partnership, 20 September 2024"}. */
  public String signOffText() {
    return signOff().map(s -> s.by() + s.date().map(d -> ", " + date(d)).orElse(""))
        .orElse(NOT_REPORTED);
  }

  /** The publication as printed: {@code "31 October 2024, Partnership website"}. */
  public String publishedText() {
    return published().map(p -> date(p.date()) + p.where().map(w -> ", " + w).orElse(""))
        .orElse(NOT_REPORTED);
  }

  /** The day the return went to Community Justice Scotland as printed. */
  public String submittedText() {
    return submitted().map(PublishedReport::date).orElse(NOT_REPORTED);
  }

  /** The year before the reporting year as printed ({@code 2022/23}), heading its figures. */
  public String yearBeforeText() {
    return reportingYear().startYear() > FinancialYear.MIN_START_YEAR
        ? reportingYear().previous().toString() : "The year before";
  }

  /** The plan period as printed, or "not stated". */
  public String planPeriodText() {
    return planPeriod().map(p -> date(p.start()) + " to " + date(p.end()))
        .orElse("not stated");
  }

  /**
   * The appendix's opening: how many findings of each severity the checks made, waived ones
   * apart.
   */
  public String findingsSummary() {
    long waived = findings().stream().filter(Finding::isWaived).count();
    StringBuilder out = new StringBuilder("The return was checked against its plan and the "
        + editionTitle() + " as of " + date(checkedAsOf()) + ": ");
    for (Severity s : Severity.values()) {
      long n = findings().stream().filter(f -> !f.isWaived() && f.severity() == s).count();
      out.append(n).append(' ').append(switch (s) {
        case ERROR -> n == 1 ? "error" : "errors";
        case WARNING -> n == 1 ? "warning" : "warnings";
        case INFO -> "for information";
      }).append(s == Severity.INFO ? "" : ", ");
    }
    if (waived > 0) {
      out.append("; ").append(waived).append(" waived by the partnership");
    }
    return out.append('.').toString();
  }

  /** Where a finding points, as printed: {@code good.yaml:12:9, /priorityActions/0}. */
  public String where(Finding f) {
    String place = f.cell().map(c -> source() + ": " + c)
        .orElse(f.line() > 0 ? source() + ":" + f.line() + ":" + f.column() : source());
    return f.path().isEmpty() ? place + " (the return as a whole)" : place + ", " + f.path();
  }

  /** A severity as printed: {@code "Error"}, {@code "Warning"}, {@code "Info"}. */
  public static String severity(Severity s) {
    return switch (s) {
      case ERROR -> "Error";
      case WARNING -> "Warning";
      case INFO -> "Info";
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PublishedReport}. */
  public static class Builder extends ImmutablePublishedReport.Builder {}
}
