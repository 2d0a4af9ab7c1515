package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Post;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The days a post receives citizens, as the body posts them: for example "the secretary receives citizens on the
 * 15th of each month; on a day off, the next working day", which gives 2026-02-23 for February 2026, the 15th being a
 * Sunday in Tết. The days come from {@link #datesIn} on the working calendar.
 *
 * <p>A schedule is the post's, not the law's: the law sets how many days ({@link ReceptionDuty}), the head fixes
 * which and publishes them. Its rules are checked by {@link #findings}: from 2026-07-01 it is posted publicly before
 * its days (Nghị định 154/2026/NĐ-CP, Điều 29, khoản 1, điểm c); a National Assembly deputy's schedule is notified at
 * least 10 working days ahead (Luật Tiếp công dân 42/2013/QH13, Điều 21), and an absence at least 5 ({@link
 * ReceptionRuleBook#absenceFindings}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class ReceptionSchedule {

  ReceptionSchedule() {}

  /**
   * The post that receives.
   *
   * @return the post, not null
   */
  public abstract Post post();

  /**
   * The days named, for example the 15th of each month.
   *
   * @return the days, not empty
   */
  public abstract ImmutableList<ScheduleDay> days();

  /**
   * Where a day off moves the reception; the next working day unless set.
   *
   * @return the shift, not null
   */
  @Value.Default
  public ScheduleShift shift() {
    return ScheduleShift.NEXT_WORKING_DAY;
  }

  /**
   * Where the reception is held.
   *
   * @return the place, not null
   */
  public abstract ReceptionPlace place();

  /**
   * The days the schedule runs, for example from 2016-01-01 to the end of the term.
   *
   * @return the days, not null
   */
  public abstract Validity validity();

  /**
   * The day the schedule was posted publicly.
   *
   * @return the day, or empty if not posted
   */
  public abstract Optional<LocalDate> postedOn();

  /**
   * The day the schedule was notified, as a National Assembly deputy notifies it to the reception office.
   *
   * @return the day, or empty if not notified
   */
  public abstract Optional<LocalDate> notifiedOn();

  /**
   * The decision or notice that sets the schedule, the body's own.
   *
   * @return the basis, or empty if none is cited
   */
  public abstract Optional<LegalBasis> basis();

  /**
   * Returns a builder. The post, the days, the place and the validity are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ReceptionSchedule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableReceptionSchedule.Builder {
    Builder() {}
  }

  /**
   * Returns the days of reception from one day to another, both included, each with the day named and the working
   * day held, in the order held; a day named outside the schedule's validity is left out, and two days named that
   * move to the same working day give it once.
   *
   * @param from the first day, not null
   * @param to the last day, not before {@code from}, not null
   * @param calendar the working calendar, not null
   * @return the days, possibly empty, not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws java.time.DateTimeException if a day looked at is outside the calendar's range 2006-01-01 to 2199-12-31
   */
  public ImmutableList<ScheduledDate> datesIn(LocalDate from, LocalDate to, WorkingCalendar calendar) {
    requireNonNull(from, "from");
    requireNonNull(to, "to");
    requireNonNull(calendar, "calendar");
    checkArgument(!to.isBefore(from), "a range of days runs forward: %s to %s", from, to);
    List<ScheduledDate> dates = new ArrayList<>();
    Optional<Validity> within = validity().intersection(Validity.between(from, to));
    if (within.isEmpty()) {
      return ImmutableList.of();
    }
    LocalDate first = within.get().start();
    LocalDate last = within.get().end().orElse(to);
    for (ScheduleDay day : days()) {
      for (LocalDate named : day.datesIn(first, last)) {
        dates.add(ScheduledDate.of(named, shift().apply(named, calendar)));
      }
    }
    dates.sort(Comparator.comparing(ScheduledDate::held).thenComparing(ScheduledDate::named));
    Set<LocalDate> held = new HashSet<>();
    ImmutableList.Builder<ScheduledDate> distinct = ImmutableList.builder();
    for (ScheduledDate date : dates) {
      if (held.add(date.held())) {
        distinct.add(date);
      }
    }
    return distinct.build();
  }

  /**
   * Returns every rule the schedule breaks for its days from one day to another, at once: not posted, or posted on
   * or after a day (a schedule posted on the day of a reception is not posted before it), where {@link ProcedureRequirement#SCHEDULE_POSTED} is in force on the day; not notified, or notified fewer
   * working days ahead than {@link ProcedureRequirement#SCHEDULE_NOTIFIED_AHEAD} requires, for the posts it covers (a
   * National Assembly deputy's), the working days counted strictly between the notice and the day, neither counted.
   * A rule broken by every day of the range is reported once, for the first day.
   *
   * @param book the rule book, not null
   * @param calendar the working calendar, not null
   * @param from the first day, not null
   * @param to the last day, not before {@code from}, not null
   * @return the findings, empty if the schedule keeps every rule, not null
   * @throws IllegalArgumentException if {@code to} is before {@code from}
   * @throws java.time.DateTimeException if a day looked at is outside the calendar's range
   */
  public ImmutableList<ReceptionViolation> findings(
      ReceptionRuleBook book, WorkingCalendar calendar, LocalDate from, LocalDate to) {
    requireNonNull(book, "book");
    ImmutableList.Builder<ReceptionViolation> found = ImmutableList.builder();
    boolean notPostedReported = false;
    boolean notNotifiedReported = false;
    for (ScheduledDate date : datesIn(from, to, calendar)) {
      LocalDate day = date.held();
      Optional<ProcedureRule> posting = book.procedure(ProcedureRequirement.SCHEDULE_POSTED, post().kind(), day);
      if (posting.isPresent()) {
        if (postedOn().isEmpty()) {
          if (!notPostedReported) {
            found.add(
                ReceptionViolation.of(
                    posting.get(),
                    "a reception schedule is posted publicly before its days; the schedule of "
                        + post()
                        + " was not posted, its first day in the range being "
                        + day,
                    post(),
                    day));
            notPostedReported = true;
          }
        } else if (!postedOn().get().isBefore(day)) {
          found.add(
              ReceptionViolation.of(
                  posting.get(),
                  "a reception schedule is posted publicly before its days; the schedule of "
                      + post()
                      + " was posted on "
                      + postedOn().get()
                      + ", not before its day "
                      + day,
                  post(),
                  day,
                  postedOn().get()));
        }
      }
      Optional<ProcedureRule> notice =
          book.procedure(ProcedureRequirement.SCHEDULE_NOTIFIED_AHEAD, post().kind(), day);
      if (notice.isPresent()) {
        if (notifiedOn().isEmpty()) {
          if (!notNotifiedReported) {
            found.add(
                ReceptionViolation.of(
                    notice.get(),
                    "the reception schedule of "
                        + post()
                        + " is notified at least "
                        + notice.get().daysAhead().orElseThrow().days()
                        + " working days ahead; it was not notified, its first day in the range being "
                        + day,
                    post(),
                    day));
            notNotifiedReported = true;
          }
        } else {
          ReceptionRuleBook.lateNotice(
                  notice.get(), "the reception of", post(), day, notifiedOn().get(), calendar)
              .ifPresent(found::add);
        }
      }
    }
    return found.build();
  }

  @Value.Check
  void check() {
    checkArgument(!days().isEmpty(), "a reception schedule of %s names one or more days; none given", post());
  }

  /**
   * Returns the post, the days, the shift and the validity, for example "Secretary of HG-TU: [15th of each month],
   * NEXT_WORKING_DAY, [2016-01-01..)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return post() + ": " + days() + ", " + shift() + ", " + validity();
  }
}
