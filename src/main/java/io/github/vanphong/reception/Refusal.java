package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.petition.PetitionId;
import io.github.vanphong.petition.Petitioners;
import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A citizen refused reception at a session, on a ground of law, as the session recorded it: the ground, the rule of
 * the book that made it a ground that day, the citizens, the earlier petition of the case if named, and the written
 * notice if the rule requires one. For example refusal 1 of the session of Thursday 2016-03-10: a repeat denouncer
 * of a case resolved in 2015, under {@link ReceptionRuleBook#REFUSAL_DRAWN_OUT}, whose written notice is due by
 * Tuesday 2016-03-15 ({@link #noticeDeadline}).
 *
 * <p>A refusal is made by {@link ReceptionSession#refuse} and its notice recorded by {@link
 * ReceptionSession#notifyRefusal}; the citizens' identities stay confidential ({@link Petitioners}).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Refusal {

  Refusal() {}

  /**
   * The number of the refusal in its session, from 1.
   *
   * @return the number, 1 or more
   */
  public abstract int number();

  /**
   * The ground.
   *
   * @return the ground, not null
   */
  public abstract RefusalGround ground();

  /**
   * The rule of the session's book that made the ground one on the day.
   *
   * @return the rule, not null
   */
  public abstract RefusalRule rule();

  /**
   * The day of the refusal.
   *
   * @return the day, not null
   */
  public abstract LocalDate on();

  /**
   * The officer who refused.
   *
   * @return the officer, not null
   */
  public abstract PersonId by();

  /**
   * The citizens refused.
   *
   * @return the citizens, not null
   */
  public abstract Petitioners citizens();

  /**
   * The earlier petition of the same case, for example the denunciation already resolved.
   *
   * @return the petition, or empty
   */
  public abstract Optional<PetitionId> earlier();

  /**
   * The day the written notice was issued.
   *
   * @return the day, or empty if not issued or not needed
   */
  public abstract Optional<LocalDate> notifiedOn();

  /**
   * The number and symbol of the written notice.
   *
   * @return the reference, or empty if not issued or not needed
   */
  public abstract Optional<String> noticeReference();

  /**
   * Tells whether the refusal needs a written notice.
   *
   * @return true if its rule requires one
   */
  public boolean needsWrittenNotice() {
    return rule().needsWrittenNotice();
  }

  /**
   * Tells whether a written notice is needed and not yet issued.
   *
   * @return true if the notice is pending
   */
  public boolean isNoticePending() {
    return needsWrittenNotice() && notifiedOn().isEmpty();
  }

  /**
   * Returns the deadline of the written notice, counted on a working calendar from the day of the refusal.
   *
   * @param calendar the working calendar, not null
   * @return the deadline, or empty for a spoken explanation
   * @throws java.time.DateTimeException if a day counted falls outside the calendar's range
   */
  public Optional<Deadline> noticeDeadline(WorkingCalendar calendar) {
    return rule().noticeDeadline(on(), calendar);
  }

  /**
   * Returns where the written notice stands on a day: met, met late, overdue, due today, due soon or on track.
   *
   * @param calendar the working calendar, not null
   * @param day the day asked about, not null
   * @return the status, or empty for a spoken explanation
   * @throws java.time.DateTimeException if a day counted falls outside the calendar's range
   */
  public Optional<DeadlineStatus> noticeStatusOn(WorkingCalendar calendar, LocalDate day) {
    requireNonNull(day, "day");
    return noticeDeadline(calendar).map(d -> d.statusOn(day, notifiedOn(), 1));
  }

  /** Returns this refusal with its written notice issued. */
  Refusal notified(LocalDate on, String reference) {
    return ImmutableRefusal.builder().from(this).notifiedOn(on).noticeReference(reference).build();
  }

  /**
   * Returns the copy without identities: the citizens redacted.
   *
   * @return the redacted copy, not null
   */
  public Refusal redacted() {
    return citizens().isRedacted()
        ? this
        : ImmutableRefusal.builder().from(this).citizens(citizens().redacted()).build();
  }

  @Value.Check
  void check() {
    checkArgument(number() >= 1, "refusals are numbered from 1 in a session, not %s", number());
    checkArgument(
        rule().ground() == ground(), "refusal %s on %s cites the rule of another ground, %s", number(), ground(), rule());
    checkArgument(
        notifiedOn().isPresent() == noticeReference().isPresent(),
        "refusal %s: a notice issued has its day and its number",
        number());
    checkArgument(
        notifiedOn().isEmpty() || needsWrittenNotice(),
        "refusal %s on %s is explained in person (%s); it has no written notice",
        number(),
        ground(),
        rule().name());
    notifiedOn()
        .ifPresent(
            day ->
                checkArgument(
                    !day.isBefore(on()),
                    "refusal %s of %s is notified on or after that day, not on %s",
                    number(),
                    on(),
                    day));
  }

  /**
   * Returns the open facts, for example "Refusal[1: DRAWN_OUT on 2016-03-10 under REFUSAL_DRAWN_OUT, ONE_PERSON(1),
   * earlier P-2015-0031, notified 2016-03-14 (12-TB/TU)]".
   *
   * @return a readable form with no identity, not null
   */
  @Override
  public String toString() {
    return "Refusal["
        + number()
        + ": "
        + ground()
        + " on "
        + on()
        + " under "
        + rule().name()
        + ", "
        + citizens()
        + earlier().map(p -> ", earlier " + p).orElse("")
        + notifiedOn().map(d -> ", notified " + d + " (" + noticeReference().orElse("") + ")").orElse("")
        + (isNoticePending() ? ", written notice pending" : "")
        + "]";
  }
}
