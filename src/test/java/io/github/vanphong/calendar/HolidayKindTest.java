package io.github.vanphong.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class HolidayKindTest {

  @Test
  void theLawListsSevenKindsOfHoliday() {
    assertThat(Arrays.stream(HolidayKind.values()).filter(HolidayKind::isStatutory))
        .containsExactly(
            HolidayKind.NEW_YEAR,
            HolidayKind.LUNAR_NEW_YEAR,
            HolidayKind.HUNG_KINGS,
            HolidayKind.REUNIFICATION,
            HolidayKind.LABOUR_DAY,
            HolidayKind.NATIONAL_DAY,
            HolidayKind.CULTURE_DAY);
    assertThat(HolidayKind.COMPENSATORY.isStatutory()).isFalse();
    assertThat(HolidayKind.SCHEDULED_DAY_OFF.isStatutory()).isFalse();
    assertThat(HolidayKind.LOCAL_DAY_OFF.isStatutory()).isFalse();
  }

  @Test
  void kindsAreNamedInBothLanguages() {
    assertThat(HolidayKind.LUNAR_NEW_YEAR.displayName(Locale.forLanguageTag("vi"))).isEqualTo("Tết Nguyên đán");
    assertThat(HolidayKind.LUNAR_NEW_YEAR.displayName(Locale.ENGLISH)).isEqualTo("Lunar New Year");
    assertThat(HolidayKind.COMPENSATORY.vietnameseName()).isEqualTo("Ngày nghỉ bù");
  }
}
