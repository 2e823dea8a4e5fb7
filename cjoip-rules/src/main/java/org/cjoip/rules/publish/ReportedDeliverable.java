package org.cjoip.rules.publish;

import java.time.LocalDate;
import java.util.Optional;
import org.cjoip.model.annualreturn.ProgressStatus;
import org.immutables.value.Value;

/**
 * One deliverable's progress in the published report: the plan's commitment and the return's
 * account of the year. A deliverable of the plan that the return does not mention is listed with
 * no status, and prints as not reported.
 */
@Value.Immutable
public abstract class ReportedDeliverable {

  /** The plan's id for it, or its place ({@code 1#3}) as the return names it. */
  public abstract String id();

  /** What the plan commits to; empty when the return names a deliverable the plan lacks. */
  public abstract Optional<String> description();

  /** Where it stands, as the return says; empty when the return does not say. */
  public abstract Optional<ProgressStatus> status();

  /** When it was completed. */
  public abstract Optional<LocalDate> completed();

  /** The plan's due date, when the plan gives one. */
  public abstract Optional<LocalDate> due();

  /** The new due date the return gives. */
  public abstract Optional<LocalDate> revisedDue();

  /** Why the due date was revised. */
  public abstract Optional<String> revisionReason();

  /** What was done in the year, in the return's words. */
  public abstract Optional<String> progress();

  /** The status as printed: {@code "Complete"}, {@code "In progress"}, … or "Not reported". */
  public String statusText() {
    return status().map(ReportedDeliverable::words).orElse("Not reported");
  }

  /**
   * The dates as printed, in one line: when it was completed, when it was due, and the revised
   * date with its reason ({@code "Due 31 March 2024; revised to 31 March 2025: reason"}).
   */
  public String datesText() {
    StringBuilder out = new StringBuilder();
    completed().ifPresent(d -> out.append("Completed ").append(PublishedReport.date(d)));
    due().ifPresent(d -> out.append(out.length() > 0 ? "; due " : "Due ")
        .append(PublishedReport.date(d)));
    revisedDue().ifPresent(d -> out.append(out.length() > 0 ? "; revised to " : "Revised to ")
        .append(PublishedReport.date(d))
        .append(": ").append(revisionReason().orElse("no reason given")));
    return out.length() == 0 ? "–" : out.toString();
  }

  private static String words(ProgressStatus s) {
    return switch (s) {
      case NOT_STARTED -> "Not started";
      case IN_PROGRESS -> "In progress";
      case COMPLETE -> "Complete";
      case DELAYED -> "Delayed";
      case DROPPED -> "Dropped";
    };
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ReportedDeliverable}. */
  public static class Builder extends ImmutableReportedDeliverable.Builder {}
}
