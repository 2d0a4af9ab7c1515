package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A decision exempting a member from dues or reducing them for some months (quyết định miễn, giảm đảng phí): for
 * example a member in hardship whose dues are reduced by 50% from March to August 2026, or a member exempted from the
 * month the fiftieth year of membership is complete.
 *
 * <p>The rules it keeps ({@link ReliefGround}, Quy định 01-QĐ/TW, Điều 5, as reported): a hardship relief is an
 * exemption or a reduction of 30, 50 or 70%, for at most 12 months a decision, and has a last month; every other
 * ground exempts in full; {@link ReliefGround#LONG_MEMBERSHIP} holds from the month fifty years after admission (the
 * month is an assumption: the sources say "from 50 years"). A relief covers months from February 2026, when the
 * regulation applies.
 *
 * <p>The decision's own data (who applied, the household's certificate) is the application's; this value holds no
 * personal data beyond the day of admission it needs.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class DuesRelief {

  /** The most months a hardship decision covers. */
  public static final int MOST_HARDSHIP_MONTHS = 12;

  private static final Set<Rate> HARDSHIP_REDUCTIONS =
      Set.of(Rate.percent("30"), Rate.percent("50"), Rate.percent("70"), Rate.WHOLE);

  DuesRelief() {}

  /**
   * The ground.
   *
   * @return the ground, not null
   */
  public abstract ReliefGround ground();

  /**
   * The share of the dues waived: 100% for an exemption, or 30%, 50% or 70% for a hardship reduction.
   *
   * @return the reduction, not null
   */
  public abstract Rate reduction();

  /**
   * The first month covered.
   *
   * @return the month, February 2026 or later, not null
   */
  public abstract YearMonth firstMonth();

  /**
   * The last month covered, both counted; required for hardship.
   *
   * @return the month, or empty for a relief without end
   */
  public abstract Optional<YearMonth> lastMonth();

  /**
   * The day the member was admitted to the Party; required for {@link ReliefGround#LONG_MEMBERSHIP}.
   *
   * @return the day, or empty
   */
  public abstract Optional<LocalDate> admittedOn();

  /**
   * Returns a builder. The ground, reduction and first month are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DuesRelief}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDuesRelief.Builder {
    Builder() {}
  }

  /**
   * Returns a full exemption on a ground from a month, without end.
   *
   * @param ground the ground, not null, not {@link ReliefGround#HARDSHIP} nor {@link ReliefGround#LONG_MEMBERSHIP}
   *     (which need more: use the builder)
   * @param from the first month covered, not null
   * @return the relief, not null
   * @throws IllegalArgumentException if the ground needs a last month or a day of admission, or the month is before
   *     February 2026
   */
  public static DuesRelief exemption(ReliefGround ground, YearMonth from) {
    return builder().ground(ground).reduction(Rate.WHOLE).firstMonth(from).build();
  }

  /**
   * Returns a hardship exemption or reduction for the months from one to another, both counted.
   *
   * @param reduction 30%, 50%, 70% or 100%, not null
   * @param from the first month, not null
   * @param until the last month, not before {@code from}, at most 12 months in all, not null
   * @return the relief, not null
   * @throws IllegalArgumentException if the reduction is another, the months more than 12 or out of order
   */
  public static DuesRelief hardship(Rate reduction, YearMonth from, YearMonth until) {
    return builder().ground(ReliefGround.HARDSHIP).reduction(reduction).firstMonth(from).lastMonth(until).build();
  }

  /**
   * Tells whether the relief covers a month.
   *
   * @param month the month owed, not null
   * @return true if the month is from {@link #firstMonth()} to {@link #lastMonth()}
   */
  public boolean covers(YearMonth month) {
    requireNonNull(month, "month");
    return !month.isBefore(firstMonth()) && lastMonth().map(u -> !month.isAfter(u)).orElse(true);
  }

  /**
   * Returns what remains of a month's dues after the relief: the dues less the waived share, the share rounded by the
   * dues rule's rounding. An exemption leaves nothing, whatever the rounding.
   *
   * @param dues the dues the rule gives, 0 đồng or more, not null
   * @param rounding the rounding of the dues rule, not null
   * @return the dues owed, 0 đồng or more, not null
   * @throws IllegalArgumentException if the dues are negative
   */
  public Money applyTo(Money dues, Rounding rounding) {
    requireNonNull(dues, "dues");
    requireNonNull(rounding, "rounding");
    checkArgument(!dues.isNegative(), "a relief applies to dues of 0 đồng or more; the dues were %s", dues);
    if (reduction().equals(Rate.WHOLE)) {
      return Money.ZERO;
    }
    Money waived = dues.times(reduction(), rounding);
    return waived.isGreaterThan(dues) ? Money.ZERO : dues.minus(waived);
  }

  @Value.Check
  void check() {
    YearMonth first = YearMonth.from(ground().basis().inForceFrom());
    checkArgument(
        !firstMonth().isBefore(first),
        "%s: a relief under %s covers months from %s; it started %s",
        ground(),
        ground().basis().citation(),
        first,
        firstMonth());
    lastMonth()
        .ifPresent(
            u ->
                checkArgument(
                    !u.isBefore(firstMonth()), "%s: a relief ends (%s) no earlier than it starts (%s)", ground(), u, firstMonth()));
    if (ground() == ReliefGround.HARDSHIP) {
      checkArgument(
          HARDSHIP_REDUCTIONS.contains(reduction()),
          "HARDSHIP: dues are exempted or reduced by 30%, 50% or 70%; the reduction was %s",
          reduction());
      checkArgument(lastMonth().isPresent(), "HARDSHIP: a decision covers at most %s months and needs a last month", MOST_HARDSHIP_MONTHS);
      YearMonth last = lastMonth().orElse(firstMonth());
      long months = ChronoUnit.MONTHS.between(firstMonth(), last) + 1;
      checkArgument(
          months <= MOST_HARDSHIP_MONTHS,
          "HARDSHIP: a decision covers at most %s months; %s to %s is %s",
          MOST_HARDSHIP_MONTHS,
          firstMonth(),
          last,
          months);
    } else {
      checkArgument(
          reduction().equals(Rate.WHOLE), "%s exempts in full; the reduction was %s", ground(), reduction());
    }
    if (ground() == ReliefGround.LONG_MEMBERSHIP) {
      checkArgument(admittedOn().isPresent(), "LONG_MEMBERSHIP: the day of admission is needed to count 50 years");
      LocalDate admitted = admittedOn().orElse(LocalDate.EPOCH);
      checkArgument(
          admitted.getYear() <= 9_000 && !firstMonth().isBefore(YearMonth.from(admitted.plusYears(50))),
          "LONG_MEMBERSHIP: 50 years of membership from %s are complete in %s; the relief started %s",
          admitted,
          admitted.getYear() <= 9_000 ? YearMonth.from(admitted.plusYears(50)) : "no month",
          firstMonth());
    }
  }

  /**
   * Returns a readable form, for example "HARDSHIP 50% 2026-03..2026-08".
   *
   * @return the ground, reduction and months, not null
   */
  @Override
  public String toString() {
    return ground() + " " + reduction() + " " + firstMonth() + ".." + lastMonth().map(YearMonth::toString).orElse("");
  }
}
