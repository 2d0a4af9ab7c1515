package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.Range;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.util.List;
import java.util.Locale;
import org.immutables.value.Value;

/**
 * How many representatives a delegation of a size names: for example {@link ReceptionRuleBook#DELEGATION_OVER_10}, a
 * delegation of more than 10 people names at most 5 (Luật Tiếp công dân 42/2013/QH13, Điều 29, verified), so a
 * delegation of 12 with 6 representatives breaks it.
 *
 * <p>The rule applies to the delegations whose headcount lies in {@link #headcount()} and requires their number of
 * representatives to lie in {@link #representatives()}. A group of fewer than 5 people is bound by no rule of the
 * standard book. The other requirements of a delegation (the representatives are among its petitioners, named in
 * writing signed by all) are {@link ProcedureRule}s.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract non-sealed class DelegationRule implements ReceptionRule {

  DelegationRule() {}

  /**
   * The name, for example "DELEGATION_OVER_10", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The headcounts of the delegations the rule applies to, for example {@code [11..+∞)}.
   *
   * @return the range, with a lower bound of 1 or more, not null
   */
  public abstract Range<Integer> headcount();

  /**
   * The numbers of representatives allowed, for example {@code [1..5]}.
   *
   * @return the range, with a lower bound of 1 or more, not null
   */
  public abstract Range<Integer> representatives();

  /**
   * The legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  @Override
  public abstract LegalBasis basis();

  /**
   * The days of reception on which the rule is in force; those of its basis unless set.
   *
   * @return the days, not null
   */
  @Override
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Returns a builder. The name, the two ranges and the basis are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link DelegationRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableDelegationRule.Builder {
    Builder() {}
  }

  /**
   * Tells whether the rule applies to a delegation of a headcount.
   *
   * @param people the delegation's headcount
   * @return true if it lies in {@link #headcount()}
   */
  public boolean appliesTo(int people) {
    return headcount().contains(people);
  }

  /**
   * Tells whether a number of representatives is allowed.
   *
   * @param named the number of representatives named
   * @return true if it lies in {@link #representatives()}
   */
  public boolean allows(int named) {
    return representatives().contains(named);
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "a delegation rule needs a name: %s", Texts.quote(name()));
    for (Range<Integer> range : List.of(headcount(), representatives())) {
      checkArgument(
          range.hasLowerBound() && range.lowerEndpoint() >= 1 && !range.isEmpty(),
          "%s: the headcount and the representatives are ranges from 1 or more; %s was given",
          name(),
          range);
    }
  }

  /**
   * Returns the readable form, for example "DELEGATION_OVER_10: [11..+∞) people name [1..5] representatives, Luật
   * Tiếp công dân 42/2013/QH13, Điều 29 [2014-07-01..2026-06-30]".
   *
   * @return the name, the ranges, the basis and the days, not null
   */
  @Override
  public String toString() {
    return name()
        + ": "
        + headcount()
        + " people name "
        + representatives()
        + " representatives, "
        + basis().citation()
        + " "
        + validity()
        + (basis().confirmation() == Confirmation.VERIFIED
            ? ""
            : " (" + basis().confirmation().englishName().toLowerCase(Locale.ROOT) + ")");
  }
}
