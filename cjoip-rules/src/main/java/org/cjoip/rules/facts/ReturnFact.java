package org.cjoip.rules.facts;

import java.time.LocalDate;
import org.cjoip.model.annualreturn.AnnualReturn;
import org.cjoip.model.time.FinancialYear;

/**
 * An annual return as a statutory document: the year it reports on, the plan it names, and
 * what it says of its sign-off, publication and consultation (s23).
 *
 * @param annualReturn the return
 * @param place its root node
 * @param year the reporting year
 * @param planTitleMatches whether the plan it names has the title of the plan given, beyond
 *     wording (case, punctuation, spacing)
 * @param planPeriodMatches whether the period it gives the plan is the plan's own, or it gives
 *     none
 * @param consultationPlaceholder whether its consultation statement is absent or stands for
 *     nothing yet
 */
public record ReturnFact(AnnualReturn annualReturn, Place place, FinancialYear year,
    boolean planTitleMatches, boolean planPeriodMatches, boolean consultationPlaceholder)
    implements Subject {

  @Override
  public String key() {
    return "";
  }

  public String at(String member) {
    return place.at(member);
  }

  /** The last day of the reporting year. */
  public LocalDate yearEnd() {
    return year.end();
  }

  /** Whether the return records who signed the report off. */
  public boolean isSignedOff() {
    return annualReturn.signOff().isPresent();
  }

  /** Whether the return records when the report was published. */
  public boolean isPublished() {
    return annualReturn.published().isPresent();
  }

  /**
   * The later of the days the report was signed off and published, where the return gives
   * either; null when it gives neither.
   */
  /**
   * The place of the later of the sign-off and publication dates (publication on a tie): where
   * a report signed off or published late is shown.
   */
  public String lastOfSignOffAndPublicationPath() {
    LocalDate signed = annualReturn.signOff().flatMap(s -> s.date()).orElse(null);
    LocalDate published = annualReturn.published().map(p -> p.date()).orElse(null);
    String member = published == null || signed != null && signed.isAfter(published)
        ? "signOff" : "published";
    return place.sourceMap().deepestExisting(place.at(member) + "/date");
  }

  public LocalDate lastOfSignOffAndPublication() {
    LocalDate signed = annualReturn.signOff().flatMap(s -> s.date()).orElse(null);
    LocalDate published = annualReturn.published().map(p -> p.date()).orElse(null);
    if (signed == null || published == null) {
      return signed != null ? signed : published;
    }
    return signed.isAfter(published) ? signed : published;
  }

  /** The day the return went to Community Justice Scotland, or null. */
  public LocalDate submitted() {
    return annualReturn.submitted().orElse(null);
  }
}
