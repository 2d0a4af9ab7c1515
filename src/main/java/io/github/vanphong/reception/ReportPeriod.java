package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A period of the periodic reports on reception, from its first day to its last under a {@link CutOff}: a month, a
 * quarter, the first 6 or 9 months of a year, or the year. For example the first quarter of 2016 runs from 2016-01-01
 * to 2016-03-31 at the month's end, and from 2015-12-15 to 2016-03-14 under a cut-off on the 14th.
 *
 * <p>The kinds are those of Quy định 11-QĐi/TW, Điều 3, khoản 8, as amended by Kết luận 215-KL/TW ({@link
 * #PARTY_PERIODS}, reported: monthly, the first quarter, 6 months, 9 months, the year); the cut-off is the
 * application's, as the conclusion sets none. The periods of 6 and 9 months and the year are counted from the start
 * of the year, as the reports are.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportPeriod {

  /** The periods of the Party's reports on reception, as Kết luận 215-KL/TW amends Quy định 11-QĐi/TW. */
  public static final LegalBasis PARTY_PERIODS = ReceptionBases.PARTY_3_8_AMENDED;

  private final ReportPeriodKind kind;
  private final int year;
  private final int number;
  private final CutOff cutOff;

  private ReportPeriod(ReportPeriodKind kind, int year, int number, CutOff cutOff) {
    checkArgument(year >= 1901 && year <= 2199, "a report period's year is 1901 to 2199, not %s", year);
    this.kind = kind;
    this.year = year;
    this.number = number;
    this.cutOff = requireNonNull(cutOff, "cutOff");
  }

  /**
   * Returns the report month.
   *
   * @param month the month, of a year from 1901 to 2199, not null
   * @param cutOff the cut-off, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the year is outside 1901 to 2199
   */
  public static ReportPeriod month(YearMonth month, CutOff cutOff) {
    requireNonNull(month, "month");
    return new ReportPeriod(ReportPeriodKind.MONTH, month.getYear(), month.getMonthValue(), cutOff);
  }

  /**
   * Returns a quarter, for example the first quarter (quý I).
   *
   * @param year the year, from 1901 to 2199
   * @param quarter the quarter, from 1 to 4
   * @param cutOff the cut-off, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the year or the quarter is out of range
   */
  public static ReportPeriod quarter(int year, int quarter, CutOff cutOff) {
    checkArgument(quarter >= 1 && quarter <= 4, "a quarter is 1 to 4, not %s", quarter);
    return new ReportPeriod(ReportPeriodKind.QUARTER, year, quarter, cutOff);
  }

  /**
   * Returns the first six months of a year.
   *
   * @param year the year, from 1901 to 2199
   * @param cutOff the cut-off, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportPeriod sixMonths(int year, CutOff cutOff) {
    return new ReportPeriod(ReportPeriodKind.SIX_MONTHS, year, 0, cutOff);
  }

  /**
   * Returns the first nine months of a year.
   *
   * @param year the year, from 1901 to 2199
   * @param cutOff the cut-off, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportPeriod nineMonths(int year, CutOff cutOff) {
    return new ReportPeriod(ReportPeriodKind.NINE_MONTHS, year, 0, cutOff);
  }

  /**
   * Returns a year.
   *
   * @param year the year, from 1901 to 2199
   * @param cutOff the cut-off, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the year is out of range
   */
  public static ReportPeriod year(int year, CutOff cutOff) {
    return new ReportPeriod(ReportPeriodKind.YEAR, year, 0, cutOff);
  }

  /**
   * Returns the kind.
   *
   * @return the kind, not null
   */
  public ReportPeriodKind kind() {
    return kind;
  }

  /**
   * Returns the cut-off.
   *
   * @return the cut-off, not null
   */
  public CutOff cutOff() {
    return cutOff;
  }

  /**
   * Returns the first report month of the period.
   *
   * @return the month, not null
   */
  public YearMonth firstMonth() {
    return switch (kind) {
      case MONTH -> YearMonth.of(year, number);
      case QUARTER -> YearMonth.of(year, 3 * number - 2);
      default -> YearMonth.of(year, 1);
    };
  }

  /**
   * Returns the last report month of the period.
   *
   * @return the month, not null
   */
  public YearMonth lastMonth() {
    return switch (kind) {
      case MONTH -> YearMonth.of(year, number);
      case QUARTER -> YearMonth.of(year, 3 * number);
      case SIX_MONTHS -> YearMonth.of(year, 6);
      case NINE_MONTHS -> YearMonth.of(year, 9);
      case YEAR -> YearMonth.of(year, 12);
    };
  }

  /**
   * Returns the first day: the day after the cut-off of the month before the first.
   *
   * @return the day, not null
   */
  public LocalDate first() {
    return cutOff.lastDayOf(firstMonth().minusMonths(1)).plusDays(1);
  }

  /**
   * Returns the last day: the cut-off of the last month.
   *
   * @return the day, not null
   */
  public LocalDate last() {
    return cutOff.lastDayOf(lastMonth());
  }

  /**
   * Tells whether a day lies within the period.
   *
   * @param day the day, not null
   * @return true if it is from the first day to the last
   */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(first()) && !day.isAfter(last());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportPeriod other
        && kind == other.kind
        && year == other.year
        && number == other.number
        && cutOff.equals(other.cutOff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, year, number, cutOff);
  }

  /**
   * Returns the period, its days and its cut-off, for example "2016-Q1 [2016-01-01..2016-03-31] (month end)"; the
   * period is written 2016-03 for a month, 2016-Q1 for a quarter, 2016-6M and 2016-9M for the first 6 and 9 months,
   * 2016 for the year.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    String name =
        switch (kind) {
          case MONTH -> firstMonth().toString();
          case QUARTER -> year + "-Q" + number;
          case SIX_MONTHS -> year + "-6M";
          case NINE_MONTHS -> year + "-9M";
          case YEAR -> Integer.toString(year);
        };
    return name + " [" + first() + ".." + last() + "] (" + cutOff + ")";
  }
}
