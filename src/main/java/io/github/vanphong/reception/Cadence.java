package io.github.vanphong.reception;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Bilingual;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * The period a duty to receive counts its days in: for example the chair of a commune People's Committee receives
 * citizens at least one day a {@link #WEEK} (Luật Tiếp công dân 42/2013/QH13, Điều 15, khoản 2, điểm d), a
 * provincial party secretary at least one day a {@link #MONTH}.
 *
 * <p>A month is a calendar month; a week runs from Monday to Sunday, as the ISO calendar counts it. A period is not a
 * report period ({@link ReportPeriod}), whose cut-off the application sets.
 */
public enum Cadence implements Bilingual {
  /** Tháng: a calendar month, from its first day to its last. */
  MONTH("tháng", "month"),
  /** Tuần: a week, from Monday to Sunday. */
  WEEK("tuần", "week");

  private final String vietnameseName;
  private final String englishName;

  Cadence(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }

  /**
   * Returns the first day of the period that holds a day: the first of its month, or the Monday of its week.
   *
   * @param day the day, not null
   * @return the first day of the period, on or before {@code day}, not null
   */
  public LocalDate firstDayOf(LocalDate day) {
    requireNonNull(day, "day");
    return this == MONTH ? day.withDayOfMonth(1) : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
  }

  /**
   * Returns the last day of the period that holds a day: the last of its month, or the Sunday of its week.
   *
   * @param day the day, not null
   * @return the last day of the period, on or after {@code day}, not null
   */
  public LocalDate lastDayOf(LocalDate day) {
    requireNonNull(day, "day");
    return this == MONTH
        ? day.with(TemporalAdjusters.lastDayOfMonth())
        : day.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
  }
}
