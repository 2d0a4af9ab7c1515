package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.text.Normalizer;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.junit.jupiter.api.Test;

class LunarDateTest {

  @Test
  void tetBinhThanFellOn8February2016() {
    LunarDate tet = LunarDate.from(LocalDate.of(2016, 2, 8));
    assertThat(tet.year()).isEqualTo(2016);
    assertThat(tet.month()).isEqualTo(1);
    assertThat(tet.day()).isEqualTo(1);
    assertThat(tet.isLeapMonth()).isFalse();
    assertThat(tet.lengthOfMonth()).isEqualTo(30);
    assertThat(tet).isEqualTo(LunarDate.of(2016, 1, 1, false));
    assertThat(tet.toLocalDate()).isEqualTo(LocalDate.of(2016, 2, 8));
    assertThat(LunarDate.from(LocalDate.of(2016, 2, 7))).hasToString("2015-12-29");
  }

  @Test
  void theLeapSixthMonthOf2017FollowsTheSixth() {
    LunarDate d = LunarDate.of(2017, 6, 15, true);
    assertThat(d.toLocalDate()).isEqualTo(LocalDate.of(2017, 8, 6));
    assertThat(d.isLeapMonth()).isTrue();
    assertThat(d.month()).isEqualTo(6);
    assertThat(d).hasToString("2017-06L-15");
    assertThat(LunarDate.of(2017, 6, 29, false).toLocalDate().plusDays(1))
        .isEqualTo(LunarDate.of(2017, 6, 1, true).toLocalDate());
    assertThat(LunarDate.of(2017, 6, 1, false).lengthOfMonth()).isEqualTo(29);
    assertThat(LunarDate.of(2017, 6, 1, true).lengthOfMonth()).isEqualTo(30);
    assertThat(LunarDate.leapMonthOfYear(2017)).hasValue(6);
    assertThat(LunarDate.leapMonthOfYear(2016)).isEmpty();
  }

  @Test
  void theRangeRunsFrom1900To2199() {
    assertThat(LunarDate.MIN.toLocalDate()).isEqualTo(LocalDate.of(1900, 1, 1));
    assertThat(LunarDate.MIN).hasToString("1899-12-01");
    assertThat(LunarDate.MAX.toLocalDate()).isEqualTo(LocalDate.of(2199, 12, 31));
    assertThat(LunarDate.MAX).hasToString("2199-11-14");
    assertThat(LunarDate.of(1899, 12, 1, false)).isEqualTo(LunarDate.MIN);
    assertThat(LunarDate.of(2199, 11, 14, false)).isEqualTo(LunarDate.MAX);
    assertThat(LunarDate.leapMonthOfYear(1899)).isNotNull();
    assertThat(LunarDate.leapMonthOfYear(2199)).isNotNull();
  }

