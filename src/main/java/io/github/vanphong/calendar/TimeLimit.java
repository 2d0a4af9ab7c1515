package io.github.vanphong.calendar;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * A rule that gives so many days to act, with its legal basis: for example {@code TimeLimit.calendarDays(30,
 * LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 30"))} or {@code TimeLimit.workingDays(10, basis)}.
 *
 * <p>It is counted as the civil code in force on the day of the event counts days ({@link CivilCode}): from the day
 * after the event, to the end, 24:00, of the last day, and a last day that is not a working day moves to the next
 * working day. Under Bộ luật Dân sự 91/2015/QH13, in force from 2017-01-01, these are {@link #COUNTING_STARTS} (Điều
 * 147), {@link #COUNTING_ENDS} (Điều 148) and {@link #END_MOVES_TO_WORKING_DAY} (Điều 148, khoản 5); an event from
 * 2006-01-01 to 2016-12-31 is counted the same way under Bộ luật Dân sự 33/2005/QH11, Điều 152 and 153, and an event
 * before 2006-01-01 is refused ({@link WorkingCalendar#FIRST_DAY}). {@link #from(String, LocalDate,
 * WorkingCalendar) from} applies the rule to an event and gives the {@link Deadline}. A time limit is not a {@link
 * java.time.Period}: it counts days of a calendar, not of a clock.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class TimeLimit {

  /**
   * A period counted in days starts on the day after the event: Bộ luật Dân sự 91/2015/QH13, Điều 147, for an event
   * from 2017-01-01; {@link CivilCode#countingStarts()} gives the article of the code in force on another day.
   */
  public static final LegalBasis COUNTING_STARTS = CivilCode.CODE_2015.countingStarts();

  /**
   * A period ends at 24:00 of its last day: Bộ luật Dân sự 91/2015/QH13, Điều 148, khoản 1 and 6, for an event from
   * 2017-01-01; {@link CivilCode#countingEnds()} gives the article of the code in force on another day.
   */
  public static final LegalBasis COUNTING_ENDS = CivilCode.CODE_2015.countingEnds();

  /**
   * A last day that is a weekly rest day or a holiday moves to the next working day: Bộ luật Dân sự
   * 91/2015/QH13, Điều 148, khoản 5, for an event from 2017-01-01; {@link CivilCode#endMovesToWorkingDay()} gives
   * the article of the code in force on another day.
   */
  public static final LegalBasis END_MOVES_TO_WORKING_DAY = CivilCode.CODE_2015.endMovesToWorkingDay();

  TimeLimit() {}

  /**
   * The number of days, for example 30.
   *
   * @return the days, 1 or more
   */
  public abstract int days();

  /**
   * How the days are counted.
   *
   * @return calendar or working days, not null
   */
  public abstract DayCount count();

  /**
   * The article that sets the limit.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns a limit of calendar days, for example 30 days to resolve a denunciation.
   *
   * @param days the number of days, 1 or more
   * @param basis the article that sets the limit, not null
   * @return the time limit, not null
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static TimeLimit calendarDays(int days, LegalBasis basis) {
    return ImmutableTimeLimit.builder().days(days).count(DayCount.CALENDAR_DAYS).basis(basis).build();
  }

  /**
   * Returns a limit of working days, for example 10 working days to process a letter.
   *
   * @param days the number of working days, 1 or more
   * @param basis the article that sets the limit, not null
   * @return the time limit, not null
   * @throws IllegalArgumentException if {@code days} is less than 1
   */
  public static TimeLimit workingDays(int days, LegalBasis basis) {
    return ImmutableTimeLimit.builder().days(days).count(DayCount.WORKING_DAYS).basis(basis).build();
  }

  /**
   * Applies this limit to an event: counting starts the day after it.
   *
   * @param startEvent what starts the time, for example "đơn tố cáo được thụ lý", not blank
   * @param eventDay the day of the event, from {@link WorkingCalendar#FIRST_DAY} (2006-01-01) to 2199-12-31, not
   *     null
   * @param calendar the calendar whose working days count, not null
   * @return the deadline, not null
   * @throws IllegalArgumentException if the event is blank
   * @throws java.time.DateTimeException if the event day, or the due date counted from it, falls outside the
   *     calendar's range 2006-01-01 to 2199-12-31
   */
  public Deadline from(String startEvent, LocalDate eventDay, WorkingCalendar calendar) {
    return Deadline.of(this, startEvent, eventDay, calendar);
  }

  @Value.Check
  void check() {
    checkArgument(days() >= 1, "a time limit gives at least 1 day; %s gives %s", basis().citation(), days());
  }

  /**
   * Returns the readable form, for example "10 working days (Luật Tố cáo 25/2018/QH14, Điều 30)".
   *
   * @return the days, how they count and the citation, not null
   */
  @Override
  public String toString() {
    return days() + " " + count().englishName().toLowerCase(Locale.ROOT) + " (" + basis().citation() + ")";
  }
}
