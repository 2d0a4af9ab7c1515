package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.Texts;
import java.time.LocalDate;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A report sent: the obligation it meets, the period it covers and the day it was sent. For example the office of a
 * district committee sent its first-quarter petition-work report of 2023 on 2023-03-17.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Submission {

  private final ReportingObligation obligation;
  private final ReportingPeriod period;
  private final LocalDate on;

  private Submission(ReportingObligation obligation, ReportingPeriod period, LocalDate on) {
    this.obligation = obligation;
    this.period = period;
    this.on = on;
  }

  /**
   * Records a report sent.
   *
   * @param obligation the obligation, not null
   * @param period the period, of a kind owed, counted with the regime's cut-off for it, not null
   * @param on the day it was sent, not null
   * @return the submission, not null
   * @throws IllegalArgumentException if the period is not of a kind owed, or counted with another cut-off than the
   *     regime's ({@link ReportingRule#PERIOD_OF_OBLIGATION})
   */
  public static Submission of(ReportingObligation obligation, ReportingPeriod period, LocalDate on) {
    requireNonNull(obligation, "obligation");
    requireNonNull(period, "period");
    requireNonNull(on, "on");
    obligation.checkPeriod(period);
    checkArgument(
        period.kind() == PeriodKind.TERM || period.cutOff().equals(obligation.regime().cutOff(period.kind())),
        "%s: %s counts the %s report with cut-off %s, not %s",
        ReportingRule.PERIOD_OF_OBLIGATION.name(),
        Texts.quote(obligation.regime().name()),
        period.kind(),
        obligation.regime().cutOff(period.kind()).map(Object::toString).orElse("none"),
        period.cutOff().map(Object::toString).orElse("none"));
    return new Submission(obligation, period, on);
  }

  /**
   * Returns the obligation the report meets.
   *
   * @return the obligation, not null
   */
  public ReportingObligation obligation() {
    return obligation;
  }

  /**
   * Returns the period the report covers.
   *
   * @return the period, not null
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the day the report was sent.
   *
   * @return the day, not null
   */
  public LocalDate on() {
    return on;
  }

  /**
   * Tells whether this submission is of an obligation and a period.
   *
   * @param obligation the obligation, not null
   * @param period the period, not null
   * @return true if both are this submission's
   */
  public boolean meets(ReportingObligation obligation, ReportingPeriod period) {
    requireNonNull(obligation, "obligation");
    requireNonNull(period, "period");
    return this.obligation.equals(obligation) && this.period.equals(period);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Submission other
        && obligation.equals(other.obligation)
        && period.equals(other.period)
        && on.equals(other.on);
  }

  @Override
  public int hashCode() {
    return Objects.hash(obligation, period, on);
  }

  /**
   * Returns the obligation, the period and the day.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return obligation + ", " + period + ", sent " + on;
  }
}
