package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.Rule;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.time.YearMonth;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The split of the dues a Party organisation of a {@link DuesLevel} holds for a month (trích để lại, nộp lên): the
 * share it keeps, and the rest it sends to the committee above. For example {@link
 * DuesSplitRuleBook#OTHER_GRASSROOTS_2011}: a grassroots organisation other than a commune's keeps 70% and sends 30%
 * (Quy định 342-QĐ/TW, as reported).
 *
 * <p>The share kept is a range where the text lets the organisation above choose (a cell under a grassroots
 * committee: 30% to 50%), a single figure otherwise. The kept part is the held amount times the chosen share,
 * rounded by the rule's {@link #rounding()}; the part sent up is the rest, so that what is held is exactly what is
 * kept plus what is sent up. A rule is chosen by the month: it holds for the months whose first day lies in its
 * {@link #validity()}.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuesSplitRule implements Rule {

  private final String name;
  private final DuesLevel level;
  private final Rate lowestKept;
  private final Rate highestKept;
  private final Validity validity;
  private final Rounding rounding;
  private final LegalBasis basis;

  private DuesSplitRule(
      String name,
      DuesLevel level,
      Rate lowestKept,
      Rate highestKept,
      Validity validity,
      Rounding rounding,
      LegalBasis basis) {
    this.name = name;
    this.level = level;
    this.lowestKept = lowestKept;
    this.highestKept = highestKept;
    this.validity = validity;
    this.rounding = rounding;
    this.basis = basis;
  }

  /**
   * Returns a rule.
   *
   * @param name the name, for example "CELL_UNDER_GRASSROOTS_2011", not blank
   * @param level the kind of organisation, not null
   * @param lowestKept the lowest share kept, not null
   * @param highestKept the highest share kept, not below the lowest, not null; equal to it for a single figure
   * @param validity the days whose months the rule holds for, not null
   * @param rounding the rounding of the kept part, not null
   * @param basis the instrument and article, with its confirmation, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the name is blank or the highest share is below the lowest
   */
  public static DuesSplitRule of(
      String name,
      DuesLevel level,
      Rate lowestKept,
      Rate highestKept,
      Validity validity,
      Rounding rounding,
      LegalBasis basis) {
    requireNonNull(name, "name");
    requireNonNull(level, "level");
    requireNonNull(lowestKept, "lowestKept");
    requireNonNull(highestKept, "highestKept");
    requireNonNull(validity, "validity");
    requireNonNull(rounding, "rounding");
    requireNonNull(basis, "basis");
    checkArgument(!Texts.isBlank(name), "a dues split rule needs a name: %s", Texts.quote(name));
    checkArgument(
        lowestKept.compareTo(highestKept) <= 0,
        "the lowest share kept is at most the highest under %s: %s is above %s",
        Texts.quote(name),
        lowestKept,
        highestKept);
    return new DuesSplitRule(name, level, lowestKept, highestKept, validity, rounding, basis);
  }

  @Override
  public String name() {
    return name;
  }

  /**
   * Returns the instrument and article.
   *
   * @return the citation, not empty
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis.citation());
  }

  /**
   * The kind of organisation the rule is for.
   *
   * @return the level, not null
   */
  public DuesLevel level() {
    return level;
  }

  /**
   * The lowest share the organisation keeps.
   *
   * @return the share, not null
   */
  public Rate lowestKept() {
    return lowestKept;
  }

  /**
   * The highest share the organisation keeps; the lowest where the text gives a single figure.
   *
   * @return the share, not below the lowest, not null
   */
  public Rate highestKept() {
    return highestKept;
  }

  /**
   * Tells whether the organisation above chooses the share kept within a range.
   *
   * @return true if the lowest and highest shares differ
   */
  public boolean isChosen() {
    return !lowestKept.equals(highestKept);
  }

  /**
   * The days whose months the rule holds for.
   *
   * @return the validity, not null
   */
  public Validity validity() {
    return validity;
  }

  /**
   * The rounding of the kept part.
   *
   * @return the rounding, not null
   */
  public Rounding rounding() {
    return rounding;
  }

  /**
   * The instrument and article, with its confirmation.
   *
   * @return the basis, not null
   */
  public LegalBasis basis() {
    return basis;
  }

  /**
   * Tells whether the rule holds for a month.
   *
   * @param month the month, not null
   * @return true if the month's first day lies in the validity
   */
  public boolean isChosenFor(YearMonth month) {
    return validity.contains(requireNonNull(month, "month").atDay(1));
  }

  /**
   * Returns the part kept of an amount held, at the rule's single share.
   *
   * @param held the amount collected and received, 0 đồng or more, not null
   * @return the part kept, not null
   * @throws IllegalArgumentException if the amount is negative or the share is chosen within a range
   * @throws ArithmeticException if the rule's rounding refuses the part
   */
  public Money keptOf(Money held) {
    requireNonNull(held, "held");
    checkArgument(
        !isChosen(),
        "%s lets the committee above choose the share kept between %s and %s: say which",
        Texts.quote(name),
        lowestKept,
        highestKept);
    return keptOf(held, lowestKept);
  }

  /**
   * Returns the part kept of an amount held, at a share chosen within the rule's range.
   *
   * @param held the amount collected and received, 0 đồng or more, not null
   * @param share the share kept, from the lowest to the highest, not null
   * @return the part kept, from 0 to the amount held, not null
   * @throws IllegalArgumentException if the amount is negative or the share outside the range
   * @throws ArithmeticException if the rule's rounding refuses the part
   */
  public Money keptOf(Money held, Rate share) {
    requireNonNull(held, "held");
    requireNonNull(share, "share");
    checkArgument(!held.isNegative(), "dues held are 0 đồng or more under %s: %s", Texts.quote(name), held);
    checkArgument(
        share.compareTo(lowestKept) >= 0 && share.compareTo(highestKept) <= 0,
        "%s keeps from %s to %s: %s is outside",
        Texts.quote(name),
        lowestKept,
        highestKept,
        share);
    Money kept = held.times(share, rounding);
    return kept.isGreaterThan(held) ? held : kept;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DuesSplitRule other
        && name.equals(other.name)
        && level == other.level
        && lowestKept.equals(other.lowestKept)
        && highestKept.equals(other.highestKept)
        && validity.equals(other.validity)
        && rounding.equals(other.rounding)
        && basis.equals(other.basis);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, level, lowestKept, highestKept, validity, rounding, basis);
  }

  /**
   * Returns a readable form: "DuesSplitRule[OTHER_GRASSROOTS_2011, keeps 70%, ...]".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return "DuesSplitRule["
        + name
        + ", "
        + level
        + ", keeps "
        + (isChosen() ? lowestKept + " to " + highestKept : lowestKept)
        + ", "
        + validity
        + ", "
        + rounding
        + ", "
        + basis.citation()
        + "]";
  }
}
