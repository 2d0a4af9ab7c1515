package io.github.vanphong.report;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.reception.CutOff;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The days a periodic report covers (kỳ báo cáo), from its first day to its last, the cut-off (ngày chốt số liệu):
 * a month, a quarter, the first or last six months, nine months or the year under a {@link CutOff}, or a term with
 * the application's days. For example the first quarter of 2026 under the "15th to 14th" convention runs from
 * 2025-12-15 to 2026-03-14, and from 2026-01-01 to 2026-03-31 in calendar months.
 *
 * <p>A period of a kind counts report months: the month of a day under a cut-off on the 14th is the next month from
 * the 15th on ({@link CutOff#reportMonthOf}), so the periods of a month, of the year, of the quarters taken together
 * and of the two halves taken together cover every day exactly once. The periods of 6 and 9 months and the year run
 * from the start of the year (Nghị định 09/2019/NĐ-CP, Điều 12; Thông tư 02/2021/TT-TTCP, Điều 7, khoản 1).
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ReportingPeriod {

  private final PeriodKind kind;
  private final LocalDate first;
  private final LocalDate last;
  private final @Nullable CutOff cutOff;

  private ReportingPeriod(PeriodKind kind, LocalDate first, LocalDate last, @Nullable CutOff cutOff) {
    this.kind = kind;
    this.first = first;
    this.last = last;
    this.cutOff = cutOff;
  }

  /**
   * Returns a report month, for example March 2026 under a cut-off on the 14th: 2026-02-15 to 2026-03-14.
   *
   * @param month the month, of a year from 1901 to 2199, not null
   * @param cutOff the cut-off convention, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the year is outside 1901 to 2199
   */
  public static ReportingPeriod month(YearMonth month, CutOff cutOff) {
    requireNonNull(month, "month");
    requireNonNull(cutOff, "cutOff");
    checkYear(month.getYear());
    return new ReportingPeriod(
        PeriodKind.MONTH, cutOff.lastDayOf(month.minusMonths(1)).plusDays(1), cutOff.lastDayOf(month), cutOff);
  }

  /**
   * Returns the period of a kind in a year: a quarter, six or nine months, or the year.
   *
   * @param kind the kind, one of the quarters, {@link PeriodKind#FIRST_SIX_MONTHS}, {@link
   *     PeriodKind#LAST_SIX_MONTHS}, {@link PeriodKind#NINE_MONTHS} or {@link PeriodKind#YEAR}, not null
   * @param year the year, from 1901 to 2199
   * @param cutOff the cut-off convention, not null
   * @return the period, not null
   * @throws IllegalArgumentException if the kind is a month (use {@link #month}), a term or has no fixed period, or
   *     the year is outside 1901 to 2199
   */
  public static ReportingPeriod of(PeriodKind kind, int year, CutOff cutOff) {
    requireNonNull(kind, "kind");
    requireNonNull(cutOff, "cutOff");
    checkArgument(
        kind.firstMonth().isPresent(),
        "a period of a year is a quarter, six or nine months or the year, not %s (a month is given by its month, a"
            + " term by its days)",
        kind);
    checkYear(year);
    YearMonth firstMonth = YearMonth.of(year, kind.firstMonth().getAsInt());
    YearMonth lastMonth = YearMonth.of(year, kind.lastMonth().getAsInt());
    return new ReportingPeriod(
        kind, cutOff.lastDayOf(firstMonth.minusMonths(1)).plusDays(1), cutOff.lastDayOf(lastMonth), cutOff);
  }

  /**
   * Returns a term (nhiệm kỳ) with its days, for example from one congress to the next.
   *
   * @param first the first day, not null
   * @param last the last day, the cut-off, not before the first, not null
   * @return the period, of kind {@link PeriodKind#TERM}, not null
   * @throws IllegalArgumentException if the last day is before the first, or a year is outside 1901 to 2199
   */
  public static ReportingPeriod term(LocalDate first, LocalDate last) {
    requireNonNull(first, "first");
    requireNonNull(last, "last");
    checkArgument(!last.isBefore(first), "a term ends on or after its first day: %s to %s", first, last);
    checkYear(first.getYear());
    checkYear(last.getYear());
    return new ReportingPeriod(PeriodKind.TERM, first, last, null);
  }

  /**
   * Returns the period of a kind that holds a day, if one does: the report month of the day for a month; for the
   * other kinds the period of the year of the day's report month, if it holds the day. For example under a cut-off on
   * the 14th, 2026-12-20 lies in the month of January 2027 and in the year 2027, and in no first quarter.
   *
   * @param kind the kind, one with a fixed period, not null
   * @param day the day, not null
   * @param cutOff the cut-off convention, not null
   * @return the period, or empty if no period of the kind holds the day
   * @throws IllegalArgumentException if the kind has no fixed period, or the year is outside 1901 to 2199
   */
  public static Optional<ReportingPeriod> containing(PeriodKind kind, LocalDate day, CutOff cutOff) {
    requireNonNull(kind, "kind");
    requireNonNull(day, "day");
    requireNonNull(cutOff, "cutOff");
    checkArgument(kind.hasFixedPeriod(), "a %s has no fixed period that holds a day", kind);
    YearMonth month = cutOff.reportMonthOf(day);
    if (kind == PeriodKind.MONTH) {
      return Optional.of(month(month, cutOff));
    }
    ReportingPeriod period = of(kind, month.getYear(), cutOff);
    return period.contains(day) ? Optional.of(period) : Optional.empty();
  }

  private static void checkYear(int year) {
    checkArgument(year >= 1901 && year <= 2199, "a reporting period's year is 1901 to 2199, not %s", year);
  }

  /**
   * Returns the kind.
   *
   * @return the kind, not null
   */
  public PeriodKind kind() {
    return kind;
  }

  /**
   * Returns the first day.
   *
   * @return the day, not null
   */
  public LocalDate first() {
    return first;
  }

  /**
   * Returns the last day, the day the figures are taken (the cut-off).
   *
   * @return the day, not null
   */
  public LocalDate last() {
    return last;
  }

  /**
   * Returns the month of the last day, the "last month of the period" a due rule counts from.
   *
   * @return the month, not null
   */
  public YearMonth lastMonth() {
    return YearMonth.from(last);
  }

  /**
   * Returns the cut-off convention.
   *
   * @return the cut-off, or empty for a term
   */
  public Optional<CutOff> cutOff() {
    return Optional.ofNullable(cutOff);
  }

  /**
   * Tells whether a day lies within the period.
   *
   * @param day the day, not null
   * @return true if it is from the first day to the last
   */
  public boolean contains(LocalDate day) {
    requireNonNull(day, "day");
    return !day.isBefore(first) && !day.isAfter(last);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof ReportingPeriod other
        && kind == other.kind
        && first.equals(other.first)
        && last.equals(other.last)
        && Objects.equals(cutOff, other.cutOff);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, first, last, cutOff);
  }

  /**
   * Returns the kind and the days, for example "FIRST_QUARTER [2025-12-15..2026-03-14]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return kind + " [" + first + ".." + last + "]";
  }
}
