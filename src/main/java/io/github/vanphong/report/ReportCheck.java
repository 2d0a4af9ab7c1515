package io.github.vanphong.report;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.Arguments;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The judgement of one period's report of an obligation on a day: its due day, the first submission sent by that day
 * if any, and its {@link ReportStatus}. For example the State's monthly report of January 2026, due on Sunday
 * 2026-01-25 and so on Monday 2026-01-26, sent on 2026-01-26, is {@link ReportStatus#ON_TIME}.
 *
 * <p>A submission sent after the day asked about is not seen on it. Of several submissions, the first counts.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportCheck {

  private final ReportingObligation obligation;
  private final ReportingPeriod period;
  private final LocalDate asOf;
  private final LocalDate dueDate;
  private final @Nullable LocalDate sentOn;

  private ReportCheck(
      ReportingObligation obligation,
      ReportingPeriod period,
      LocalDate asOf,
      LocalDate dueDate,
      @Nullable LocalDate sentOn) {
    this.obligation = obligation;
    this.period = period;
    this.asOf = asOf;
    this.dueDate = dueDate;
    this.sentOn = sentOn;
  }

  /**
   * Judges a period's report of an obligation on a day.
   *
   * @param obligation the obligation, not null
   * @param period a period of a kind owed, not null
   * @param asOf the day of the judgement, not null
   * @param calendar the working calendar, not null
   * @param submissions the submissions recorded, of any obligation and period, not null, none null
   * @return the judgement, not null
   * @throws IllegalArgumentException if the obligation refuses the period ({@link ReportingObligation#dueDate})
   * @throws java.time.DateTimeException if a day counted lies outside the calendar's range
   */
  public static ReportCheck of(
      ReportingObligation obligation,
      ReportingPeriod period,
      LocalDate asOf,
      WorkingCalendar calendar,
      List<Submission> submissions) {
    requireNonNull(obligation, "obligation");
    requireNonNull(period, "period");
    requireNonNull(asOf, "asOf");
    requireNonNull(calendar, "calendar");
    List<Submission> recorded = Arguments.list(submissions, "submissions");
    LocalDate due = obligation.dueDate(period, calendar);
    LocalDate sent = null;
    for (Submission submission : recorded) {
      if (submission.meets(obligation, period)
          && !submission.on().isAfter(asOf)
          && (sent == null || submission.on().isBefore(sent))) {
        sent = submission.on();
      }
    }
    return new ReportCheck(obligation, period, asOf, due, sent);
  }

  /**
   * Returns the obligation.
   *
   * @return the obligation, not null
   */
  public ReportingObligation obligation() {
    return obligation;
  }

  /**
   * Returns the period.
   *
   * @return the period, not null
   */
  public ReportingPeriod period() {
    return period;
  }

  /**
   * Returns the day of the judgement.
   *
   * @return the day, not null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns the due day.
   *
   * @return the day, not null
   */
  public LocalDate dueDate() {
    return dueDate;
  }

  /**
   * Returns the day the first submission seen was sent.
   *
   * @return the day, or empty if none was sent by the day of the judgement
   */
  public Optional<LocalDate> sentOn() {
    return Optional.ofNullable(sentOn);
  }

  /**
   * Returns how the report stands: sent on or before the due day, sent after it, not sent with the due day past, not
   * yet due.
   *
   * @return the status, not null
   */
  public ReportStatus status() {
    if (sentOn != null) {
      return sentOn.isAfter(dueDate) ? ReportStatus.LATE : ReportStatus.ON_TIME;
    }
    return asOf.isAfter(dueDate) ? ReportStatus.MISSING : ReportStatus.NOT_YET_DUE;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportCheck other
        && obligation.equals(other.obligation)
        && period.equals(other.period)
        && asOf.equals(other.asOf)
        && dueDate.equals(other.dueDate)
        && Objects.equals(sentOn, other.sentOn);
  }

  @Override
  public int hashCode() {
    return Objects.hash(obligation, period, asOf, dueDate, sentOn);
  }

  /**
   * Returns the unit, the period, the due day and the status.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return obligation.unit() + " " + period + " due " + dueDate + ": " + status() + " as of " + asOf;
  }
}
