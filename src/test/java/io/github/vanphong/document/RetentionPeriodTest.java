package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RetentionPeriodTest {

  private static final LegalBasis OWN =
      LegalBasis.of(Instrument.of("Quyết định ban hành Bảng thời hạn bảo quản của Văn phòng Tỉnh ủy (ví dụ)", LocalDate.of(2012, 1, 1)), "Phụ lục");

  @Test
  void aFileKeptTenYearsFromItsYearMayBeDisposedOfTheYearAfterTheTenthYear() {
    assertThat(RetentionPeriod.years(10).disposableFrom(Year.of(2016))).contains(Year.of(2027));
    assertThat(RetentionPeriod.years(1).disposableFrom(Year.of(2016))).contains(Year.of(2018));
    assertThat(RetentionPeriod.permanent().disposableFrom(Year.of(2016))).isEmpty();
    assertThat(RetentionPeriod.COUNTING.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  /**
   * Công văn 160-CV/TW (1988-10-26) covers "tài liệu chủ yếu của Đảng ở Trung ương" and counts its periods "từ sau
   * khi hình thành đơn vị bảo quản": the period of a file unit starts at its formation.
   */
  @Test
  void theCentralRetentionPeriodsOf160CvTwCountFromTheFormationOfTheFileUnit() {
    assertThat(RetentionPeriod.TWO_LEVEL_SCHEME.instrument().inForceFrom()).isEqualTo(LocalDate.of(1988, 10, 26));
    assertThat(RetentionPeriod.TWO_LEVEL_SCHEME.article())
        .contains("tài liệu chủ yếu của Đảng ở Trung ương")
        .contains("từ sau khi hình thành đơn vị bảo quản");
    assertThat(RetentionPeriod.COUNTING.article()).contains("từ sau khi hình thành đơn vị bảo quản");
    assertThat(RetentionPeriod.COUNTING.instrument()).isEqualTo(RetentionPeriod.TWO_LEVEL_SCHEME.instrument());
    // a file unit formed in 2016 counts its years from 2017 on: kept 5 years, it may go from 2022
    assertThat(RetentionPeriod.years(5).disposableFrom(Year.of(2016))).contains(Year.of(2022));
  }

  @Test
  void theTwoLevelSchemeIsPermanentOrOneFiveTenOrFifteenYears() {
    assertThat(RetentionPeriod.permanent().isInTwoLevelScheme()).isTrue();
    for (int years = 1; years <= RetentionPeriod.MAX_YEARS; years++) {
      assertThat(RetentionPeriod.years(years).isInTwoLevelScheme())
          .as("%s years", years)
          .isEqualTo(List.of(1, 5, 10, 15).contains(years));
    }
    assertThat(RetentionPeriod.TWO_LEVEL_SCHEME.confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void aLimitedPeriodIsOneToAHundredYears() {
    assertThatThrownBy(() -> RetentionPeriod.years(0)).hasMessage("a limited retention period is 1 to 100 years: 0");
    assertThatThrownBy(() -> RetentionPeriod.years(101)).isInstanceOf(IllegalArgumentException.class);
    assertThat(RetentionPeriod.years(100).years()).hasValue(100);
    assertThat(RetentionPeriod.permanent().years()).isEmpty();
    assertThat(RetentionPeriod.permanent().isPermanent()).isTrue();
    assertThat(RetentionPeriod.years(5).isPermanent()).isFalse();
  }

  @Test
  void periodsHaveBilingualNamesAndCompareByYears() {
    assertThat(RetentionPeriod.permanent().displayName(Locale.forLanguageTag("vi"))).isEqualTo("Vĩnh viễn");
    assertThat(RetentionPeriod.years(10).vietnameseName()).isEqualTo("10 năm");
    assertThat(RetentionPeriod.years(1)).hasToString("1 year");
    assertThat(RetentionPeriod.years(10)).hasToString("10 years");
    assertThat(RetentionPeriod.permanent()).hasToString("Permanent");
    assertThat(RetentionPeriod.years(10)).isEqualTo(RetentionPeriod.years(10)).hasSameHashCodeAs(RetentionPeriod.years(10));
    assertThat(RetentionPeriod.years(10)).isNotEqualTo(RetentionPeriod.years(5)).isNotEqualTo(RetentionPeriod.permanent())
        .isNotEqualTo("10 years");
  }

  @Test
  void distinctPeriodsHaveDistinctHashCodes() {
    assertThat(RetentionPeriod.years(10).hashCode()).isNotEqualTo(RetentionPeriod.permanent().hashCode());
  }
}
