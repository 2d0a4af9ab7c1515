package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import io.github.vanphong.calendar.CivilCode;
import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.HolidayKind;
import io.github.vanphong.calendar.LabourCode;
import io.github.vanphong.calendar.LunarDate;
import io.github.vanphong.calendar.OfficialSchedule;
import io.github.vanphong.calendar.PublicHoliday;
import io.github.vanphong.calendar.Suspension;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.testing.WorkingCalendarArbitraries;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.calendar}. */
class CalendarJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  private static final LegalBasis NOTICE = LegalBasis.of(Instruments.STATE_CLERICAL_DECREE_2020, "Điều 1");

  /** A schedule of one's own: a province's Quốc khánh and a swapped day. */
  private static final OfficialSchedule PROVINCE_2030 =
      schedule(2030);

  /** Calendars built once: each build counts two centuries of days. */
  private static final ImmutableList<WorkingCalendar> CALENDARS =
      ImmutableList.of(
          WorkingCalendar.vietnam(),
          WorkingCalendar.builder().restDays(NOTICE, DayOfWeek.SUNDAY).build(),
          WorkingCalendar.builder()
              .localDayOff(LocalDate.of(2027, 3, 8), NOTICE)
              .localWorkingDay(LocalDate.of(2027, 3, 13), NOTICE)
              .cultureDay(WorkingCalendar.CULTURE_DAY)
              .build(),
          WorkingCalendar.builder().withoutSchedules().schedule(PROVINCE_2030).build(),
          WorkingCalendar.vietnam().withSchedule(PROVINCE_2030));

  private static OfficialSchedule schedule(int year) {
    OfficialSchedule.Builder builder = OfficialSchedule.builder();
    builder.year(year);
    return builder
        .nationalDay(NOTICE, LocalDate.of(year, 9, 2), LocalDate.of(year, 9, 3))
        .dayOff(NOTICE, LocalDate.of(year, 4, 29))
        .workingDay(NOTICE, LocalDate.of(year, 4, 27))
        .build();
  }

  @Property(tries = 50)
  void enumerationsObeyTheLaws(
      @ForAll CivilCode civil, @ForAll LabourCode labour, @ForAll HolidayKind kind) {
    JsonLaws.assertLaws(civil, CivilCode.class);
    JsonLaws.assertLaws(labour, LabourCode.class);
    JsonLaws.assertLaws(kind, HolidayKind.class);
  }

  @Property(tries = 200)
  void lunarDatesObeyTheLaws(@ForAll LunarDate date) {
    JsonLaws.assertLaws(date, LunarDate.class);
  }

  @Property(tries = 100)
  void timeLimitsObeyTheLaws(@ForAll TimeLimit limit) {
    JsonLaws.assertLaws(limit, TimeLimit.class);
  }

  @Property(tries = 100)
  void extensionsObeyTheLaws(@ForAll Extension extension) {
    JsonLaws.assertLaws(extension, Extension.class);
  }

  @Property(tries = 100)
  void suspensionsObeyTheLaws(@ForAll("suspensions") Suspension suspension) {
    JsonLaws.assertLaws(suspension, Suspension.class);
  }

  @Property(tries = 100)
  void publicHolidaysObeyTheLaws(@ForAll PublicHoliday holiday) {
    JsonLaws.assertLaws(holiday, PublicHoliday.class);
  }

  @Property(tries = 30)
  void officialSchedulesObeyTheLaws(@ForAll("schedules") OfficialSchedule schedule) {
    JsonLaws.assertLaws(schedule, OfficialSchedule.class);
  }

  @Example
  void workingCalendarsObeyTheLaws() {
    for (WorkingCalendar calendar : CALENDARS) {
      JsonLaws.assertRoundTrip(calendar, WorkingCalendar.class);
    }
    // Every law on the calendars that read back without counting their days again.
    JsonLaws.assertLaws(WorkingCalendar.vietnam(), WorkingCalendar.class);
    JsonLaws.assertUnknownFieldsRefused(CALENDARS.get(2), WorkingCalendar.class);
  }

  @Property(tries = 50)
  void deadlinesObeyTheLaws(@ForAll("deadlines") Deadline deadline) {
    Deadline back = JsonLaws.assertRoundTrip(deadline, Deadline.class);
    assertThat(back.dueDate()).isEqualTo(deadline.dueDate());
    if (deadline.calendar().equals(WorkingCalendar.vietnam())) {
      JsonLaws.assertLaws(deadline, Deadline.class);
    }
  }

  @Example
  void theLibrarysCalendarIsWrittenWithoutItsSchedules() {
    var tree = JsonLaws.MAPPER.valueToTree(WorkingCalendar.vietnam());
    assertThat(tree.get("shippedSchedules").booleanValue()).isTrue();
    assertThat(tree.get("schedules").size()).isZero();
    assertThat(JsonLaws.read(tree.toString(), WorkingCalendar.class)).isSameAs(WorkingCalendar.vietnam());
  }

  @Example
  void aCalendarWithoutTheShippedSchedulesListsItsOwn() {
    var tree = JsonLaws.MAPPER.valueToTree(CALENDARS.get(3));
    assertThat(tree.get("shippedSchedules").booleanValue()).isFalse();
    assertThat(tree.get("schedules").size()).isEqualTo(1);
  }

  @Example
  void anUnknownHolidayCodeIsRefused() {
    String json = JsonLaws.write(WorkingCalendarArbitraries.publicHolidays().sample()).replaceFirst(
        "\"kind\":\"[a-z-]+\"", "\"kind\":\"tet\"");
    JsonLaws.assertRefusedAt(json, PublicHoliday.class, "$.kind");
  }

  @Example
  void aScheduleCannotSetOffAnotherKindOfDay() {
    String json = JsonLaws.write(PROVINCE_2030).replace("scheduled-day-off", "local-day-off");
    JsonLaws.assertRefusedAt(json, OfficialSchedule.class, "$");
  }

  @Example
  void aCalendarCannotHoldTwoSchedulesOfAYear() {
    var tree = (tools.jackson.databind.node.ObjectNode) JsonLaws.MAPPER.valueToTree(CALENDARS.get(3));
    var schedules = (tools.jackson.databind.node.ArrayNode) tree.get("schedules");
    schedules.add(schedules.get(0).deepCopy());
    JsonLaws.assertRefusedAt(tree.toString(), WorkingCalendar.class, "$");
  }

  @Example
  void aSuspensionBeforeTheEventIsRefused() {
    Deadline deadline =
        TimeLimit.workingDays(10, NOTICE).from("đơn được tiếp nhận", LocalDate.of(2026, 2, 13), WorkingCalendar.vietnam())
            .suspendedFor(Suspension.of(LocalDate.of(2026, 2, 24), LocalDate.of(2026, 2, 25), "giám định", NOTICE));
    String json = JsonLaws.write(deadline).replace("2026-02-24", "2026-02-10");
    JsonLaws.assertRefusedAt(json, Deadline.class, "$");
  }

  @Provide
  Arbitrary<Suspension> suspensions() {
    return Combinators.combine(
            WorkingCalendarArbitraries.workingDays(),
            Arbitraries.integers().between(0, 30),
            Arbitraries.of("giám định", "chờ kết quả xác minh"),
            WorkingCalendarArbitraries.bases())
        .as((first, length, reason, basis) -> Suspension.of(first, first.plusDays(length), reason, basis));
  }

  @Provide
  Arbitrary<OfficialSchedule> schedules() {
    return Arbitraries.of(
        ImmutableList.<OfficialSchedule>builder()
            .addAll(OfficialSchedule.shipped().values())
            .add(PROVINCE_2030)
            .build());
  }

  @Provide
  Arbitrary<Deadline> deadlines() {
    Arbitrary<LocalDate> eventDays =
        Arbitraries.longs()
            .between(WorkingCalendar.FIRST_DAY.toEpochDay(), LocalDate.of(2150, 12, 31).toEpochDay())
            .map(LocalDate::ofEpochDay);
    return Combinators.combine(
            WorkingCalendarArbitraries.timeLimits(),
            eventDays,
            WorkingCalendarArbitraries.extensions().list().ofMaxSize(2),
            Arbitraries.integers().between(1, 40).list().ofMaxSize(2),
            Arbitraries.of(CALENDARS))
        .as(CalendarJsonProperties::deadline);
  }

  private static Deadline deadline(
      TimeLimit limit, LocalDate eventDay, List<Extension> extensions, List<Integer> gaps, WorkingCalendar calendar) {
    Deadline deadline = limit.from("đơn được tiếp nhận", eventDay, calendar);
    for (Extension extension : extensions) {
      deadline = deadline.extendedBy(extension);
    }
    LocalDate from = eventDay;
    for (int gap : gaps) {
      from = from.plusDays(gap);
      deadline = deadline.suspendedFor(Suspension.of(from, from.plusDays(gap / 4), "giám định", NOTICE));
      from = from.plusDays(gap / 4);
    }
    return deadline;
  }
}
