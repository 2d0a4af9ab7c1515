package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PublicHolidayTest {

  private static final LocalDate TET_2026 = LocalDate.of(2026, 2, 17);

  @Test
  void aHolidayShowsItsDateKindAndBasis() {
    PublicHoliday tet =
        PublicHoliday.of(
            TET_2026, HolidayKind.LUNAR_NEW_YEAR, LabourCode.CODE_2019.basisFor(HolidayKind.LUNAR_NEW_YEAR));
    assertThat(tet.toString())
        .isEqualTo("2026-02-17 Tết Nguyên đán (Bộ luật Lao động 45/2019/QH14, Điều 112, khoản 1, điểm b)");
    assertThat(tet.date()).isEqualTo(TET_2026);
    assertThat(tet.kind()).isEqualTo(HolidayKind.LUNAR_NEW_YEAR);
  }

  @Test
  void holidaysAreEqualByDateKindAndBasis() {
    new EqualsTester()
        .addEqualityGroup(
            PublicHoliday.of(TET_2026, HolidayKind.LUNAR_NEW_YEAR, LabourCode.CODE_2019.basis()),
            PublicHoliday.of(TET_2026, HolidayKind.LUNAR_NEW_YEAR, LabourCode.CODE_2019.basis()))
        .addEqualityGroup(PublicHoliday.of(TET_2026.plusDays(1), HolidayKind.LUNAR_NEW_YEAR, LabourCode.CODE_2019.basis()))
        .addEqualityGroup(PublicHoliday.of(TET_2026, HolidayKind.COMPENSATORY, LabourCode.CODE_2019.basis()))
        .addEqualityGroup(PublicHoliday.of(TET_2026, HolidayKind.LUNAR_NEW_YEAR, LabourCode.CODE_2012.basis()))
        .testEquals();
  }

  @Test
  void holidaysSortByDateThenKind() {
    PublicHoliday a = PublicHoliday.of(TET_2026, HolidayKind.HUNG_KINGS, LabourCode.CODE_2019.basis());
    PublicHoliday b = PublicHoliday.of(TET_2026, HolidayKind.REUNIFICATION, LabourCode.CODE_2019.basis());
    PublicHoliday c = PublicHoliday.of(TET_2026.plusDays(1), HolidayKind.NEW_YEAR, LabourCode.CODE_2019.basis());
    assertThat(PublicHoliday.BY_DATE.compare(a, b)).isNegative();
    assertThat(PublicHoliday.BY_DATE.compare(c, b)).isPositive();
    assertThat(PublicHoliday.BY_DATE.compare(a, a)).isZero();
  }
}
