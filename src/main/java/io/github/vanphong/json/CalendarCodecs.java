package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSet;
import io.github.vanphong.calendar.CivilCode;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.HolidayKind;
import io.github.vanphong.calendar.LabourCode;
import io.github.vanphong.calendar.LunarDate;
import io.github.vanphong.calendar.OfficialSchedule;
import io.github.vanphong.calendar.PublicHoliday;
import io.github.vanphong.calendar.Suspension;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.LegalBasis;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The JSON form of the types of {@code io.github.vanphong.calendar}: calendars, time limits and deadlines. */
final class CalendarCodecs {
  private CalendarCodecs() {}

  static final EnumCodec<DayCount> DAY_COUNT =
      Codecs.codes(DayCount.class)
          .code(DayCount.CALENDAR_DAYS, "calendar-days")
          .code(DayCount.WORKING_DAYS, "working-days")
          .build();

  static final EnumCodec<DeadlineStatus> DEADLINE_STATUS =
      Codecs.codes(DeadlineStatus.class)
          .code(DeadlineStatus.ON_TRACK, "on-track")
          .code(DeadlineStatus.DUE_SOON, "due-soon")
          .code(DeadlineStatus.DUE_TODAY, "due-today")
          .code(DeadlineStatus.OVERDUE, "overdue")
          .code(DeadlineStatus.MET, "met")
          .code(DeadlineStatus.MET_LATE, "met-late")
          .build();

  static final EnumCodec<CivilCode> CIVIL_CODE =
      Codecs.codes(CivilCode.class)
          .code(CivilCode.CODE_2005, "code-2005")
          .code(CivilCode.CODE_2015, "code-2015")
          .build();

  static final EnumCodec<HolidayKind> HOLIDAY_KIND =
      Codecs.codes(HolidayKind.class)
          .code(HolidayKind.NEW_YEAR, "new-year")
          .code(HolidayKind.LUNAR_NEW_YEAR, "lunar-new-year")
          .code(HolidayKind.HUNG_KINGS, "hung-kings")
          .code(HolidayKind.REUNIFICATION, "reunification")
          .code(HolidayKind.LABOUR_DAY, "labour-day")
          .code(HolidayKind.NATIONAL_DAY, "national-day")
          .code(HolidayKind.CULTURE_DAY, "culture-day")
          .code(HolidayKind.COMPENSATORY, "compensatory")
          .code(HolidayKind.SCHEDULED_DAY_OFF, "scheduled-day-off")
          .code(HolidayKind.LOCAL_DAY_OFF, "local-day-off")
          .build();

  static final EnumCodec<LabourCode> LABOUR_CODE =
      Codecs.codes(LabourCode.class)
          .code(LabourCode.CODE_1994, "code-1994")
          .code(LabourCode.CODE_1994_AS_AMENDED_2007, "code-1994-as-amended-2007")
          .code(LabourCode.CODE_2012, "code-2012")
          .code(LabourCode.CODE_2019, "code-2019")
          .build();

  /** A lunar date in its canonical text, {@code "2016-01-01"} or, in a leap month, {@code "2017-06L-15"}. */
  static final Codec<LunarDate> LUNAR_DATE =
      Codecs.text(
          LunarDate.class, "a lunar date as yyyy-MM-dd or, in a leap month, yyyy-MML-dd", LunarDate::toString,
          LunarDate::parse);

  /** {@code {"days": 10, "count": "working-days", "basis": {...}}}. */
  static final Codec<TimeLimit> TIME_LIMIT =
      Codecs.object(
          TimeLimit.class,
          (out, t) ->
              out.integer("days", t.days())
                  .put("count", DAY_COUNT, t.count())
                  .put("basis", LawCodecs.LEGAL_BASIS, t.basis()),
          in -> {
            int days = in.integer("days");
            DayCount count = in.get("count", DAY_COUNT);
            LegalBasis basis = in.get("basis", LawCodecs.LEGAL_BASIS);
            return count == DayCount.WORKING_DAYS
                ? TimeLimit.workingDays(days, basis)
                : TimeLimit.calendarDays(days, basis);
          });

