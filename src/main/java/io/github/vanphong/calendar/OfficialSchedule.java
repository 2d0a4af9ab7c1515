package io.github.vanphong.calendar;

import static com.google.common.collect.ImmutableList.toImmutableList;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The Government's day-off schedule for one year, as civil servants receive it: which days Tết falls on, which
 * day is the second day of Quốc khánh, and which working days are swapped for Saturdays. For example the schedule
 * for 2026 (Thông báo 9441/TB-BNV) keeps offices closed from Saturday 14 to Sunday 22 February: Tết on 16 to 20
 * February between two weekends.
 *
 * <p>The labour code lists the holidays and leaves the Prime Minister to fix the days of Tết and of the second day
 * of Quốc khánh (Bộ luật Lao động 45/2019/QH14, Điều 112, khoản 3); the yearly notice also swaps days ("hoán đổi
 * ngày làm việc"): a weekday becomes a {@link HolidayKind#SCHEDULED_DAY_OFF} and a Saturday a working day. A
 * schedule holds only what the notice decides: the fixed holidays (1/1, 30/4, 1/5, 2/9, 10/3 âm lịch) and the
 * compensatory days follow from the law and are not repeated here.
 *
 * <p>The library ships the schedules it could confirm ({@link #shipped()}, listed in {@code docs/calendar-data.md});
 * an application adds or replaces a year with {@link WorkingCalendar.Builder#schedule(OfficialSchedule) Builder.schedule}, built
 * here or read with {@link #parseAll(CharSequence) parseAll} from the same text format as the shipped file. {@link
 * #toString()} gives that format for one year, and {@link #parse(CharSequence) parse} reads it back.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.NaturalOrder on attributes: Immutables, needed only to compile
@ValueType
public abstract class OfficialSchedule {

  OfficialSchedule() {}

  /**
   * The year the schedule governs, for example 2026.
   *
   * @return the year, from 2006 to 2199, the years of {@link WorkingCalendar#FIRST_DAY} and {@link
   *     WorkingCalendar#LAST_DAY}
   */
  public abstract int year();

  /**
   * The days off the schedule fixes: the days of Tết ({@link HolidayKind#LUNAR_NEW_YEAR}), the days of Quốc khánh
   * ({@link HolidayKind#NATIONAL_DAY}) and the weekdays swapped off ({@link HolidayKind#SCHEDULED_DAY_OFF}), each
   * with the notice it comes from, in date order.
   *
   * @return the days off, possibly empty, not null
   */
  public abstract ImmutableList<PublicHoliday> daysOff();

  /**
   * The weekly rest days that the schedule makes working days (the Saturday worked for a weekday off), each with
   * the notice it comes from.
   *
   * @return the working days, by date, possibly empty, not null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<LocalDate, LegalBasis> workingDays();

  /**
   * Returns the days of Tết the schedule fixes.
   *
   * @return the days, in order; empty if the schedule leaves Tết to the statutory rule
   */
  public ImmutableList<LocalDate> lunarNewYearDays() {
    return daysOf(HolidayKind.LUNAR_NEW_YEAR);
  }

  /**
   * Returns the days of Quốc khánh the schedule fixes, 2 September among them where it lists it.
   *
   * @return the days, in order; empty if the schedule leaves Quốc khánh to the statutory rule
   */
  public ImmutableList<LocalDate> nationalDayDays() {
    return daysOf(HolidayKind.NATIONAL_DAY);
  }

  private ImmutableList<LocalDate> daysOf(HolidayKind kind) {
    return daysOff().stream().filter(h -> h.kind() == kind).map(PublicHoliday::date).collect(toImmutableList());
  }

  /**
   * Returns a builder for a schedule of one's own, for example a province's.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Reads one year in the text format of {@link #toString()}.
   *
   * @param text the text of one year's section, not null
   * @return the schedule, not null
   * @throws OfficialScheduleParseException if the text is not in the format, or does not hold exactly one year;
   *     the exception names the line
   * @throws IllegalArgumentException if the schedule breaks a rule of {@link #builder()}
   */
  public static OfficialSchedule parse(CharSequence text) {
    requireNonNull(text, "text");
    ImmutableList<OfficialSchedule> all = parseAll(text);
    if (all.size() != 1) {
      throw new OfficialScheduleParseException(
          "a schedule text must hold exactly one year; it holds " + all.size(), 1);
    }
    return all.get(0);
  }

  /**
   * Reads any number of years in the text format of the shipped file {@code
   * io/github/vanphong/calendar/official-schedules.txt}: a section per year that starts with {@code year 2026};
   * {@code basis} lines ({@code instrument | article | first day in force | verified, reported or unconfirmed})
   * that apply to the lines after them; {@code tet}, {@code national-day}, {@code off} and {@code work} lines that
   * list days ({@code 2026-02-16} or a range {@code 2026-02-16..2026-02-20}, which lies within the year of its
   * section); {@code #} comments and blank lines. A year is four ASCII digits. An error message quotes at most 60
   * characters of the text and lists at most five broken rules, so it stays short whatever the text.
   *
   * @param text the text, not null
   * @return the schedules in the order of the text, not null
   * @throws OfficialScheduleParseException if the text is not in the format; the exception names the line
   * @throws IllegalArgumentException if a schedule breaks a rule of {@link #builder()}
   */
  public static ImmutableList<OfficialSchedule> parseAll(CharSequence text) {
    requireNonNull(text, "text");
    return OfficialScheduleParser.parse(text.toString());
  }

  /**
   * Returns the schedules that ship with the library, read from {@code official-schedules.txt} in the jar.
   *
   * @return the shipped schedules by year, not null
   */
  public static ImmutableSortedMap<Integer, OfficialSchedule> shipped() {
    return OfficialScheduleFile.SHIPPED;
  }

  @Value.Check
  OfficialSchedule check() {
    List<String> violations = new ArrayList<>();
    if (year() < CalendarRange.WORKING.first().getYear() || year() > CalendarRange.WORKING.last().getYear()) {
      violations.add(
          "a schedule is for a year from "
              + CalendarRange.WORKING.first().getYear()
              + " to "
              + CalendarRange.WORKING.last().getYear()
              + "; this one is for "
              + year());
    }
    Set<LocalDate> seen = new HashSet<>();
    for (PublicHoliday day : daysOff()) {
      if (day.date().getYear() != year()) {
        violations.add("the schedule for " + year() + " cannot set " + day.date() + " off");
      }
      if (!seen.add(day.date())) {
        violations.add("the schedule for " + year() + " sets " + day.date() + " off twice");
      }
      if (day.kind() != HolidayKind.LUNAR_NEW_YEAR
          && day.kind() != HolidayKind.NATIONAL_DAY
          && day.kind() != HolidayKind.SCHEDULED_DAY_OFF) {
        violations.add(
            "a schedule sets the days of Tết, of Quốc khánh and swapped days off; "
                + day.date()
                + " is "
                + day.kind());
      }
    }
    for (Map.Entry<LocalDate, LegalBasis> work : workingDays().entrySet()) {
      if (work.getKey().getYear() != year()) {
        violations.add("the schedule for " + year() + " cannot make " + work.getKey() + " a working day");
      }
      if (seen.contains(work.getKey())) {
        violations.add(
            "the schedule for " + year() + " makes " + work.getKey() + " both a day off and a working day");
      }
    }
    checkLunarNewYear(violations);
    checkNationalDay(violations);
    Set<LegalBasis> bases = new java.util.LinkedHashSet<>();
    daysOff().forEach(day -> bases.add(day.basis()));
    bases.addAll(workingDays().values());
    for (LegalBasis basis : bases) {
      OfficialScheduleParser.whyNotWritable(basis).ifPresent(violations::add);
    }
    if (!violations.isEmpty()) {
      throw new IllegalArgumentException(OfficialScheduleParser.shortList(violations));
    }
    if (isSorted(daysOff())) {
      return this;
    }
    return builder().from(this).daysOff(ImmutableList.sortedCopyOf(PublicHoliday.BY_DATE, daysOff())).build();
  }

  private static boolean isSorted(ImmutableList<PublicHoliday> days) {
    for (int i = 1; i < days.size(); i++) {
      if (PublicHoliday.BY_DATE.compare(days.get(i - 1), days.get(i)) > 0) {
        return false;
      }
    }
    return true;
  }

  private void checkLunarNewYear(List<String> violations) {
    ImmutableList<LocalDate> tet = lunarNewYearDays();
    if (tet.isEmpty()) {
      return;
    }
    LabourCode code = LabourCode.inForceOn(tet.get(0));
    if (tet.size() != code.lunarNewYearDays()) {
      violations.add(
          "Tết lasts "
              + code.lunarNewYearDays()
              + " days under "
              + code.basis().citation()
              + "; the schedule for "
              + year()
              + " lists "
              + tet.size());
    }
    for (int i = 1; i < tet.size(); i++) {
      if (!tet.get(i).equals(tet.get(i - 1).plusDays(1))) {
        violations.add(
            "the days of Tết follow each other; the schedule for "
                + year()
                + " lists "
                + tet.get(i - 1)
                + " then "
                + tet.get(i));
      }
    }
  }

  private void checkNationalDay(List<String> violations) {
    ImmutableList<LocalDate> days = nationalDayDays();
    if (days.isEmpty()) {
      return;
    }
    LocalDate national = LocalDate.of(year(), Month.SEPTEMBER, 2);
    LabourCode code = LabourCode.inForceOn(national);
    Set<LocalDate> all = new HashSet<>(days);
    all.add(national);
    if (all.size() != code.nationalDayDays()) {
      violations.add(
          "Quốc khánh lasts "
              + code.nationalDayDays()
              + " days under "
              + code.basis().citation()
              + ", 2 September and an adjacent day from 2021; the schedule for "
              + year()
              + " lists "
              + days);
    }
    for (LocalDate day : days) {
      if (Math.abs(day.toEpochDay() - national.toEpochDay()) > 1) {
        violations.add(
            "the second day of Quốc khánh is adjacent to 2 September; the schedule for "
                + year()
                + " lists "
                + day);
      }
    }
  }

  /**
   * Returns the schedule in the text format that {@link #parse(CharSequence) parse} reads back: {@code year}, then for
   * each basis in turn its {@code basis} line and its days.
   *
   * @return the text, one line per basis and kind of day, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("year ").append(year()).append('\n');
    Map<LegalBasis, List<String>> lines = new java.util.LinkedHashMap<>();
    for (PublicHoliday day : daysOff()) {
      String keyword = OfficialScheduleParser.keyword(day.kind());
      lines.computeIfAbsent(day.basis(), b -> new ArrayList<>()).add(keyword + " " + day.date());
    }
    for (Map.Entry<LocalDate, LegalBasis> work : workingDays().entrySet()) {
      lines.computeIfAbsent(work.getValue(), b -> new ArrayList<>()).add("work " + work.getKey());
    }
    for (Map.Entry<LegalBasis, List<String>> entry : lines.entrySet()) {
      text.append(OfficialScheduleParser.basisLine(entry.getKey())).append('\n');
      for (String line : entry.getValue()) {
        text.append(line).append('\n');
      }
    }
    return text.toString();
  }

  /**
   * Builds an {@link OfficialSchedule}: the year is required; days off and working days are optional.
   *
   * <p>Rules checked on {@code build()}, all reported together (the first five, with the number of the others): the
   * year lies from 2006 to 2199; every day lies in the year; no day is set off twice, nor both off and worked; the
   * days off are Tết, Quốc khánh or swapped days off; Tết lists as many consecutive days as the code in force on its
   * first day gives; Quốc khánh lists days adjacent to 2 September, as many as the code in force gives; and every
   * basis is one the text format of {@link OfficialSchedule#toString()} writes and reads back whole: an instrument
   * with a name and a first day in force and no end, amendment or replacement, cited by an article, in force and
   * confirmed as the instrument is, whose name and article neither start nor end with a space and hold no {@code #},
   * no {@code |} and no line break. So every schedule built reads back equal from its text.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableOfficialSchedule.Builder {
    Builder() {}

    /**
     * Adds days of Tết fixed by the given notice.
     *
     * @param basis the notice, not null
     * @param days the days, in order, not null
     * @return this builder, not null
     */
    public Builder lunarNewYear(LegalBasis basis, LocalDate... days) {
      return add(HolidayKind.LUNAR_NEW_YEAR, basis, days);
    }

    /**
     * Adds days of Quốc khánh fixed by the given notice, 2 September with or without its adjacent day.
     *
     * @param basis the notice, not null
     * @param days the days, not null
     * @return this builder, not null
     */
    public Builder nationalDay(LegalBasis basis, LocalDate... days) {
      return add(HolidayKind.NATIONAL_DAY, basis, days);
    }

    /**
     * Adds weekdays made days off by the given notice (the weekday of a swap).
     *
     * @param basis the notice, not null
     * @param days the days, not null
     * @return this builder, not null
     */
    public Builder dayOff(LegalBasis basis, LocalDate... days) {
      return add(HolidayKind.SCHEDULED_DAY_OFF, basis, days);
    }

    /**
     * Adds rest days made working days by the given notice (the Saturday of a swap).
     *
     * @param basis the notice, not null
     * @param days the days, not null
     * @return this builder, not null
     */
    public Builder workingDay(LegalBasis basis, LocalDate... days) {
      requireNonNull(basis, "basis");
      for (LocalDate day : Arguments.list("days", days)) {
        putWorkingDay(day, basis);
      }
      return this;
    }

    private Builder add(HolidayKind kind, LegalBasis basis, LocalDate... days) {
      requireNonNull(basis, "basis");
      for (LocalDate day : Arguments.list("days", days)) {
        addDaysOff(PublicHoliday.of(day, kind, basis));
      }
      return this;
    }
  }
}
