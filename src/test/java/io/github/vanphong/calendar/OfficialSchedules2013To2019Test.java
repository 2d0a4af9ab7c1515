package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Government's schedules of 2013 to 2019 give the breaks and the Saturdays worked of the shared calendar facts
 * (calendar-facts.md, "Official schedules 2013–2019"), every row: the days of each break are days off, the days just
 * before and after it are working days, and each Saturday worked is a working day.
 */
class OfficialSchedules2013To2019Test {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();

  /** YEAR, HOLIDAY, FIRST_DAY_OFF, LAST_DAY_OFF, MAKEUP_WORKDAYS ('-' none), CONFIDENCE. */
  private static final String FACTS =
      """
      2013,TDL,2012-12-29,2013-01-01,2013-01-05,V
      2013,TET,2013-02-09,2013-02-17,2013-02-23,V
      2013,HUNG,2013-04-19,2013-04-21,-,D
      2013,APR30_MAY1,2013-04-27,2013-05-01,2013-05-04,V
      2013,QUOCKHANH,2013-08-31,2013-09-02,-,D
      2014,TDL,2014-01-01,2014-01-01,-,D
      2014,TET,2014-01-28,2014-02-05,2014-01-25;2014-02-08,V
      2014,HUNG,2014-04-09,2014-04-09,-,D
      2014,APR30_MAY1,2014-04-30,2014-05-04,2014-04-26,V
      2014,QUOCKHANH,2014-08-30,2014-09-02,2014-09-06,V
      2015,TDL,2015-01-01,2015-01-04,2014-12-27,V
      2015,TET,2015-02-15,2015-02-23,2015-02-14,V
      2015,HUNG,2015-04-28,2015-05-03,2015-04-25,V
      2015,APR30_MAY1,2015-04-28,2015-05-03,2015-04-25,V
      2015,QUOCKHANH,2015-09-02,2015-09-02,-,V
      2016,TDL,2016-01-01,2016-01-03,-,D
      2016,TET,2016-02-06,2016-02-14,-,V
      2016,HUNG,2016-04-16,2016-04-18,-,V
      2016,APR30_MAY1,2016-04-30,2016-05-03,-,V
      2016,QUOCKHANH,2016-09-02,2016-09-04,-,V
      2017,TDL,2016-12-31,2017-01-02,-,V*
      2017,TET,2017-01-26,2017-02-01,-,V
      2017,HUNG,2017-04-06,2017-04-06,-,V
      2017,APR30_MAY1,2017-04-29,2017-05-02,-,V
      2017,QUOCKHANH,2017-09-02,2017-09-04,-,V
      2018,TDL,2017-12-30,2018-01-01,-,V*
      2018,TET,2018-02-14,2018-02-20,-,V
      2018,HUNG,2018-04-25,2018-04-25,-,V
      2018,APR30_MAY1,2018-04-28,2018-05-01,-,V
      2018,QUOCKHANH,2018-09-01,2018-09-03,-,V
      2019,TDL,2018-12-29,2019-01-01,2019-01-05,V
      2019,TET,2019-02-02,2019-02-10,-,V
      2019,HUNG,2019-04-13,2019-04-15,-,V
      2019,APR30_MAY1,2019-04-27,2019-05-01,2019-05-04,V
      2019,QUOCKHANH,2019-08-31,2019-09-02,-,V
      """;

  /** One row of the facts. */
  record Row(int year, String holiday, LocalDate first, LocalDate last, List<LocalDate> worked, String mark) {
    static Row parse(String line) {
      String[] f = line.strip().split(",");
      List<LocalDate> worked = new ArrayList<>();
      if (!f[4].equals("-")) {
        for (String d : f[4].split(";")) {
          worked.add(LocalDate.parse(d));
        }
      }
      return new Row(Integer.parseInt(f[0]), f[1], LocalDate.parse(f[2]), LocalDate.parse(f[3]), worked, f[5]);
    }

    @Override
    public String toString() {
      return year + " " + holiday + " (" + mark + ")";
    }
  }

  private static List<Row> rows() {
    return FACTS.lines().filter(l -> !l.isBlank()).map(Row::parse).toList();
  }

  @Test
  void everyBreakOf2013To2019IsTheOneTheGovernmentGave() {
    List<Row> rows = rows();
    assertThat(rows).hasSize(35);
    for (Row row : rows) {
      for (LocalDate d = row.first(); !d.isAfter(row.last()); d = d.plusDays(1)) {
        assertThat(VIETNAM.isWorkingDay(d)).as("%s: %s is a day off", row, d).isFalse();
      }
      assertThat(VIETNAM.isWorkingDay(row.first().minusDays(1))).as("%s: the day before", row).isTrue();
      assertThat(VIETNAM.isWorkingDay(row.last().plusDays(1))).as("%s: the day after", row).isTrue();
      for (LocalDate saturday : row.worked()) {
        assertThat(saturday.getDayOfWeek()).as("%s", row).isEqualTo(DayOfWeek.SATURDAY);
        assertThat(VIETNAM.isWorkingDay(saturday)).as("%s: %s is worked", row, saturday).isTrue();
      }
    }
  }

