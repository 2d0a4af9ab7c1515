package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.Nullable;

/**
 * The last day of each report month, the day the figures are taken (ngày chốt số liệu): the last day of the calendar
 * month ({@link #monthEnd()}), or a fixed day such as the 14th ({@link #onDay(int) onDay}), under which the report month of
 * March runs from 15 February to 14 March. For example the inspection sector counts its petition reports from the
 * 15th to the 14th; a statistics office counts calendar months.
 *
 * <p>Kết luận 215-KL/TW sets the report periods of reception (monthly, the first quarter, 6 months, 9 months, the year)
 * but no cut-off day: it is the application's data, with the basis it cites ({@link #withBasis}).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CutOff {

  private static final CutOff MONTH_END = new CutOff(0, null);

  private final int day;
  private final @Nullable LegalBasis basis;

  private CutOff(int day, @Nullable LegalBasis basis) {
    this.day = day;
    this.basis = basis;
  }

  /**
   * Returns the cut-off on the last day of each calendar month.
   *
   * @return the cut-off, with no basis, not null
   */
  public static CutOff monthEnd() {
    return MONTH_END;
  }

  /**
   * Returns the cut-off on a fixed day of each month, for example the 14th.
   *
   * @param dayOfMonth the day, from 1 to 28
   * @return the cut-off, with no basis, not null
   * @throws IllegalArgumentException if the day is outside 1 to 28
   */
  public static CutOff onDay(int dayOfMonth) {
    checkArgument(
        dayOfMonth >= 1 && dayOfMonth <= 28,
        "a fixed cut-off day is 1 to 28, so every month has it; %s was given (use monthEnd() for the last day)",
        dayOfMonth);
    return new CutOff(dayOfMonth, null);
  }

  /**
   * Returns this cut-off citing the instrument that sets it, for example a province's decision on reports.
   *
   * @param basis the basis, not null
   * @return the cut-off with its basis, not null
   */
  public CutOff withBasis(LegalBasis basis) {
    return new CutOff(day, requireNonNull(basis, "basis"));
  }

  /**
   * Returns the fixed day of the month, if the cut-off is not the month's end.
   *
   * @return the day, from 1 to 28, or empty for the month's end
   */
  public OptionalInt dayOfMonth() {
    return day == 0 ? OptionalInt.empty() : OptionalInt.of(day);
  }

  /**
   * Returns the instrument that sets the cut-off.
   *
   * @return the basis, or empty if none is cited
   */
  public Optional<LegalBasis> basis() {
    return Optional.ofNullable(basis);
  }

  /**
   * Returns the last day of a report month: the month's last day, or its fixed cut-off day.
   *
   * @param month the report month, not null
   * @return the day, not null
   */
  public LocalDate lastDayOf(YearMonth month) {
    requireNonNull(month, "month");
    return day == 0 ? month.atEndOfMonth() : month.atDay(day);
  }

  /**
   * Returns the report month a day belongs to: its own month, or the next one for a day after a fixed cut-off day.
   * For example 2016-03-20 belongs to April 2016 under a cut-off on the 14th.
   *
   * @param date the day, not null
   * @return the report month, not null
   */
  public YearMonth reportMonthOf(LocalDate date) {
    requireNonNull(date, "date");
    YearMonth month = YearMonth.from(date);
    return day == 0 || date.getDayOfMonth() <= day ? month : month.plusMonths(1);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CutOff other && day == other.day && Objects.equals(basis, other.basis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(day, basis);
  }

  /**
   * Returns "month end" or "day 14", with the basis cited if there is one.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return (day == 0 ? "month end" : "day " + day) + (basis == null ? "" : " (" + basis.citation() + ")");
  }
}
