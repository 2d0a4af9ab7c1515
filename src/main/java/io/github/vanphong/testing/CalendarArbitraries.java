package io.github.vanphong.testing;

import io.github.vanphong.calendar.LunarDate;
import java.time.LocalDate;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;

/**
 * jqwik arbitraries for the calendar: solar days and lunar dates within the range that {@link LunarDate}
 * supports. For example {@code CalendarArbitraries.lunarDates()} generates dates from lunar 1899-12-01
 * (1900-01-01) to the lunar date of 2199-12-31, leap months included.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class CalendarArbitraries {

  private CalendarArbitraries() {}

  /**
   * Returns an arbitrary of solar days within the range of {@link LunarDate}, from {@link LunarDate#MIN} to
   * {@link LunarDate#MAX} as solar days (1900-01-01 to 2199-12-31), both ends included as edge cases.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LocalDate> supportedDays() {
    long first = LunarDate.MIN.toLocalDate().toEpochDay();
    long last = LunarDate.MAX.toLocalDate().toEpochDay();
    return Arbitraries.longs().between(first, last).map(LocalDate::ofEpochDay);
  }

  /**
   * Returns an arbitrary of every supported lunar date, each solar day of the range equally likely, {@link
   * LunarDate#MIN} and {@link LunarDate#MAX} included as edge cases.
   *
   * @return the arbitrary, not null
   */
  public static Arbitrary<LunarDate> lunarDates() {
    return supportedDays().map(LunarDate::from);
  }
}
