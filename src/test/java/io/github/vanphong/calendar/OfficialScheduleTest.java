package io.github.vanphong.calendar;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OfficialScheduleTest {

  private static final LegalBasis NOTICE =
      LegalBasis.of(
          Instrument.builder()
              .name("Thông báo 9441/TB-BNV")
              .inForceFrom(LocalDate.of(2026, 1, 1))
              .confirmation(Confirmation.REPORTED)
              .build(),
          "lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026");

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  @Test
  void theLibraryShipsTheSchedulesFrom2012To2026() {
    // 2012 holds only the swap of Monday 31/12/2012 that the notice for 2013 made.
    assertThat(OfficialSchedule.shipped().keySet())
        .containsExactly(2012, 2013, 2014, 2015, 2016, 2017, 2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026);
    assertThat(OfficialSchedule.shipped().get(2012).daysOff()).extracting(PublicHoliday::date)
        .containsExactly(day(2012, 12, 31));
    assertThat(OfficialSchedule.shipped().get(2012).lunarNewYearDays()).isEmpty();
  }

  @Test
  void theOfficialSchedule2026SetsTetFrom16To20February() {
    OfficialSchedule schedule = OfficialSchedule.shipped().get(2026);
    assertThat(schedule.lunarNewYearDays())
        .containsExactly(day(2026, 2, 16), day(2026, 2, 17), day(2026, 2, 18), day(2026, 2, 19), day(2026, 2, 20));
    assertThat(schedule.nationalDayDays()).containsExactly(day(2026, 9, 1));
    assertThat(schedule.workingDays().keySet()).containsExactly(day(2026, 1, 10), day(2026, 8, 22));
    assertThat(schedule.daysOff().get(0).basis().instrument().name()).isEqualTo("Công văn 12729/VPCP-KGVX");
  }

  @Test
  void theTextFormIsReadBack() {
    for (OfficialSchedule schedule : OfficialSchedule.shipped().values()) {
      assertThat(OfficialSchedule.parse(schedule.toString())).isEqualTo(schedule);
    }
  }

  @Test
  void theTextFormListsEachDayUnderItsBasis() {
    OfficialSchedule schedule =
        OfficialSchedule.builder()
            .year(2026)
            .workingDay(NOTICE, day(2026, 8, 22))
            .dayOff(NOTICE, day(2026, 8, 31))
            .nationalDay(NOTICE, day(2026, 9, 1))
            .build();
    assertThat(schedule.toString())
        .isEqualTo(
            "year 2026\n"
                + "basis Thông báo 9441/TB-BNV | lịch nghỉ Tết Âm lịch và Quốc khánh năm 2026 | 2026-01-01 | reported\n"
                + "off 2026-08-31\n"
                + "national-day 2026-09-01\n"
                + "work 2026-08-22\n");
  }

  @Test
  void daysOffAreKeptInDateOrder() {
    OfficialSchedule schedule =
        OfficialSchedule.builder()
            .year(2026)
            .nationalDay(NOTICE, day(2026, 9, 1))
            .dayOff(NOTICE, day(2026, 1, 2))
            .build();
    assertThat(schedule.daysOff()).extracting(PublicHoliday::date).containsExactly(day(2026, 1, 2), day(2026, 9, 1));
  }

  @Test
  void tetLastsFiveDaysUnderTheCodeOf2019() {
    assertThatThrownBy(
            () ->
                OfficialSchedule.builder()
                    .year(2026)
                    .lunarNewYear(NOTICE, day(2026, 2, 16), day(2026, 2, 17), day(2026, 2, 18), day(2026, 2, 19))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "Tết lasts 5 days under Bộ luật Lao động 45/2019/QH14, Điều 112, khoản 1; the schedule for 2026 lists 4");
  }

  @Test
  void tetLastsFourDaysBeforeFirstMay2013() {
    LegalBasis notice = LegalBasis.of(Instrument.of("Thông báo", day(2013, 1, 1)), "Tết 2013");
    OfficialSchedule schedule =
        OfficialSchedule.builder()
            .year(2013)
            .lunarNewYear(notice, day(2013, 2, 9), day(2013, 2, 10), day(2013, 2, 11), day(2013, 2, 12))
            .build();
    assertThat(schedule.lunarNewYearDays()).hasSize(4);
  }

  @Test
  void theDaysOfTetFollowEachOther() {
    assertThatThrownBy(
            () ->
                OfficialSchedule.builder()
                    .year(2026)
                    .lunarNewYear(
                        NOTICE, day(2026, 2, 16), day(2026, 2, 17), day(2026, 2, 18), day(2026, 2, 19), day(2026, 2, 21))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the days of Tết follow each other; the schedule for 2026 lists 2026-02-19 then 2026-02-21");
  }

  @Test
  void quocKhanhHasOneAdjacentDayFrom2021() {
    assertThatThrownBy(
            () ->
                OfficialSchedule.builder()
                    .year(2026)
                    .nationalDay(NOTICE, day(2026, 9, 1), day(2026, 9, 3))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("Quốc khánh lasts 2 days under Bộ luật Lao động 45/2019/QH14");
    assertThatThrownBy(() -> OfficialSchedule.builder().year(2026).nationalDay(NOTICE, day(2026, 9, 2)).build())
        .hasMessageContaining("lists [2026-09-02]");
    assertThatThrownBy(() -> OfficialSchedule.builder().year(2026).nationalDay(NOTICE, day(2026, 9, 4)).build())
        .hasMessageContaining("the second day of Quốc khánh is adjacent to 2 September; the schedule for 2026 lists 2026-09-04");
    assertThat(
            OfficialSchedule.builder()
                .year(2026)
                .nationalDay(NOTICE, day(2026, 9, 2), day(2026, 9, 3))
                .build()
                .nationalDayDays())
        .containsExactly(day(2026, 9, 2), day(2026, 9, 3));
  }

  @Test
  void quocKhanhHasNoAdjacentDayUnderTheCodeOf2012() {
    assertThatThrownBy(() -> OfficialSchedule.builder().year(2020).nationalDay(NOTICE, day(2020, 9, 1)).build())
        .hasMessageStartingWith("Quốc khánh lasts 1 days under Bộ luật Lao động 10/2012/QH13");
    assertThat(OfficialSchedule.builder().year(2020).nationalDay(NOTICE, day(2020, 9, 2)).build().nationalDayDays())
        .containsExactly(day(2020, 9, 2));
  }

  @Test
  void aScheduleReportsEveryViolationAtOnce() {
    assertThatThrownBy(
            () ->
                OfficialSchedule.builder()
                    .year(2026)
                    .dayOff(NOTICE, day(2025, 12, 31), day(2026, 3, 2), day(2026, 3, 2))
                    .workingDay(NOTICE, day(2026, 3, 2), day(2027, 1, 2))
                    .addDaysOff(PublicHoliday.of(day(2026, 5, 4), HolidayKind.COMPENSATORY, NOTICE))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the schedule for 2026 cannot set 2025-12-31 off")
        .hasMessageContaining("the schedule for 2026 sets 2026-03-02 off twice")
        .hasMessageContaining("the schedule for 2026 cannot make 2027-01-02 a working day")
        .hasMessageContaining("the schedule for 2026 makes 2026-03-02 both a day off and a working day")
        .hasMessageContaining(
            "a schedule sets the days of Tết, of Quốc khánh and swapped days off; 2026-05-04 is COMPENSATORY");
  }

  @Test
  void aScheduleIsForAYearOfTheRange() {
    assertThatThrownBy(() -> OfficialSchedule.builder().year(2005).build())
        .hasMessage("a schedule is for a year from 2006 to 2199; this one is for 2005");
    assertThatThrownBy(() -> OfficialSchedule.builder().year(2200).build())
        .hasMessage("a schedule is for a year from 2006 to 2199; this one is for 2200");
    assertThat(OfficialSchedule.builder().year(2006).build().daysOff()).isEmpty();
    assertThat(OfficialSchedule.builder().year(2199).build().workingDays()).isEmpty();
  }

  @Test
  void aTextHoldsRangesCommentsAndConfirmations() {
    OfficialSchedule schedule =
        OfficialSchedule.parse(
            "# a province's own schedule\n"
                + "year 2027\r\n"
                + "\n"
                + "basis Quyết định 1/QĐ-UBND | Điều 1 | 2026-12-01   # no confirmation: verified\n"
                + "tet 2027-02-05..2027-02-09\n"
                + "off 2027-05-03 2027-05-04\n");
    assertThat(schedule.lunarNewYearDays()).hasSize(5).startsWith(day(2027, 2, 5)).endsWith(day(2027, 2, 9));
    assertThat(schedule.daysOff()).hasSize(7);
    assertThat(schedule.daysOff().get(0).basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(OfficialSchedule.parseAll("")).isEmpty();
    assertThat(
            OfficialSchedule.parseAll("year 2027\nbasis A | B | 2027-01-01 | UNCONFIRMED\noff 2027-03-01\nyear 2028\n"))
        .hasSize(2)
        .first()
        .satisfies(s -> assertThat(s.daysOff().get(0).basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED));
  }

  @Test
  void aMalformedTextNamesTheLine() {
    assertParseError("year 2027\nholiday 2027-01-02\n", 2, "expected 'year', 'basis', 'tet', 'national-day', 'off' or 'work', found 'holiday'");
    assertParseError("off 2027-01-02\n", 1, "expected 'year' before 'off'");
    assertParseError("year 2027\noff 2027-01-02\n", 2, "expected a 'basis' line before 'off'");
    assertParseError("year twenty\n", 1, "expected a year such as 'year 2026', found 'twenty'");
    assertParseError("year 2027\nbasis A | B\n", 2, "expected 'basis instrument | article | first day in force [| confirmation]', found 'A | B'");
    assertParseError("year 2027\nbasis A | B | 2027-01-01 | maybe\n", 2, "expected a confirmation 'verified', 'reported' or 'unconfirmed', found 'maybe'");
    assertParseError("year 2027\nbasis A | B | 1 January\n", 2, "expected a day yyyy-mm-dd, found '1 January'");
    assertParseError("year 2027\nbasis  | B | 2027-01-01\n", 2, "an instrument needs a name");
    assertParseError("year 2027\nbasis A | B | 2027-01-01\noff\n", 3, "expected at least one day yyyy-mm-dd");
    assertParseError("year 2027\nbasis A | B | 2027-01-01\noff 2027-01-05..2027-01-04\n", 3, "a range of days ends on or after its first day, not '2027-01-05..2027-01-04'");
    assertParseError("year 2027\nbasis A | B | 2027-01-01\noff 2027-02-30\n", 3, "expected a day yyyy-mm-dd, found '2027-02-30'");
    assertParseError("year 2027\nbasis A | B | 2027-01-01\noff 2026-01-05\nyear 2028\n", 1, "cannot accept the official schedule that starts at line 1: the schedule for 2027 cannot set 2026-01-05 off");
  }

  @Test
  void parseReadsExactlyOneYear() {
    assertThatThrownBy(() -> OfficialSchedule.parse("year 2027\nyear 2028\n"))
        .isInstanceOfSatisfying(OfficialScheduleParseException.class, e -> assertThat(e.lineNumber()).isEqualTo(1))
        .hasMessage("a schedule text must hold exactly one year; it holds 2");
    assertThatThrownBy(() -> OfficialSchedule.parse("# nothing\n"))
        .hasMessage("a schedule text must hold exactly one year; it holds 0");
  }

  private static void assertParseError(String text, int line, String message) {
    assertThatThrownBy(() -> OfficialSchedule.parseAll(text))
        .isInstanceOfSatisfying(
            OfficialScheduleParseException.class, e -> assertThat(e.lineNumber()).isEqualTo(line))
        .hasMessageContaining(message);
  }
}
