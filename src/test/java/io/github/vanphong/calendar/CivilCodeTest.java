package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class CivilCodeTest {

  @Test
  void aPeriodThatStartsFrom2017IsCountedUnderTheCivilCodeOf2015Articles147And148() {
    assertThat(CivilCode.inForceOn(LocalDate.of(2017, 1, 1))).isEqualTo(CivilCode.CODE_2015);
    assertThat(CivilCode.inForceOn(LocalDate.of(2199, 12, 31))).isEqualTo(CivilCode.CODE_2015);
    assertThat(CivilCode.CODE_2015.countingStarts().citation()).isEqualTo("Bộ luật Dân sự 91/2015/QH13, Điều 147");
    assertThat(CivilCode.CODE_2015.countingEnds().citation()).isEqualTo("Bộ luật Dân sự 91/2015/QH13, Điều 148");
    assertThat(CivilCode.CODE_2015.endMovesToWorkingDay().citation())
        .isEqualTo("Bộ luật Dân sự 91/2015/QH13, Điều 148, khoản 5");
    assertThat(CivilCode.CODE_2015.instrument()).isSameAs(Instruments.CIVIL_CODE_2015);
    assertThat(TimeLimit.COUNTING_STARTS).isEqualTo(CivilCode.CODE_2015.countingStarts());
    assertThat(TimeLimit.COUNTING_ENDS).isEqualTo(CivilCode.CODE_2015.countingEnds());
    assertThat(TimeLimit.END_MOVES_TO_WORKING_DAY).isEqualTo(CivilCode.CODE_2015.endMovesToWorkingDay());
  }

  @Test
  void aPeriodThatStartsFrom2006To2016IsCountedUnderTheCivilCodeOf2005Articles152And153() {
    assertThat(CivilCode.inForceOn(LocalDate.of(2006, 1, 1))).isEqualTo(CivilCode.CODE_2005);
    assertThat(CivilCode.inForceOn(LocalDate.of(2016, 12, 31))).isEqualTo(CivilCode.CODE_2005);
    assertThat(CivilCode.CODE_2005.countingStarts().citation()).isEqualTo("Bộ luật Dân sự 33/2005/QH11, Điều 152");
    assertThat(CivilCode.CODE_2005.countingEnds().citation()).isEqualTo("Bộ luật Dân sự 33/2005/QH11, Điều 153");
    assertThat(CivilCode.CODE_2005.endMovesToWorkingDay().citation())
        .isEqualTo("Bộ luật Dân sự 33/2005/QH11, Điều 153, khoản 5");
    assertThat(CivilCode.CODE_2005.countingEnds().validity().toString()).isEqualTo("[2006-01-01..2016-12-31]");
    assertThat(CivilCode.CODE_2005.instrument().replacedBy()).contains(Instruments.CIVIL_CODE_2015);
  }

  @Test
  void aPeriodThatStartsBeforeTheCivilCodeOf2005IsRefused() {
    assertThatThrownBy(() -> CivilCode.inForceOn(LocalDate.of(2005, 12, 31)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage(
            "day must lie on or after 2006-01-01, the first day of Bộ luật Dân sự 33/2005/QH11, the earliest code of"
                + " counting periods the library holds: 2005-12-31");
  }

  @Test
  void eachArticleSaysHowFirmlyItIsConfirmed() {
    assertThat(CivilCode.CODE_2015.countingStarts().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(CivilCode.CODE_2015.endMovesToWorkingDay().confirmation()).isEqualTo(Confirmation.VERIFIED);
    // Điều 153 of 2005 was read as quoted in full; Điều 152 is cited by its place in the chapter, unread.
    assertThat(CivilCode.CODE_2005.countingEnds().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(CivilCode.CODE_2005.endMovesToWorkingDay().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(CivilCode.CODE_2005.countingStarts().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void eachCodeIsNamedInBothLanguages() {
    assertThat(CivilCode.CODE_2005.vietnameseName()).isEqualTo("Bộ luật Dân sự 2005");
    assertThat(CivilCode.CODE_2015.englishName()).isEqualTo("Civil Code of 2015");
    assertThat(CivilCode.CODE_2015.displayName(Locale.ENGLISH)).isEqualTo("Civil Code of 2015");
  }
}