  @Test
  void solarDaysOutsideTheRangeAreRefused() {
    assertThatThrownBy(() -> LunarDate.from(LocalDate.of(1899, 12, 31)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("date must lie within the calendar's range 1900-01-01 to 2199-12-31: 1899-12-31");
    assertThatThrownBy(() -> LunarDate.from(LocalDate.of(2200, 1, 1)))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("date must lie within the calendar's range 1900-01-01 to 2199-12-31: 2200-01-01");
  }

  @Test
  void lunarDatesOutsideTheRangeAreRefused() {
    assertThatThrownBy(() -> LunarDate.of(1898, 12, 1, false))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("year must lie within lunar years 1899 to 2199, the calendar's range 1900-01-01 to 2199-12-31:"
            + " 1898");
    assertThatThrownBy(() -> LunarDate.of(2200, 1, 1, false))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageEndingWith("lunar years 1899 to 2199, the calendar's range 1900-01-01 to 2199-12-31: 2200");
    assertThatThrownBy(() -> LunarDate.of(1899, 11, 29, false))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessage("the date must lie within the calendar's range 1900-01-01 to 2199-12-31: lunar 1899-11-29 falls"
            + " on 1899-12-31");
    assertThatThrownBy(() -> LunarDate.of(2199, 11, 15, false))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageEndingWith("2199-12-31: lunar 2199-11-15 falls on 2200-01-01");
    assertThatThrownBy(() -> LunarDate.leapMonthOfYear(1898))
        .isExactlyInstanceOf(DateTimeException.class)
        .hasMessageEndingWith("lunar years 1899 to 2199, the calendar's range 1900-01-01 to 2199-12-31: 1898");
    assertThatThrownBy(() -> LunarDate.leapMonthOfYear(2200)).isExactlyInstanceOf(DateTimeException.class);
  }

  @Test
  void aMonthIsNumbered1To12() {
    assertThatThrownBy(() -> LunarDate.of(2016, 13, 1, false))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("a lunar month is numbered 1 to 12: 13");
    assertThatThrownBy(() -> LunarDate.of(2016, 0, 1, false))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("a lunar month is numbered 1 to 12: 0");
    assertThat(LunarDate.of(2016, 12, 1, false).month()).isEqualTo(12);
  }

  @Test
  void aLeapMonthExistsOnlyWhereTheYearHasIt() {
    assertThatThrownBy(() -> LunarDate.of(2016, 6, 1, true))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("a leap month exists only in a year that has one; lunar year 2016 has none: 6L");
    assertThatThrownBy(() -> LunarDate.of(2017, 5, 1, true))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("a leap month takes the number of the month before it; lunar year 2017 has leap month 6, not 5L");
  }

  @Test
  void aDayIsWithinTheLengthOfItsMonth() {
    assertThat(LunarDate.of(2016, 1, 1, false).lengthOfMonth()).isEqualTo(30);
    assertThat(LunarDate.of(2016, 2, 1, false).lengthOfMonth()).isEqualTo(29);
    assertThat(LunarDate.of(2016, 1, 30, false).toLocalDate()).isEqualTo(LocalDate.of(2016, 3, 8));
    assertThatThrownBy(() -> LunarDate.of(2016, 2, 30, false))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("a lunar month has 29 or 30 days; month 2016-02 has 29, so it has no day 30");
    assertThatThrownBy(() -> LunarDate.of(2016, 1, 0, false))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("a lunar month has 29 or 30 days; month 2016-01 has 30, so it has no day 0");
    assertThatThrownBy(() -> LunarDate.of(2017, 6, 30, false))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("a lunar month has 29 or 30 days; month 2017-06 has 29, so it has no day 30");
    assertThatThrownBy(() -> LunarDate.of(2017, 6, 31, true))
        .isInstanceOf(DateTimeException.class)
        .hasMessage("a lunar month has 29 or 30 days; month 2017-06L has 30, so it has no day 31");
    assertThat(LunarDate.of(2017, 6, 30, true).toLocalDate()).isEqualTo(LocalDate.of(2017, 8, 21));
  }

  @Test
  void yearNamesFollowTheSexagenaryCycleWithMao() {
    assertThat(LunarDate.of(2016, 1, 1, false).yearName()).isEqualTo("Bính Thân");
    assertThat(LunarDate.of(2026, 1, 1, false).yearName()).isEqualTo("Bính Ngọ");
    assertThat(LunarDate.of(2023, 1, 1, false).yearName()).isEqualTo("Quý Mão");
    assertThat(LunarDate.of(1984, 1, 1, false).yearName()).isEqualTo("Giáp Tý");
    assertThat(LunarDate.of(1968, 1, 1, false).yearName()).isEqualTo("Mậu Thân");
    assertThat(LunarDate.of(2025, 1, 1, false).yearName()).isEqualTo("Ất Tỵ");
    assertThat(LunarDate.of(2019, 1, 1, false).yearName()).isEqualTo("Kỷ Hợi");
    assertThat(LunarDate.of(2030, 1, 1, false).yearName()).isEqualTo("Canh Tuất");
    assertThat(LunarDate.of(2031, 1, 1, false).yearName()).isEqualTo("Tân Hợi");
    assertThat(LunarDate.of(2032, 1, 1, false).yearName()).isEqualTo("Nhâm Tý");
    assertThat(LunarDate.of(2021, 1, 1, false).yearName()).isEqualTo("Tân Sửu");
    assertThat(LunarDate.of(2022, 1, 1, false).yearName()).isEqualTo("Nhâm Dần");
    assertThat(LunarDate.of(2024, 1, 1, false).yearName()).isEqualTo("Giáp Thìn");
    assertThat(LunarDate.of(2027, 1, 1, false).yearName()).isEqualTo("Đinh Mùi");
    assertThat(LunarDate.of(2029, 1, 1, false).yearName()).isEqualTo("Kỷ Dậu");
    // The year of a day in January before Tết is the year before.
    assertThat(LunarDate.from(LocalDate.of(2016, 2, 7)).yearName()).isEqualTo("Ất Mùi");
    for (int year = 1900; year < 1960; year++) {
      String name = LunarDate.of(year, 1, 1, false).yearName();
      assertThat(Normalizer.isNormalized(name, Normalizer.Form.NFC)).isTrue();
      assertThat(LunarDate.of(year + 60, 1, 1, false).yearName()).isEqualTo(name);
    }
  }

  @Test
  void theCanonicalFormIsReadBack() {
    assertThat(LunarDate.parse("2016-01-01")).isEqualTo(LunarDate.of(2016, 1, 1, false));
    assertThat(LunarDate.parse("2017-06L-15")).isEqualTo(LunarDate.of(2017, 6, 15, true));
    assertThat(LunarDate.parse("2016-03-10").toLocalDate()).isEqualTo(LocalDate.of(2016, 4, 16));
    assertThat(LunarDate.parse(LunarDate.MIN.toString())).isEqualTo(LunarDate.MIN);
    assertThat(LunarDate.parse(LunarDate.MAX.toString())).isEqualTo(LunarDate.MAX);
    assertThat(LunarDate.of(2016, 12, 30, false)).hasToString("2016-12-30");
  }

  @Test
  void malformedTextIsRefusedWithItsIndex() {
    assertParseError("16-01-01", 2, "expected a 4-digit year");
    assertParseError("2016/01/01", 4, "expected '-'");
    assertParseError("2016-1-01", 6, "expected a 2-digit month");
    assertParseError("2016-01X-01", 7, "expected '-'");
    assertParseError("2016-01L01", 8, "expected '-'");
    assertParseError("2016-01-1", 9, "expected a 2-digit day");
    assertParseError("2016-01-01Z", 10, "expected the end of the text");
    assertParseError("2017-06L-150", 11, "expected the end of the text");
    assertParseError("", 0, "expected a 4-digit year");
    assertParseError("2016", 4, "expected '-'");
    assertParseError("2016-01", 7, "expected '-'");
    assertParseError("2016-01-", 8, "expected a 2-digit day");
  }

  @Test
  void textOfADateThatDoesNotExistIsRefusedAtTheField() {
    assertParseError("2200-01-01", 0, "year must lie within lunar years 1899 to 2199");
    assertParseError("2016-13-01", 5, "numbered 1 to 12: 13");
    assertParseError("2016-06L-01", 7, "lunar year 2016 has none");
    assertParseError("2016-02-30", 8, "has no day 30");
    assertParseError("2017-06L-31", 9, "month 2017-06L has 30, so it has no day 31");
    assertParseError("1899-11-29", 0, "falls on 1899-12-31");
  }

  private static void assertParseError(String text, int index, String message) {
    assertThatThrownBy(() -> LunarDate.parse(text))
        .isInstanceOfSatisfying(DateTimeParseException.class, e -> {
          assertThat(e.getErrorIndex()).isEqualTo(index);
          assertThat(e.getParsedString()).isEqualTo(text);
        })
        .hasMessageStartingWith("cannot parse lunar date '" + text + "' at index " + index + ": ")
        .hasMessageContaining(message);
  }

  @Test
  void datesAreOrderedAsTheirSolarDays() {
    LunarDate sixth = LunarDate.of(2017, 6, 29, false);
    LunarDate leapSixth = LunarDate.of(2017, 6, 1, true);
    LunarDate seventh = LunarDate.of(2017, 7, 1, false);
    assertThat(sixth).isLessThan(leapSixth);
    assertThat(leapSixth).isLessThan(seventh);
    assertThat(seventh).isGreaterThan(sixth);
    assertThat(sixth.compareTo(LunarDate.from(sixth.toLocalDate()))).isZero();
  }

  @Test
  void equalityIsByDay() {
    new EqualsTester()
        .addEqualityGroup(LunarDate.of(2016, 1, 1, false), LunarDate.from(LocalDate.of(2016, 2, 8)),
            LunarDate.parse("2016-01-01"))
        .addEqualityGroup(LunarDate.of(2017, 6, 1, false))
        .addEqualityGroup(LunarDate.of(2017, 6, 1, true))
        .testEquals();
    assertThat(LunarDate.of(2016, 1, 1, false).hashCode())
        .isNotEqualTo(LunarDate.of(2016, 1, 2, false).hashCode());
  }
}
