package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The regional minimum monthly wages by region and day, from the decrees that set them: for example VND 5310000 in
 * region I from 2026-01-01. Where two entries of a region hold on a day, the one that starts later wins, so an
 * application extends the table with a new decree's amounts ({@link #with(MinimumWage) with}) without ending the old
 * ones.
 *
 * <p>The standard table ({@link #standard()}) holds Nghị định 74/2024/NĐ-CP (from 2024-07-01) and Nghị định
 * 293/2025/NĐ-CP (from 2026-01-01), as reported by the Government's and the press's summaries; earlier decrees are
 * left to the application. A member's dues for a month are reckoned from the wage in force on the month's first day:
 * the texts read do not say which day, so this is an assumption.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class MinimumWageTable {

  private static final MinimumWageTable STANDARD =
      new MinimumWageTable(
          ImmutableList.<MinimumWage>builder()
              .addAll(decree(Instruments.MINIMUM_WAGE_DECREE_74_2024, 4_960_000, 4_410_000, 3_860_000, 3_450_000))
              .addAll(decree(Instruments.MINIMUM_WAGE_DECREE_293_2025, 5_310_000, 4_730_000, 4_140_000, 3_700_000))
              .build());

  private final ImmutableList<MinimumWage> wages;

  private MinimumWageTable(ImmutableList<MinimumWage> wages) {
    for (int i = 0; i < wages.size(); i++) {
      for (int j = 0; j < i; j++) {
        MinimumWage a = wages.get(i);
        MinimumWage b = wages.get(j);
        checkArgument(
            a.region() != b.region() || !a.validity().start().equals(b.validity().start()),
            "one minimum wage of a region starts on a day: %s and %s",
            b,
            a);
      }
    }
    this.wages = wages;
  }

  private static ImmutableList<MinimumWage> decree(Instrument decree, long i, long ii, long iii, long iv) {
    LegalBasis basis =
        LegalBasis.builder().instrument(decree).article("Điều 3").confirmation(Confirmation.REPORTED).build();
    return ImmutableList.of(
        wage(MinimumWageRegion.REGION_I, i, basis),
        wage(MinimumWageRegion.REGION_II, ii, basis),
        wage(MinimumWageRegion.REGION_III, iii, basis),
        wage(MinimumWageRegion.REGION_IV, iv, basis));
  }

  private static MinimumWage wage(MinimumWageRegion region, long dong, LegalBasis basis) {
    return MinimumWage.builder().region(region).monthly(Money.ofDong(dong)).basis(basis).build();
  }

  /**
   * Returns the standard table: Nghị định 74/2024/NĐ-CP and Nghị định 293/2025/NĐ-CP, Điều 3, as reported.
   *
   * @return the table, not null
   */
  public static MinimumWageTable standard() {
    return STANDARD;
  }

  /**
   * Returns a table of an application's wages.
   *
   * @param wages the wages, not null, none null
   * @return the table, not null
   * @throws IllegalArgumentException if two wages of a region start on one day
   */
  public static MinimumWageTable of(List<MinimumWage> wages) {
    return new MinimumWageTable(Arguments.list(wages, "wages"));
  }

  /**
   * Returns this table with a wage added: from its first day it wins over the wages of its region that started
   * earlier; this table is left as it was.
   *
   * @param wage the wage, not null
   * @return the new table, not null
   * @throws IllegalArgumentException if a wage of the region already starts that day
   */
  public MinimumWageTable with(MinimumWage wage) {
    requireNonNull(wage, "wage");
    return new MinimumWageTable(ImmutableList.<MinimumWage>builder().addAll(wages).add(wage).build());
  }

  /**
   * Returns the wages, in the order they were given.
   *
   * @return the wages, not null
   */
  public ImmutableList<MinimumWage> wages() {
    return wages;
  }

  /**
   * Returns the wage of a region on a day: of the wages holding that day, the one that starts latest.
   *
   * @param region the region, not null
   * @param day the day, not null
   * @return the wage, or empty if none holds that day
   */
  public Optional<MinimumWage> wageOn(MinimumWageRegion region, LocalDate day) {
    requireNonNull(region, "region");
    requireNonNull(day, "day");
    return wages.stream()
        .filter(w -> w.region() == region && w.validity().contains(day))
        .max(Comparator.comparing(w -> w.validity().start()));
  }

  /**
   * Returns the monthly amount dues of a month are reckoned from: the wage of the region on the month's first day.
   *
   * @param region the region where the member is active, not null
   * @param month the month owed, not null
   * @return the amount, or empty if no wage holds that day
   */
  public Optional<Money> wageFor(MinimumWageRegion region, YearMonth month) {
    requireNonNull(month, "month");
    return wageOn(region, month.atDay(1)).map(MinimumWage::monthly);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof MinimumWageTable other && wages.equals(other.wages);
  }

  @Override
  public int hashCode() {
    return wages.hashCode();
  }

  /**
   * Returns a readable form: "MinimumWageTable[REGION_I VND 4960000, …]".
   *
   * @return the wages, not null
   */
  @Override
  public String toString() {
    return "MinimumWageTable" + wages.stream().map(w -> w.region() + " " + w.monthly() + " " + w.validity()).toList();
  }
}
