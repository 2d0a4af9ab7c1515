package io.github.vanphong.calendar;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The days on which a party or state office works: for example {@link #vietnam()}, Monday to Friday (Quyết định
 * 188/1999/QĐ-TTg, Điều 1) less the public holidays of the labour code in force, their compensatory days and the
 * Government's yearly schedules, so that {@code vietnam().plusWorkingDays(2026-02-13, 1)} is 2026-02-23, after the
 * Tết break of 14 to 22 February 2026.
 *
 * <p>A year's holidays ({@link #publicHolidays(int) publicHolidays}) are: 1 January, Tết Âm lịch, Giỗ Tổ Hùng Vương (10/3 âm
 * lịch, from 2007, Luật 84/2007/QH11), 30 April, 1 May and Quốc khánh, as the {@link LabourCode} in force on each day
 * gives them; Ngày Văn hóa
 * Việt Nam (24 November) from 2026-07-01 (Nghị quyết 28/2026/QH16, Điều 2, reported, not made up when it falls on
 * a rest day); a compensatory day, on the next working day, for each statutory holiday other than Ngày Văn hóa on
 * a weekly rest day (Bộ luật Lao động 45/2019/QH14, Điều 111, khoản 3); and the days of the {@link
 * OfficialSchedule} of the year. Where no schedule fixes them:
 *
 * <ul>
 *   <li>Tết is the last day of the lunar year and the first days of the new one: four under the codes of 2012 and
 *       2019 (five days in all), three under the code of 1994 (four in all, "một ngày cuối năm và ba ngày đầu năm
 *       âm lịch");
 *   <li>the second day of Quốc khánh (from 2021) is the day before or after 2 September that is a working day of
 *       the week; if both are, the one that joins 2 September to the weekly rest, and otherwise the day before.
 *       This rule gives the day the Government chose in each year from 2021 to 2026.
 * </ul>
 *
 * <p>These predicted days carry their code's basis marked {@link Confirmation#UNCONFIRMED}, and the fallback is
 * logged at DEBUG. A schedule always wins over the prediction; {@link #builder()} adds or replaces schedules, and
 * sets another week, local days off and local working days.
 *
 * <p>A calendar answers from {@link #FIRST_DAY}, 2006-01-01, to {@link #LAST_DAY}, 2199-12-31: the first day on
 * which the library holds every rule a count of days needs, the holidays of a labour code (from 1995-01-01), the
 * five-day week (from 1999-10-02) and a civil code that counts periods (Bộ luật Dân sự 33/2005/QH11, from
 * 2006-01-01). Before 1999-10-02 offices worked six days a week, and before 1995 no labour code the library holds
 * gave the holidays; it does not extrapolate its rules to such days. A day outside the range is refused with a {@link
 * DateTimeException} that names the parameter and the range, as {@link LunarDate} refuses a day outside its own.
 *
 * <p>Counting is arithmetic, never a walk: the calendar holds, for its whole range, the number of working days
 * before each day, and the day of each working day by its rank. {@link #plusWorkingDays(LocalDate, int) plusWorkingDays} and {@link
 * #workingDaysBetween(LocalDate, LocalDate) workingDaysBetween} take the same time at a distance of 3 days or 30,000.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class WorkingCalendar {

  /**
   * The first day a working calendar and a deadline answer for, 2006-01-01: the first day of Bộ luật Dân sự
   * 33/2005/QH11, the earliest code of counting periods the library holds, by which it also holds the holidays (Bộ
   * luật Lao động 1994, from 1995-01-01) and the five-day week (Quyết định 188/1999/QĐ-TTg, from 1999-10-02). It is
   * the latest of these instruments' first days, so it moves with them. An earlier day is refused with a {@link
   * DateTimeException}.
   */
  public static final LocalDate FIRST_DAY = CalendarRange.WORKING.first();

  /** The last day a working calendar covers, 2199-12-31, as {@link LunarDate#MAX} falls on. */
  public static final LocalDate LAST_DAY = CalendarRange.WORKING.last();

  /** The five-day week of party and state offices: Quyết định 188/1999/QĐ-TTg, Điều 1. */
  public static final LegalBasis FIVE_DAY_WEEK =
      LegalBasis.of(Instruments.FORTY_HOUR_WEEK_1999, "Điều 1");

  /**
   * Ngày Văn hóa Việt Nam, 24 November, as a paid day off: <b>unconfirmed</b>. Nghị quyết 80-NQ/TW of the
   * Politburo (January 2026) chose the day "in principle"; in February 2026 an amendment of Bộ luật Lao động 2019,
   * Điều 112, khoản 1 was still being prepared. A third-party compilation cites Nghị quyết 28/2026/QH16, Điều 2,
   * in force from 2026-07-01, which has not been read. {@link #vietnam()} therefore does not count the day: a day
   * off counted that is not one would make every deadline across it a day late. An application that has the
   * instrument adds the day with {@link Builder#cultureDay(LegalBasis) Builder.cultureDay}, citing it.
   */
  public static final LegalBasis CULTURE_DAY =
      LegalBasis.of(Instruments.CULTURE_DAY_RESOLUTION_2026, "Điều 2");

  private static final Logger LOG = LoggerFactory.getLogger(WorkingCalendar.class);
  private static final long FIRST_EPOCH_DAY = CalendarRange.WORKING.firstEpochDay();
  private static final int DAYS = CalendarRange.WORKING.days();

  private final ImmutableSet<DayOfWeek> restDays;
  private final LegalBasis weekBasis;
  private final ImmutableSortedMap<Integer, OfficialSchedule> schedules;
  private final ImmutableList<PublicHoliday> localDaysOff;
  private final ImmutableSortedMap<LocalDate, LegalBasis> localWorkingDays;
  private final @Nullable LegalBasis cultureDay;
  private final ImmutableSortedMap<Integer, ImmutableList<PublicHoliday>> holidays;
  /** {@code before[i]}: the working days among the first {@code i} days of the range; {@code DAYS + 1} entries. */
  private final int[] before;
  /** {@code dayOfRank[k]}: the index in the range of the working day of rank {@code k}, counted from 0. */
  private final int[] dayOfRank;

  private WorkingCalendar(Builder builder) {
    this.restDays = ImmutableSet.copyOf(builder.restDays);
    this.weekBasis = builder.weekBasis;
    this.schedules = ImmutableSortedMap.copyOf(builder.schedules);
    this.localDaysOff = ImmutableList.sortedCopyOf(PublicHoliday.BY_DATE, builder.localDaysOff);
    this.localWorkingDays = ImmutableSortedMap.copyOf(builder.localWorkingDays);
    this.cultureDay = builder.cultureDay;
    ImmutableSortedMap.Builder<Integer, ImmutableList<PublicHoliday>> byYear = ImmutableSortedMap.naturalOrder();
    for (int year = FIRST_DAY.getYear(); year <= LAST_DAY.getYear(); year++) {
      byYear.put(year, computeYear(year));
    }
    this.holidays = byYear.buildOrThrow();
    boolean[] off = new boolean[DAYS];
    int firstDayOfWeek = FIRST_DAY.getDayOfWeek().getValue() - 1;
    for (int i = 0; i < DAYS; i++) {
      off[i] = restDays.contains(DayOfWeek.of((firstDayOfWeek + i) % 7 + 1));
    }
    for (OfficialSchedule schedule : schedules.values()) {
      for (LocalDate day : schedule.workingDays().keySet()) {
        off[index(day, "a working day of a schedule")] = false;
      }
    }
    for (LocalDate day : localWorkingDays.keySet()) {
      off[index(day, "a local working day")] = false;
    }
    for (ImmutableList<PublicHoliday> year : holidays.values()) {
      for (PublicHoliday holiday : year) {
        off[index(holiday.date(), "a day off")] = true;
      }
    }
    this.before = new int[DAYS + 1];
    int count = 0;
    for (int i = 0; i < DAYS; i++) {
      before[i] = count;
      if (!off[i]) {
        count++;
      }
    }
    before[DAYS] = count;
    this.dayOfRank = new int[count];
    for (int i = 0; i < DAYS; i++) {
      if (!off[i]) {
        dayOfRank[before[i]] = i;
      }
    }
    LOG.debug(
        "working calendar built: rest days {}, official schedules for {}; other years follow the statutory rule",
        restDays,
        schedules.keySet());
  }

  /**
   * Returns the calendar of party and state offices in Việt Nam: Monday to Friday, the public holidays and the
   * official schedules that ship with the library.
   *
   * @return the calendar, the same instance on every call, not null
   */
  public static WorkingCalendar vietnam() {
    return Vietnam.CALENDAR;
  }

  /**
   * Returns a builder that starts from {@link #vietnam()}: Monday to Friday and the shipped schedules.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a calendar like this one with the given schedule added, or put in place of the one for its year.
   *
   * @param schedule the schedule, not null
   * @return the new calendar, not null
   */
  public WorkingCalendar withSchedule(OfficialSchedule schedule) {
    return toBuilder().schedule(schedule).build();
  }

  private Builder toBuilder() {
    Builder builder = new Builder();
    builder.restDays = EnumSet.noneOf(DayOfWeek.class);
    builder.restDays.addAll(restDays);
    builder.weekBasis = weekBasis;
    builder.schedules = new TreeMap<>(schedules);
    builder.localDaysOff = new ArrayList<>(localDaysOff);
    builder.localWorkingDays = new TreeMap<>(localWorkingDays);
    builder.cultureDay = cultureDay;
    return builder;
  }

  /**
   * Tells whether offices work on the given day: not a weekly rest day (unless a schedule makes it a working day)
   * and not a day off of any kind.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return true on a working day
   * @throws DateTimeException if the day is outside the range
   */
  public boolean isWorkingDay(LocalDate day) {
    int i = index(day, "day");
    return before[i + 1] > before[i];
  }

  /**
   * Returns the n-th working day after the given day, the day itself not counted: for example the 1st working day
   * after Friday 2026-02-13 is Monday 2026-02-23. For {@code n = 0} it returns the day itself, whether or not it
   * is a working day, so that {@code workingDaysBetween(day, plusWorkingDays(day, n)) == n} for every {@code n}.
   *
   * @param day the day to count from, from 2006-01-01 to 2199-12-31, not null
   * @param n the number of working days, 0 or more
   * @return the day, a working day when {@code n > 0}, not null
   * @throws IllegalArgumentException if {@code n} is negative
   * @throws DateTimeException if the day is outside the range, or the n-th working day after it lies after
   *     2199-12-31
   */
  public LocalDate plusWorkingDays(LocalDate day, int n) {
    checkArgument(n >= 0, "a number of working days to add is 0 or more, not %s", n);
    int i = index(day, "day");
    if (n == 0) {
      return day;
    }
    long rank = (long) before[i + 1] + n - 1;
    if (rank >= dayOfRank.length) {
      throw CalendarRange.WORKING.beyond("day plus n working days", day, n, "working days");
    }
    return Days.ALL.get(dayOfRank[(int) rank]);
  }

  /**
   * Counts the working days after one day up to and including another: the days {@code d} with {@code
   * startExclusive < d <= endInclusive}. For example from Friday 2026-02-13 to Monday 2026-02-23 there is one.
   * If the end is before the start, the count is negative: minus the working days after the end up to and
   * including the start. It agrees with {@link #plusWorkingDays(LocalDate, int) plusWorkingDays}: {@code
   * workingDaysBetween(day, plusWorkingDays(day, n)) == n}.
   *
   * @param startExclusive the day counting starts after, from 2006-01-01 to 2199-12-31, not null
   * @param endInclusive the last day counted, from 2006-01-01 to 2199-12-31, not null
   * @return the number of working days, negative if the end is before the start
   * @throws DateTimeException if a day is outside the range
   */
  public int workingDaysBetween(LocalDate startExclusive, LocalDate endInclusive) {
    int start = index(startExclusive, "startExclusive");
    return before[index(endInclusive, "endInclusive") + 1] - before[start + 1];
  }

  /**
   * Returns the given day if offices work on it, otherwise the first working day after it.
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the working day on or after the day, not null
   * @throws DateTimeException if the day is outside the range, or no working day follows it in the range
   */
  public LocalDate nextWorkingDay(LocalDate day) {
    return isWorkingDay(day) ? day : plusWorkingDays(day, 1);
  }

  /**
   * Returns the days off of a year with their kinds and bases, in date order: the statutory holidays, the
   * compensatory days, the days of the year's schedule and the local days off. Weekly rest days are not listed.
   *
   * @param year the year, from 2006 to 2199
   * @return the days off, not null
   * @throws DateTimeException if the year is outside the range
   */
  public ImmutableList<PublicHoliday> publicHolidays(int year) {
    CalendarRange.WORKING.checkYear(year, "year");
    if (!schedules.containsKey(year)) {
      LOG.debug(
          "no official schedule for {}: Tết and the second day of Quốc khánh follow the statutory rule", year);
    }
    return Objects.requireNonNull(holidays.get(year));
  }

  /**
   * Returns the days off that fall on the given day, usually none or one (Giỗ Tổ may fall on 30 April).
   *
   * @param day the day, from 2006-01-01 to 2199-12-31, not null
   * @return the days off on that day, not null
   * @throws DateTimeException if the day is outside the range
   */
  public ImmutableList<PublicHoliday> publicHolidaysOn(LocalDate day) {
    CalendarRange.WORKING.check(day, "day");
    ImmutableList.Builder<PublicHoliday> on = ImmutableList.builder();
    for (PublicHoliday holiday : Objects.requireNonNull(holidays.get(day.getYear()))) {
      if (holiday.date().equals(day)) {
        on.add(holiday);
      }
    }
    return on.build();
  }

  /**
   * Returns the weekly rest days, Saturday and Sunday for {@link #vietnam()}.
   *
   * @return the rest days, possibly empty, not null
   */
  public ImmutableSet<DayOfWeek> restDays() {
    return restDays;
  }

  /**
   * Returns the basis of the working week, {@link #FIVE_DAY_WEEK} for {@link #vietnam()}.
   *
   * @return the basis, not null
   */
  public LegalBasis workingWeekBasis() {
    return weekBasis;
  }

  /**
   * Returns the official schedule this calendar applies to a year.
   *
   * @param year the year
   * @return the schedule, or empty if the year follows the statutory rule
   */
  public Optional<OfficialSchedule> schedule(int year) {
    return Optional.ofNullable(schedules.get(year));
  }

  /**
   * Returns every official schedule this calendar applies, by year: the shipped ones it kept and those added.
   *
   * @return the schedules by year, possibly empty, not null
   */
  public ImmutableSortedMap<Integer, OfficialSchedule> schedules() {
    return schedules;
  }

  /**
   * Returns the days off of a province or an office added with {@link Builder#localDayOff(LocalDate, LegalBasis) Builder.localDayOff},
   * each a {@link HolidayKind#LOCAL_DAY_OFF}, in date order.
   *
   * @return the local days off, possibly empty, not null
   */
  public ImmutableList<PublicHoliday> localDaysOff() {
    return localDaysOff;
  }

  /**
   * Returns the weekly rest days made working days with {@link Builder#localWorkingDay(LocalDate, LegalBasis) Builder.localWorkingDay},
   * each with the decision that makes it one.
   *
   * @return the local working days by date, possibly empty, not null
   */
  public ImmutableSortedMap<LocalDate, LegalBasis> localWorkingDays() {
    return localWorkingDays;
  }

  /**
   * Returns the basis on which Ngày Văn hóa Việt Nam is a day off, if {@link Builder#cultureDay(LegalBasis) Builder.cultureDay} set
   * one; {@link #vietnam()} has none (see {@link #CULTURE_DAY}).
   *
   * @return the basis, or empty if the calendar does not count the day
   */
  public Optional<LegalBasis> cultureDay() {
    return Optional.ofNullable(cultureDay);
  }

  private static int index(LocalDate day, String parameter) {
    long i = requireNonNull(day, parameter).toEpochDay() - FIRST_EPOCH_DAY;
    if (i < 0 || i >= DAYS) {
      throw CalendarRange.WORKING.outside(parameter, day);
    }
    return (int) i;
  }

  private ImmutableList<PublicHoliday> computeYear(int year) {
    List<PublicHoliday> days = new ArrayList<>();
    @Nullable OfficialSchedule schedule = schedules.get(year);
    fixed(days, LocalDate.of(year, Month.JANUARY, 1), HolidayKind.NEW_YEAR);
    lunarNewYear(days, year, schedule);
    LocalDate hungKings = LunarDate.of(year, 3, 10, false).toLocalDate();
    if (LabourCode.inForceOn(hungKings).lists(HolidayKind.HUNG_KINGS)) {
      fixed(days, hungKings, HolidayKind.HUNG_KINGS);
    }
    fixed(days, LocalDate.of(year, Month.APRIL, 30), HolidayKind.REUNIFICATION);
    fixed(days, LocalDate.of(year, Month.MAY, 1), HolidayKind.LABOUR_DAY);
    nationalDay(days, year, schedule);
    LocalDate november24 = LocalDate.of(year, Month.NOVEMBER, 24);
    if (cultureDay != null && cultureDay.isInForceOn(november24)) {
      days.add(PublicHoliday.of(november24, HolidayKind.CULTURE_DAY, cultureDay));
    }
    if (schedule != null) {
      for (PublicHoliday day : schedule.daysOff()) {
        if (day.kind() == HolidayKind.SCHEDULED_DAY_OFF) {
          days.add(day);
        }
      }
    }
    for (PublicHoliday day : localDaysOff) {
      if (day.date().getYear() == year) {
        days.add(day);
      }
    }
    compensate(days);
    days.sort(PublicHoliday.BY_DATE);
    return ImmutableList.copyOf(days);
  }

  private static void fixed(List<PublicHoliday> days, LocalDate date, HolidayKind kind) {
    days.add(PublicHoliday.of(date, kind, LabourCode.inForceOn(date).basisFor(kind)));
  }

  private static LegalBasis predicted(LegalBasis basis) {
    return LegalBasis.builder().from(basis).confirmation(Confirmation.UNCONFIRMED).build();
  }

  private static void lunarNewYear(List<PublicHoliday> days, int year, @Nullable OfficialSchedule schedule) {
    if (schedule != null && !schedule.lunarNewYearDays().isEmpty()) {
      for (PublicHoliday day : schedule.daysOff()) {
        if (day.kind() == HolidayKind.LUNAR_NEW_YEAR) {
          days.add(day);
        }
      }
      return;
    }
    LocalDate firstDay = LunarDate.of(year, 1, 1, false).toLocalDate();
    LabourCode code = LabourCode.inForceOn(firstDay);
    LegalBasis basis = predicted(code.basisFor(HolidayKind.LUNAR_NEW_YEAR));
    LocalDate lastDayOfOldYear = firstDay.minusDays(1);
    for (int i = 0; i < code.lunarNewYearDays(); i++) {
      days.add(PublicHoliday.of(lastDayOfOldYear.plusDays(i), HolidayKind.LUNAR_NEW_YEAR, basis));
    }
  }

  private void nationalDay(List<PublicHoliday> days, int year, @Nullable OfficialSchedule schedule) {
    LocalDate national = LocalDate.of(year, Month.SEPTEMBER, 2);
    fixed(days, national, HolidayKind.NATIONAL_DAY);
    LabourCode code = LabourCode.inForceOn(national);
    if (code.nationalDayDays() < 2) {
      return;
    }
    if (schedule != null && !schedule.nationalDayDays().isEmpty()) {
      for (PublicHoliday day : schedule.daysOff()) {
        if (day.kind() == HolidayKind.NATIONAL_DAY && !day.date().equals(national)) {
          days.add(day);
        }
      }
      return;
    }
    days.add(
        PublicHoliday.of(
            adjacentNationalDay(national),
            HolidayKind.NATIONAL_DAY,
            predicted(code.basisFor(HolidayKind.NATIONAL_DAY))));
  }

  private LocalDate adjacentNationalDay(LocalDate national) {
    LocalDate dayBefore = national.minusDays(1);
    LocalDate dayAfter = national.plusDays(1);
    boolean beforeWorks = !isRestDay(dayBefore);
    boolean afterWorks = !isRestDay(dayAfter);
    if (beforeWorks != afterWorks) {
      return beforeWorks ? dayBefore : dayAfter;
    }
    boolean afterJoinsRest = isRestDay(dayAfter.plusDays(1)) && !isRestDay(dayBefore.minusDays(1));
    return beforeWorks && afterJoinsRest ? dayAfter : dayBefore;
  }

  private boolean isRestDay(LocalDate day) {
    return restDays.contains(day.getDayOfWeek());
  }

  private void compensate(List<PublicHoliday> days) {
    Set<LocalDate> off = new HashSet<>();
    List<PublicHoliday> onRestDays = new ArrayList<>();
    for (PublicHoliday day : days) {
      off.add(day.date());
      if (day.kind().isStatutory() && day.kind() != HolidayKind.CULTURE_DAY && isRestDay(day.date())) {
        onRestDays.add(day);
      }
    }
    onRestDays.sort(PublicHoliday.BY_DATE);
    for (PublicHoliday holiday : onRestDays) {
      LocalDate day = holiday.date().plusDays(1);
      while (isRestDay(day) || off.contains(day)) {
        day = day.plusDays(1);
      }
      off.add(day);
      days.add(
          PublicHoliday.of(
              day, HolidayKind.COMPENSATORY, LabourCode.inForceOn(holiday.date()).compensatoryBasis()));
    }
  }

  /**
   * Tells whether another object is a calendar built from the same facts: the same rest days and basis of the week,
   * the same schedules, local days off and local working days, and the same basis of Ngày Văn hóa or none. These
   * are every fact the calendar counts from, so equal calendars count every day alike.
   *
   * @param o the object to compare with, possibly null
   * @return true if {@code o} is a calendar built from the same facts
   */
  @Override
  public boolean equals(@Nullable Object o) {
    if (!(o instanceof WorkingCalendar other)) {
      return false;
    }

    return restDays.equals(other.restDays)
        && weekBasis.equals(other.weekBasis)
        && schedules.equals(other.schedules)
        && localDaysOff.equals(other.localDaysOff)
        && localWorkingDays.equals(other.localWorkingDays)
        && Objects.equals(cultureDay, other.cultureDay);
  }

  @Override
  public int hashCode() {
    return Objects.hash(restDays, weekBasis, schedules, localDaysOff, localWorkingDays, cultureDay);
  }

  /**
   * Returns a summary of the facts the calendar counts from, for example "WorkingCalendar[rest days [SATURDAY,
   * SUNDAY] (Quyết định 188/1999/QĐ-TTg, Điều 1), schedules [2012, 2013, …, 2026], 0 local days off, 0 local
   * working days, no culture day]"; with {@link Builder#cultureDay(LegalBasis) Builder.cultureDay} it ends
   * "culture day Nghị quyết 28/2026/QH16, Điều 2 [2026-07-01..) (unconfirmed)]".
   *
   * @return the summary, not null
   */
  @Override
  public String toString() {
    return "WorkingCalendar[rest days "
        + restDays
        + " ("
        + weekBasis.citation()
        + "), schedules "
        + schedules.keySet()
        + ", "
        + localDaysOff.size()
        + " local days off, "
        + localWorkingDays.size()
        + " local working days, "
        + (cultureDay == null ? "no culture day" : "culture day " + cultureDay)
        + "]";
  }

  /** Holds {@link #vietnam()}, built on first use. */
  private static final class Vietnam {
    static final WorkingCalendar CALENDAR = new Builder().build();
  }

  /**
   * Every day of the range as a {@link LocalDate}, built on first use and shared by all calendars, so that {@link
   * #plusWorkingDays(LocalDate, int) plusWorkingDays} returns a day without computing or allocating it (about 3 MB, once).
   */
  private static final class Days {
    static final ImmutableList<LocalDate> ALL = all();

    private static ImmutableList<LocalDate> all() {
      ImmutableList.Builder<LocalDate> days = ImmutableList.builderWithExpectedSize(DAYS);
      for (int i = 0; i < DAYS; i++) {
        days.add(LocalDate.ofEpochDay(FIRST_EPOCH_DAY + i));
      }
      return days.build();
    }
  }

  /**
   * Builds a {@link WorkingCalendar}, starting from {@link #vietnam()}: Monday to Friday ({@link #FIVE_DAY_WEEK})
   * and the shipped schedules. Set another week, add or replace schedules, add local days off and local working
   * days.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder {
    private Set<DayOfWeek> restDays = EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
    private LegalBasis weekBasis = FIVE_DAY_WEEK;
    private @Nullable LegalBasis cultureDay;
    private Map<Integer, OfficialSchedule> schedules = new TreeMap<>(OfficialSchedule.shipped());
    private List<PublicHoliday> localDaysOff = new ArrayList<>();
    private Map<LocalDate, LegalBasis> localWorkingDays = new TreeMap<>();

    Builder() {}

    /**
     * Sets the weekly rest days and the basis of that week, for example Sunday only for a unit on a six-day week.
     *
     * @param basis the instrument that sets the week, not null
     * @param days the rest days, at most 6, possibly none, not null
     * @return this builder, not null
     * @throws IllegalArgumentException if all seven days are rest days
     */
    public Builder restDays(LegalBasis basis, DayOfWeek... days) {
      requireNonNull(basis, "basis");
      requireNonNull(days, "days");
      Set<DayOfWeek> rest = EnumSet.noneOf(DayOfWeek.class);
      for (DayOfWeek day : days) {
        rest.add(requireNonNull(day, "an element of days"));
      }
      checkArgument(rest.size() < 7, "a working week has at least one working day; %s rests on all seven", basis);
      this.restDays = rest;
      this.weekBasis = basis;
      return this;
    }

    /**
     * Adds a schedule, or puts it in place of the one for its year.
     *
     * @param schedule the schedule, not null
     * @return this builder, not null
     */
    public Builder schedule(OfficialSchedule schedule) {
      schedules.put(requireNonNull(schedule, "schedule").year(), schedule);
      return this;
    }

    /**
     * Adds the schedules of a text in the format of {@link OfficialSchedule#parseAll(CharSequence) OfficialSchedule.parseAll}, each in place
     * of the one for its year.
     *
     * @param text the text, not null
     * @return this builder, not null
     * @throws OfficialScheduleParseException if the text is not in the format
     * @throws IllegalArgumentException if a schedule breaks a rule of {@link OfficialSchedule.Builder}
     */
    public Builder schedules(CharSequence text) {
      for (OfficialSchedule schedule : OfficialSchedule.parseAll(requireNonNull(text, "text"))) {
        schedule(schedule);
      }
      return this;
    }

    /**
     * Removes every schedule, the shipped ones included, so that every year follows the statutory rule until
     * schedules are added again.
     *
     * @return this builder, not null
     */
    public Builder withoutSchedules() {
      schedules.clear();
      return this;
    }

    /**
     * Adds a day off of a province or an office, {@link HolidayKind#LOCAL_DAY_OFF}.
     *
     * @param day the day, from 2006-01-01 to 2199-12-31, not null
     * @param basis the decision that gives it, not null
     * @return this builder, not null
     * @throws DateTimeException if the day is outside the range
     */
    public Builder localDayOff(LocalDate day, LegalBasis basis) {
      CalendarRange.WORKING.check(day, "day");
      requireNonNull(basis, "basis");
      localDaysOff.add(PublicHoliday.of(day, HolidayKind.LOCAL_DAY_OFF, basis));
      return this;
    }

    /**
     * Makes a weekly rest day a working day for a province or an office. A holiday on that day stays a day off.
     *
     * @param day the day, from 2006-01-01 to 2199-12-31, not null
     * @param basis the decision that makes it a working day, not null
     * @return this builder, not null
     * @throws DateTimeException if the day is outside the range
     */
    public Builder localWorkingDay(LocalDate day, LegalBasis basis) {
      CalendarRange.WORKING.check(day, "day");
      requireNonNull(basis, "basis");
      localWorkingDays.put(day, basis);
      return this;
    }

    /**
     * Makes Ngày Văn hóa Việt Nam, 24 November, a day off in every year on whose 24 November the basis is in force.
     * It gives no compensatory day: it is not one of the holidays of Bộ luật Lao động 2019, Điều 112. See {@link
     * WorkingCalendar#CULTURE_DAY} for why {@link WorkingCalendar#vietnam()} leaves it out.
     *
     * @param basis the instrument that makes the day a day off, not null
     * @return this builder
     */
    public Builder cultureDay(LegalBasis basis) {
      this.cultureDay = requireNonNull(basis, "basis");
      return this;
    }

    /**
     * Builds the calendar and its counts over 2006-01-01 to 2199-12-31.
     *
     * @return the calendar, not null
     */
    public WorkingCalendar build() {
      return new WorkingCalendar(this);
    }
  }
}