  /** {@code {"days": 30, "basis": {...}}}. */
  static final Codec<Extension> EXTENSION =
      Codecs.object(
          Extension.class,
          (out, e) -> out.integer("days", e.days()).put("basis", LawCodecs.LEGAL_BASIS, e.basis()),
          in -> Extension.of(in.integer("days"), in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** {@code {"firstDay": ..., "lastDay": ..., "reason": "...", "basis": {...}}}. */
  static final Codec<Suspension> SUSPENSION =
      Codecs.object(
          Suspension.class,
          (out, s) ->
              out.put("firstDay", Codecs.DATE, s.firstDay())
                  .put("lastDay", Codecs.DATE, s.lastDay())
                  .text("reason", s.reason())
                  .put("basis", LawCodecs.LEGAL_BASIS, s.basis()),
          in ->
              Suspension.of(
                  in.get("firstDay", Codecs.DATE),
                  in.get("lastDay", Codecs.DATE),
                  in.text("reason"),
                  in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** {@code {"date": "2026-02-17", "kind": "lunar-new-year", "basis": {...}}}. */
  static final Codec<PublicHoliday> PUBLIC_HOLIDAY =
      Codecs.object(
          PublicHoliday.class,
          (out, h) ->
              out.put("date", Codecs.DATE, h.date())
                  .put("kind", HOLIDAY_KIND, h.kind())
                  .put("basis", LawCodecs.LEGAL_BASIS, h.basis()),
          in ->
              PublicHoliday.of(
                  in.get("date", Codecs.DATE), in.get("kind", HOLIDAY_KIND), in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** A day with the decision about it: a working day of a schedule, a local day off or working day. */
  record DayWithBasis(LocalDate day, LegalBasis basis) {}

  /** {@code {"day": "2026-08-22", "basis": {...}}}. */
  static final Codec<DayWithBasis> DAY_WITH_BASIS =
      Codecs.object(
          DayWithBasis.class,
          (out, d) -> out.put("day", Codecs.DATE, d.day()).put("basis", LawCodecs.LEGAL_BASIS, d.basis()),
          in -> new DayWithBasis(in.get("day", Codecs.DATE), in.get("basis", LawCodecs.LEGAL_BASIS)));

  /**
   * A year's schedule: {@code year}, {@code daysOff} (each of the kind {@code lunar-new-year}, {@code national-day}
   * or {@code scheduled-day-off}) and {@code workingDays}, read through the schedule's builder and its rules.
   */
  static final Codec<OfficialSchedule> OFFICIAL_SCHEDULE =
      Codecs.object(
          OfficialSchedule.class,
          (out, s) ->
              out.integer("year", s.year())
                  .list("daysOff", PUBLIC_HOLIDAY, s.daysOff())
                  .list("workingDays", DAY_WITH_BASIS, daysWithBases(s.workingDays())),
          in -> {
            OfficialSchedule.Builder builder = OfficialSchedule.builder();
            builder.year(in.integer("year"));
            for (PublicHoliday off : in.list("daysOff", PUBLIC_HOLIDAY)) {
              switch (off.kind()) {
                case LUNAR_NEW_YEAR -> builder.lunarNewYear(off.basis(), off.date());
                case NATIONAL_DAY -> builder.nationalDay(off.basis(), off.date());
                case SCHEDULED_DAY_OFF -> builder.dayOff(off.basis(), off.date());
                default ->
                    throw new IllegalArgumentException(
                        "a schedule sets off only days of Tết, of Quốc khánh or swapped days; "
                            + off.date() + " is a " + HOLIDAY_KIND.code(off.kind()));
              }
            }
            for (DayWithBasis work : in.list("workingDays", DAY_WITH_BASIS)) {
              builder.workingDay(work.basis(), work.day());
            }
            return builder.build();
          });

  /**
   * A working calendar as the facts it counts from: {@code restDays} and the {@code weekBasis} that sets them;
   * {@code shippedSchedules}, whether it keeps every schedule shipped with the library that reads it; the
   * {@code schedules} it adds or puts in place of a shipped one (all of them if it does not keep the shipped ones);
   * {@code localDaysOff}, {@code localWorkingDays} and the {@code cultureDay} basis if it counts that day.
   */
  static final Codec<WorkingCalendar> WORKING_CALENDAR =
      Codecs.object(
          WorkingCalendar.class,
          (out, c) -> {
            boolean shipped = keepsShippedSchedules(c);
            out.list("restDays", Codecs.DAY_OF_WEEK, c.restDays())
                .put("weekBasis", LawCodecs.LEGAL_BASIS, c.workingWeekBasis())
                .bool("shippedSchedules", shipped)
                .list(
                    "schedules",
                    OFFICIAL_SCHEDULE,
                    c.schedules().values().stream()
                        .filter(s -> !shipped || !s.equals(OfficialSchedule.shipped().get(s.year())))
                        .toList())
                .list(
                    "localDaysOff",
                    DAY_WITH_BASIS,
                    c.localDaysOff().stream().map(h -> new DayWithBasis(h.date(), h.basis())).toList())
                .list("localWorkingDays", DAY_WITH_BASIS, daysWithBases(c.localWorkingDays()))
                .optional("cultureDay", LawCodecs.LEGAL_BASIS, c.cultureDay());
          },
          CalendarCodecs::readCalendar);

  private static boolean keepsShippedSchedules(WorkingCalendar calendar) {
    return OfficialSchedule.shipped().entrySet().stream()
        .allMatch(e -> e.getValue().equals(calendar.schedules().get(e.getKey())));
  }

  private static ImmutableList<DayWithBasis> daysWithBases(Map<LocalDate, LegalBasis> days) {
    return days.entrySet().stream()
        .map(e -> new DayWithBasis(e.getKey(), e.getValue()))
        .collect(ImmutableList.toImmutableList());
  }

  private static WorkingCalendar readCalendar(In in) {
    ImmutableSet<DayOfWeek> restDays = in.set("restDays", Codecs.DAY_OF_WEEK);
    LegalBasis weekBasis = in.get("weekBasis", LawCodecs.LEGAL_BASIS);
    boolean shipped = in.bool("shippedSchedules");
    ImmutableList<OfficialSchedule> schedules = in.list("schedules", OFFICIAL_SCHEDULE);
    ImmutableList<DayWithBasis> daysOff = in.list("localDaysOff", DAY_WITH_BASIS);
    ImmutableList<DayWithBasis> workingDays = in.list("localWorkingDays", DAY_WITH_BASIS);
    Optional<LegalBasis> cultureDay = in.optional("cultureDay", LawCodecs.LEGAL_BASIS);
    WorkingCalendar vietnam = WorkingCalendar.vietnam();
    if (shipped
        && restDays.equals(vietnam.restDays())
        && weekBasis.equals(vietnam.workingWeekBasis())
        && schedules.isEmpty()
        && daysOff.isEmpty()
        && workingDays.isEmpty()
        && cultureDay.isEmpty()) {
      // The calendar of the library itself: shared, not counted again.
      return vietnam;
    }
    WorkingCalendar.Builder builder = WorkingCalendar.builder().restDays(weekBasis, restDays.toArray(DayOfWeek[]::new));
    if (!shipped) {
      builder.withoutSchedules();
    }
    Set<Integer> years = new HashSet<>();
    for (OfficialSchedule schedule : schedules) {
      if (!years.add(schedule.year())) {
        throw new IllegalArgumentException("a calendar holds one schedule a year; " + schedule.year() + " has two");
      }
      builder.schedule(schedule);
    }
    daysOff.forEach(d -> builder.localDayOff(d.day(), d.basis()));
    Set<LocalDate> worked = new HashSet<>();
    for (DayWithBasis day : workingDays) {
      if (!worked.add(day.day())) {
        throw new IllegalArgumentException("a local working day is listed once; " + day.day() + " is listed twice");
      }
      builder.localWorkingDay(day.day(), day.basis());
    }
    cultureDay.ifPresent(builder::cultureDay);
    return builder.build();
  }

  /**
   * A deadline as what it was made of: its {@code timeLimit}, {@code startEvent} and {@code eventDay}, the
   * {@code extensions} and {@code suspensions} in the order applied, and the {@code calendar} that counts it. Its
   * due date is counted again on reading, so it cannot disagree with its rules.
   */
  static final Codec<Deadline> DEADLINE =
      Codecs.object(
          Deadline.class,
          (out, d) ->
              out.put("timeLimit", TIME_LIMIT, d.timeLimit())
                  .text("startEvent", d.startEvent())
                  .put("eventDay", Codecs.DATE, d.eventDay())
                  .list("extensions", EXTENSION, d.extensions())
                  .list("suspensions", SUSPENSION, d.suspensions())
                  .put("calendar", WORKING_CALENDAR, d.calendar()),
          in -> {
            Deadline deadline =
                Deadline.of(
                    in.get("timeLimit", TIME_LIMIT),
                    in.text("startEvent"),
                    in.get("eventDay", Codecs.DATE),
                    in.get("calendar", WORKING_CALENDAR));
            for (Extension extension : in.list("extensions", EXTENSION)) {
              deadline = deadline.extendedBy(extension);
            }
            for (Suspension suspension : in.list("suspensions", SUSPENSION)) {
              deadline = deadline.suspendedFor(suspension);
            }
            return deadline;
          });

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        DAY_COUNT,
        DEADLINE_STATUS,
        CIVIL_CODE,
        HOLIDAY_KIND,
        LABOUR_CODE,
        LUNAR_DATE,
        TIME_LIMIT,
        EXTENSION,
        SUSPENSION,
        PUBLIC_HOLIDAY,
        OFFICIAL_SCHEDULE,
        WORKING_CALENDAR,
        DEADLINE);
  }
}
