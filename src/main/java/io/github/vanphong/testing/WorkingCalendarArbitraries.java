package io.github.vanphong.testing;

import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.HolidayKind;
import io.github.vanphong.calendar.PublicHoliday;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.time.api.Dates;

/**
 * jqwik arbitraries for the working calendar's values: time limits, extensions, public holidays and working days.
 * For example {@code WorkingCalendarArbitraries.timeLimits()} generates limits of 1 to 90 calendar or working
 * days on one of a few real bases.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class WorkingCalendarArbitraries {

  private static final LegalBasis DENUNCIATION =
      LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 30");
  private static final LegalBasis COMPLAINT =
      LegalBasis.of(Instruments.COMPLAINTS_LAW_2011, "Điều 28");

  /** The last day of {@link #calendarDays()}: a year short of the calendar's last, for what is counted from it. */
  private static final LocalDate LAST_CALENDAR_DAY = WorkingCalendar.LAST_DAY.minusYears(1);

  private WorkingCalendarArbitraries() {}

  /**
   * Returns an arbitrary of legal bases for time limits, drawn from a few real articles.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LegalBasis> bases() {
    return Arbitraries.of(DENUNCIATION, COMPLAINT);
  }

  /**
   * Returns an arbitrary of time limits of 1 to 90 days, calendar or working days.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<TimeLimit> timeLimits() {
    return Combinators.combine(Arbitraries.integers().between(1, 90), Arbitraries.of(DayCount.class), bases())
        .as(
            (days, count, basis) ->
                count == DayCount.WORKING_DAYS
                    ? TimeLimit.workingDays(days, basis)
                    : TimeLimit.calendarDays(days, basis));
  }

  /**
   * Returns an arbitrary of extensions of 1 to 60 days.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<Extension> extensions() {
    return Combinators.combine(Arbitraries.integers().between(1, 60), bases()).as(Extension::of);
  }

  /**
   * Returns an arbitrary of the public holidays of {@link WorkingCalendar#vietnam()} in a year of its range, from
   * that of {@link WorkingCalendar#FIRST_DAY} to that of {@link WorkingCalendar#LAST_DAY} (2006 to 2199).
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<PublicHoliday> publicHolidays() {
    return Arbitraries.integers()
        .between(WorkingCalendar.FIRST_DAY.getYear(), WorkingCalendar.LAST_DAY.getYear())
        .flatMap(year -> Arbitraries.of(WorkingCalendar.vietnam().publicHolidays(year)));
  }

  /**
   * Returns an arbitrary of the working days of {@link WorkingCalendar#vietnam()} from {@link
   * WorkingCalendar#FIRST_DAY} (2006-01-01) to 2199-12-31.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> workingDays() {
    return Arbitraries.longs()
        .between(WorkingCalendar.FIRST_DAY.toEpochDay(), WorkingCalendar.LAST_DAY.toEpochDay() - 7)
        .map(day -> WorkingCalendar.vietnam().nextWorkingDay(LocalDate.ofEpochDay(day)));
  }

  /**
   * Returns days that every {@link WorkingCalendar} answers for, from {@link WorkingCalendar#FIRST_DAY}
   * (2006-01-01) to 2198-12-31, a year short of {@link WorkingCalendar#LAST_DAY}, so that a time limit counted from
   * one of them still ends within the calendar; both ends are edge cases. It is the default of a plain
   * {@code @ForAll LocalDate} ({@link DayArbitraryProvider}), and jqwik-time's arbitrary of days, so that
   * {@code between(min, max)} and the {@code @DateRange} annotation narrow it.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> calendarDays() {
    return Dates.dates().between(WorkingCalendar.FIRST_DAY, LAST_CALENDAR_DAY);
  }

  /**
   * Returns an arbitrary of the kinds of day off.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<HolidayKind> holidayKinds() {
    return Arbitraries.of(HolidayKind.class);
  }
}
