package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class LabourCodeTest {

  @Test
  void theCodeOf2012TakesOverOnFirstMay2013() {
    assertThat(LabourCode.inForceOn(LocalDate.of(2013, 4, 30))).isEqualTo(LabourCode.CODE_1994_AS_AMENDED_2007);
    assertThat(LabourCode.inForceOn(LocalDate.of(2013, 5, 1))).isEqualTo(LabourCode.CODE_2012);
  }

  @Test
  void gioToHungVuongIsAHolidayFromLuat84Of2007WhichAmendedDieu73OfTheCodeOf1994() {
    // Luật 84/2007/QH11, passed 2007-04-02, in force from the day it was promulgated ("từ ngày công bố").
    assertThat(LabourCode.inForceOn(LocalDate.of(2007, 4, 1))).isEqualTo(LabourCode.CODE_1994);
    assertThat(LabourCode.inForceOn(LocalDate.of(2007, 4, 2))).isEqualTo(LabourCode.CODE_1994_AS_AMENDED_2007);
    assertThat(LabourCode.CODE_1994.lists(HolidayKind.HUNG_KINGS)).isFalse();
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.lists(HolidayKind.HUNG_KINGS)).isTrue();
    assertThat(LabourCode.CODE_2012.lists(HolidayKind.HUNG_KINGS)).isTrue();
    assertThat(LabourCode.CODE_2019.lists(HolidayKind.HUNG_KINGS)).isTrue();
    assertThat(LabourCode.CODE_1994.holidays())
        .containsExactly(
            HolidayKind.NEW_YEAR,
            HolidayKind.LUNAR_NEW_YEAR,
            HolidayKind.REUNIFICATION,
            HolidayKind.LABOUR_DAY,
            HolidayKind.NATIONAL_DAY);
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.holidays()).hasSize(6).contains(HolidayKind.HUNG_KINGS);
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.basis().citation())
        .isEqualTo("Bộ luật Lao động 1994 (sửa đổi bởi Luật 84/2007/QH11), Điều 73");
    assertThat(LabourCode.CODE_1994.basis().citation()).isEqualTo("Bộ luật Lao động 1994, Điều 73");
    assertThat(LabourCode.CODE_1994.basis().inForceUntil()).contains(LocalDate.of(2007, 4, 1));
    assertThatThrownBy(() -> LabourCode.CODE_1994.basisFor(HolidayKind.HUNG_KINGS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Labour Code of 1994 does not list HUNG_KINGS");
  }

  @Test
  void aDayBeforeTheCodeOf1994IsRefused() {
    assertThat(LabourCode.inForceOn(LocalDate.of(1995, 1, 1))).isEqualTo(LabourCode.CODE_1994);
    assertThatThrownBy(() -> LabourCode.inForceOn(LocalDate.of(1994, 12, 31)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage(
            "day must lie on or after 1995-01-01, the first day of Bộ luật Lao động 1994, the earliest code of"
                + " holidays the library holds: 1994-12-31");
  }

  @Test
  void theCodeOf2019TakesOverOnFirstJanuary2021() {
    assertThat(LabourCode.inForceOn(LocalDate.of(2020, 12, 31))).isEqualTo(LabourCode.CODE_2012);
    assertThat(LabourCode.inForceOn(LocalDate.of(2021, 1, 1))).isEqualTo(LabourCode.CODE_2019);
  }

  @Test
  void eachCodeGivesItsNumberOfDays() {
    assertThat(LabourCode.CODE_1994.statutoryDays()).isEqualTo(8);
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.statutoryDays()).isEqualTo(9);
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.lunarNewYearDays()).isEqualTo(4);
    assertThat(LabourCode.CODE_2012.statutoryDays()).isEqualTo(10);
    assertThat(LabourCode.CODE_2019.statutoryDays()).isEqualTo(11);
    assertThat(LabourCode.CODE_1994.lunarNewYearDays()).isEqualTo(4);
    assertThat(LabourCode.CODE_2012.lunarNewYearDays()).isEqualTo(5);
    assertThat(LabourCode.CODE_2019.lunarNewYearDays()).isEqualTo(5);
    assertThat(LabourCode.CODE_2012.nationalDayDays()).isEqualTo(1);
    assertThat(LabourCode.CODE_2019.nationalDayDays()).isEqualTo(2);
  }

  @Test
  void eachHolidayCitesItsPoint() {
    assertThat(LabourCode.CODE_2019.basisFor(HolidayKind.NEW_YEAR).citation())
        .isEqualTo("Bộ luật Lao động 45/2019/QH14, Điều 112, khoản 1, điểm a");
    assertThat(LabourCode.CODE_2019.basisFor(HolidayKind.LUNAR_NEW_YEAR).article()).endsWith("điểm b");
    assertThat(LabourCode.CODE_2019.basisFor(HolidayKind.REUNIFICATION).article()).endsWith("điểm c");
    assertThat(LabourCode.CODE_2019.basisFor(HolidayKind.LABOUR_DAY).article()).endsWith("điểm d");
    assertThat(LabourCode.CODE_2019.basisFor(HolidayKind.NATIONAL_DAY).article()).endsWith("điểm đ");
    assertThat(LabourCode.CODE_2012.basisFor(HolidayKind.HUNG_KINGS).citation())
        .isEqualTo("Bộ luật Lao động 10/2012/QH13, Điều 115, khoản 1, điểm e");
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.basisFor(HolidayKind.HUNG_KINGS))
        .isEqualTo(LabourCode.CODE_1994_AS_AMENDED_2007.basis());
    assertThat(LabourCode.CODE_1994.basisFor(HolidayKind.NEW_YEAR)).isEqualTo(LabourCode.CODE_1994.basis());
  }

  @Test
  void aCodeDoesNotListCompensatoryOrScheduledDays() {
    assertThatThrownBy(() -> LabourCode.CODE_2019.basisFor(HolidayKind.COMPENSATORY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Labour Code of 2019 does not list COMPENSATORY");
    assertThatThrownBy(() -> LabourCode.CODE_1994.basisFor(HolidayKind.SCHEDULED_DAY_OFF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> LabourCode.CODE_2012.basisFor(HolidayKind.CULTURE_DAY))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theCompensatoryDayRestsOnItsOwnArticle() {
    assertThat(LabourCode.CODE_2019.compensatoryBasis().citation())
        .isEqualTo("Bộ luật Lao động 45/2019/QH14, Điều 111, khoản 3");
    assertThat(LabourCode.CODE_2019.compensatoryBasis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(LabourCode.CODE_2012.compensatoryBasis().confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void eachCodeSaysHowFirmlyItIsConfirmed() {
    assertThat(LabourCode.CODE_2019.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(LabourCode.CODE_2012.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(LabourCode.CODE_1994.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.compensatoryBasis().confirmation())
        .isEqualTo(Confirmation.REPORTED);
    assertThat(LabourCode.CODE_1994.vietnameseName()).isEqualTo("Bộ luật Lao động 1994");
    assertThat(LabourCode.CODE_1994_AS_AMENDED_2007.vietnameseName())
        .isEqualTo("Bộ luật Lao động 1994 (sửa đổi năm 2007)");
    assertThat(LabourCode.CODE_2012.basis().inForceUntil()).contains(LocalDate.of(2020, 12, 31));
    assertThat(LabourCode.CODE_2019.vietnameseName()).isEqualTo("Bộ luật Lao động 2019");
    assertThat(LabourCode.CODE_2019.englishName()).isEqualTo("Labour Code of 2019");
  }
}