  @Test
  void tet2013HadFourStatutoryDaysUnderTheCodeOf1994AsAmendedPlusDaysMadeUpAndASwappedFriday() {
    // Bộ luật Lao động 1994 (sửa đổi bởi Luật 84/2007/QH11), Điều 73: Tết 4 days; Công văn 9570/VPCP-KGVX.
    List<PublicHoliday> tet =
        VIETNAM.publicHolidays(2013).stream().filter(h -> h.kind() == HolidayKind.LUNAR_NEW_YEAR).toList();
    assertThat(tet).extracting(PublicHoliday::date)
        .containsExactly(
            LocalDate.of(2013, 2, 9), LocalDate.of(2013, 2, 10), LocalDate.of(2013, 2, 11), LocalDate.of(2013, 2, 12));
    assertThat(LabourCode.inForceOn(LocalDate.of(2013, 2, 9))).isEqualTo(LabourCode.CODE_1994_AS_AMENDED_2007);
    assertThat(VIETNAM.publicHolidaysOn(LocalDate.of(2013, 2, 13)).get(0).kind()).isEqualTo(HolidayKind.COMPENSATORY);
    assertThat(VIETNAM.publicHolidaysOn(LocalDate.of(2013, 2, 14)).get(0).kind()).isEqualTo(HolidayKind.COMPENSATORY);
    PublicHoliday friday = VIETNAM.publicHolidaysOn(LocalDate.of(2013, 2, 15)).get(0);
    assertThat(friday.kind()).isEqualTo(HolidayKind.SCHEDULED_DAY_OFF);
    assertThat(friday.basis().instrument().name()).isEqualTo("Công văn 9570/VPCP-KGVX");
    assertThat(VIETNAM.schedule(2013).orElseThrow().workingDays()).containsKey(LocalDate.of(2013, 2, 23));
  }

  @Test
  void in2015GioToHungVuongAndThirtyAprilToFirstMayMakeOneBreakWithASwappedWednesday() {
    assertThat(LunarDate.of(2015, 3, 10, false).toLocalDate()).isEqualTo(LocalDate.of(2015, 4, 28));
    assertThat(VIETNAM.publicHolidaysOn(LocalDate.of(2015, 4, 28)).get(0).kind()).isEqualTo(HolidayKind.HUNG_KINGS);
    assertThat(VIETNAM.publicHolidaysOn(LocalDate.of(2015, 4, 29)).get(0).kind())
        .isEqualTo(HolidayKind.SCHEDULED_DAY_OFF);
    assertThat(VIETNAM.isWorkingDay(LocalDate.of(2015, 4, 25))).isTrue();
    assertThat(VIETNAM.workingDaysBetween(LocalDate.of(2015, 4, 27), LocalDate.of(2015, 5, 3))).isZero();
  }

  @Test
  void aSwapAcrossTheNewYearIsListedInTheYearOfEachDay() {
    // The notice for 2015 made Saturday 27/12/2014 a working day for Friday 2/1/2015; that for 2019 made Monday
    // 31/12/2018 a day off for Saturday 5/1/2019.
    assertThat(VIETNAM.isWorkingDay(LocalDate.of(2014, 12, 27))).isTrue();
    assertThat(VIETNAM.schedule(2014).orElseThrow().workingDays().get(LocalDate.of(2014, 12, 27)).instrument().name())
        .startsWith("Tờ trình 89/TTr-LĐTBXH");
    assertThat(VIETNAM.publicHolidaysOn(LocalDate.of(2018, 12, 31)).get(0).basis().instrument().name())
        .isEqualTo("Công văn 6519/VPCP-KGVX");
    assertThat(VIETNAM.publicHolidaysOn(LocalDate.of(2012, 12, 31)).get(0).basis().instrument().name())
        .isEqualTo("Công văn 9570/VPCP-KGVX");
  }

  @Test
  void everyNoticeOf2013To2019IsMarkedReported() {
    for (int year = 2012; year <= 2019; year++) {
      OfficialSchedule schedule = VIETNAM.schedule(year).orElseThrow();
      assertThat(schedule.daysOff()).allSatisfy(h -> assertThat(h.basis().confirmation()).isEqualTo(Confirmation.REPORTED));
      assertThat(schedule.workingDays().values())
          .allSatisfy(b -> assertThat(b.confirmation()).isEqualTo(Confirmation.REPORTED));
    }
    // A day the labour code alone gives (a "D" row) keeps the code's basis: Giỗ Tổ 2014, Wednesday 9 April.
    assertThat(VIETNAM.publicHolidaysOn(LocalDate.of(2014, 4, 9)).get(0).basis())
        .isEqualTo(LabourCode.CODE_2012.basisFor(HolidayKind.HUNG_KINGS));
  }
}
