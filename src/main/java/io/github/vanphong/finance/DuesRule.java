package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.Rule;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The dues a member of a category pays for a month (mức đóng đảng phí): a share of a base, or a fixed amount. For
 * example {@link DuesRuleBook#CIVIL_SERVANT_2026}: a civil servant pays 1% of the salary on which social insurance
 * was paid the month before (Quy định 01-QĐ/TW, as reported); {@link DuesRuleBook#STUDENT_2026}: a student pays 5,000
 * đồng a month.
 *
 * <p>A rule is chosen by the month owed: it holds for the months whose first day lies in its {@link #validity()}. A
 * rule reckoned from an amount the Party organisation sets (Quy định 342-QĐ/TW, other members) bounds that amount
 * ({@link #lowestBase()}, {@link #highestBase()}).
 *
 * <p>The rounding of a computed amount is part of the rule ({@link #rounding()}): the texts read say none, so the
 * standard rules round half up to the đồng, the application's choice to replace ({@link DuesRuleBook#with(DuesRule)
 * with}). A rule whose figures are not confirmed by the text says so in its basis's {@link Confirmation}.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class DuesRule implements Rule {

  DuesRule() {}

  /**
   * The name, for example "SOCIAL_INSURANCE_2026", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The category of members the rule is for.
   *
   * @return the category, not null
   */
  public abstract MemberCategory category();

  /**
   * What the dues are reckoned from; {@link DuesBase#NONE} for a fixed amount.
   *
   * @return the base, not null
   */
  public abstract DuesBase base();

  /**
   * The share of the base paid, for example 1%; empty for a fixed amount.
   *
   * @return the rate, present unless the base is {@link DuesBase#NONE}
   */
  public abstract Optional<Rate> rate();

  /**
   * The fixed monthly amount, for example VND 5000; present only when the base is {@link DuesBase#NONE}.
   *
   * @return the amount, 0 đồng or more, or empty for a share of a base
   */
  public abstract Optional<Money> fixedAmount();

  /**
   * The smallest base the rule accepts, for example VND 2000 for the amount an organisation sets under Quy định
   * 342-QĐ/TW.
   *
   * @return the bound, or empty if none
   */
  public abstract Optional<Money> lowestBase();

  /**
   * The largest base the rule accepts, for example VND 30000.
   *
   * @return the bound, or empty if none
   */
  public abstract Optional<Money> highestBase();

  /**
   * How a share of the base becomes whole đồng.
   *
   * @return the rounding, not null
   */
  public abstract Rounding rounding();

  /**
   * The legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * The days whose months the rule holds for; those of its basis unless set, for example to end a rule when the
   * text changes its figure on a given day.
   *
   * @return the days, not null
   */
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Returns a builder. The name, category, base, rounding and basis are required; a rate, or a fixed amount for
   * {@link DuesBase#NONE}.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DuesRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDuesRule.Builder {
    Builder() {}
  }

  /**
   * Tells whether the rule holds for a month: whether the month's first day lies within {@link #validity()}.
   *
   * @param month the month owed, not null
   * @return true if the rule is chosen for the month
   */
  public boolean isChosenFor(YearMonth month) {
    return validity().contains(requireNonNull(month, "month").atDay(1));
  }

  /**
   * Returns the dues of a month on a base: the fixed amount, or the share of the base rounded by the rule's rounding.
   * For example 1% of VND 4,680,000 is VND 46,800.
   *
   * @param base the member's base for the month, 0 đồng or more, within the rule's bounds; ignored for a fixed amount
   *     but still checked; not null
   * @return the dues, 0 đồng or more, not null
   * @throws IllegalArgumentException if the base is negative or outside the rule's bounds
   * @throws ArithmeticException if the rounding is {@link java.math.RoundingMode#UNNECESSARY} and the share is not
   *     whole
   */
  public Money duesOn(Money base) {
    requireNonNull(base, "base");
    checkArgument(!base.isNegative(), "%s: dues are reckoned from a base of 0 đồng or more; the base was %s", name(), base);
    lowestBase()
        .ifPresent(
            lowest ->
                checkArgument(
                    !base.isLessThan(lowest), "%s: the base is at least %s; it was %s", name(), lowest, base));
    highestBase()
        .ifPresent(
            highest ->
                checkArgument(
                    !base.isGreaterThan(highest), "%s: the base is at most %s; it was %s", name(), highest, base));
    Optional<Money> fixed = fixedAmount();
    if (fixed.isPresent()) {
      return fixed.get();
    }
    return base.times(rate().orElse(Rate.ZERO), rounding());
  }

  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a dues rule needs a name: %s", Texts.quote(name()));
    boolean fixed = base() == DuesBase.NONE;
    checkArgument(
        fixed == fixedAmount().isPresent() && fixed != rate().isPresent(),
        "%s: a dues rule is a fixed amount (base NONE) or a rate of a base, not both; base %s, rate %s, amount %s",
        name(),
        base(),
        rate().map(Object::toString).orElse("none"),
        fixedAmount().map(Object::toString).orElse("none"));
    fixedAmount()
        .ifPresent(a -> checkArgument(!a.isNegative(), "%s: a fixed amount is 0 đồng or more; it was %s", name(), a));
    lowestBase()
        .ifPresent(l -> checkArgument(!l.isNegative(), "%s: the lowest base is 0 đồng or more; it was %s", name(), l));
    Optional<Money> lowest = lowestBase();
    Optional<Money> highest = highestBase();
    if (lowest.isPresent() && highest.isPresent()) {
      Money low = lowest.get();
      Money high = highest.get();
      checkArgument(
          !high.isLessThan(low), "%s: the highest base (%s) is not below the lowest (%s)", name(), high, low);
    }
  }

  /**
   * Returns the readable form, for example "SOCIAL_INSURANCE_2026: CIVIL_SERVANT 1% of SOCIAL_INSURANCE_SALARY, half
   * up to 1 đồng, Quy định 01-QĐ/TW, Điều 3 [2026-02-01..) (reported)".
   *
   * @return the name, category, amount, rounding, basis and days, not null
   */
  @Override
  public String toString() {
    String amount =
        fixedAmount().map(Money::toString).orElseGet(() -> rate().orElse(Rate.ZERO) + " of " + base());
    return name()
        + ": "
        + category()
        + " "
        + amount
        + lowestBase().map(l -> ", base at least " + l).orElse("")
        + highestBase().map(h -> ", base at most " + h).orElse("")
        + ", "
        + rounding()
        + ", "
        + basis().citation()
        + " "
        + validity()
        + (basis().confirmation() == Confirmation.VERIFIED
            ? ""
            : " (" + basis().confirmation().englishName().toLowerCase(Locale.ROOT) + ")");
  }
}
