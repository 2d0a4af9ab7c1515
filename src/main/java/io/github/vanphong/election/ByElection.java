package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.immutables.value.Value;

/**
 * The facts that decide whether a by-election (bầu cử bổ sung) is held in the middle of a term: the election, the day
 * considered, the last day of the term, the deputies elected at its start, those missing, and whether the People's
 * Council is that of a unit formed by merging or splitting. For example a provincial People's Council of 50 deputies
 * with 18 missing and two years of the term left holds one: more than 18 months remain and more than a third are
 * missing (Luật 85/2015/QH13, Điều 89, khoản 2).
 *
 * <p>{@link #isRequired()} applies {@link ResultRule#NATIONAL_ASSEMBLY_BY_ELECTION} (more than 2 years of the term
 * left and more than 10% of the deputies elected at its start missing, Điều 89, khoản 1) or {@link
 * ResultRule#COUNCIL_BY_ELECTION} (more than 18 months left and more than a third missing, or, for a unit formed by
 * merging or splitting, fewer than two thirds of its deputies, Điều 89, khoản 2). "More than 2 years" and "more than 18
 * months" are read as: the term ends after the day considered plus 2 years or 18 months. Luật 83/2025/QH15 struck the
 * district level from the article: the district's People's Council holds no by-election from 2025-07-01. The
 * by-election's own day (a Sunday announced at least 30 days ahead) and bodies (Điều 89, khoản 3 và 4; Điều 90) are
 * not computed here.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class ByElection {

  ByElection() {}

  /**
   * The election: the National Assembly's or a People's Council's.
   *
   * @return the level, not null
   */
  public abstract ElectionLevel level();

  /**
   * The day considered.
   *
   * @return the day, not after {@link #termEnds()}, not null
   */
  public abstract LocalDate day();

  /**
   * The last day of the term.
   *
   * @return the day, not null
   */
  public abstract LocalDate termEnds();

  /**
   * The deputies elected at the start of the term (for a unit formed by merging or splitting, the deputies it is to
   * have).
   *
   * @return the deputies, 1 or more
   */
  public abstract int deputies();

  /**
   * The deputies missing.
   *
   * @return the missing, 0 to {@link #deputies()}
   */
  public abstract int missing();

  /**
   * Whether the People's Council is that of a unit formed by merging or splitting; false unless set.
   *
   * @return true for a new unit
   */
  @Value.Default
  public boolean newUnit() {
    return false;
  }

  /**
   * Returns a builder. Every attribute but {@link #newUnit()} is required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link ByElection}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableByElection.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(deputies() >= 1, "a by-election counts 1 deputy or more; deputies was %s", deputies());
    checkArgument(
        missing() >= 0 && missing() <= deputies(),
        "the deputies missing are 0 to the %s deputies; missing was %s",
        deputies(),
        missing());
    checkArgument(
        !day().isAfter(termEnds()), "the day considered %s is within the term, which ends %s", day(), termEnds());
    checkArgument(
        level() != ElectionLevel.DISTRICT_COUNCIL || day().isBefore(ElectionRuleBook.AMENDMENT_DAY),
        "a district People's Council holds no by-election from %s (%s); the day was %s",
        ElectionRuleBook.AMENDMENT_DAY,
        Instruments.ELECTION_LAW_AMENDMENT_2025.name(),
        day());
    checkArgument(
        level() != ElectionLevel.NATIONAL_ASSEMBLY || !newUnit(),
        "a unit formed by merging or splitting is a People's Council's; the National Assembly's by-election has none");
  }

  /**
   * Returns the rule that decides.
   *
   * @return {@link ResultRule#NATIONAL_ASSEMBLY_BY_ELECTION} or {@link ResultRule#COUNCIL_BY_ELECTION}
   */
  public ResultRule rule() {
    return level() == ElectionLevel.NATIONAL_ASSEMBLY
        ? ResultRule.NATIONAL_ASSEMBLY_BY_ELECTION
        : ResultRule.COUNCIL_BY_ELECTION;
  }

  /**
   * Tells whether enough of the term remains: more than 2 years for the National Assembly, more than 18 months for a
   * People's Council.
   *
   * @return true if the term ends after the day plus that time
   */
  public boolean enoughTermLeft() {
    int months = level() == ElectionLevel.NATIONAL_ASSEMBLY ? 24 : 18;
    long left = ChronoUnit.MONTHS.between(day(), termEnds());
    return left > months || (left == months && !termEnds().equals(day().plusMonths(months)));
  }

  /**
   * Tells whether enough deputies are missing: more than 10% for the National Assembly; for a People's Council more
   * than a third, or for a new unit fewer than two thirds left.
   *
   * @return true if the share missing calls a by-election
   */
  public boolean enoughMissing() {
    long missing = missing();
    long deputies = deputies();
    if (level() == ElectionLevel.NATIONAL_ASSEMBLY) {
      return 10 * missing > deputies;
    }
    return 3 * missing > deputies || (newUnit() && 3 * (deputies - missing) < 2 * deputies);
  }

  /**
   * Tells whether a by-election is held (Điều 89, khoản 1 or 2).
   *
   * @return true if enough of the term remains and enough deputies are missing
   */
  public boolean isRequired() {
    return enoughTermLeft() && enoughMissing();
  }

  /**
   * Explains the decision, for example "by-election required: the term ends 2021-06-30, more than 18 months after
   * 2019-06-30; 18 of 50 deputies missing, more than a third (Điều 89, khoản 2)".
   *
   * @return a line of text, not null
   */
  public String explain() {
    boolean assembly = level() == ElectionLevel.NATIONAL_ASSEMBLY;
    return (isRequired() ? "by-election required: " : "no by-election: ")
        + "the term ends "
        + termEnds()
        + (enoughTermLeft() ? ", more than " : ", not more than ")
        + (assembly ? "2 years" : "18 months")
        + " after "
        + day()
        + "; "
        + missing()
        + " of "
        + deputies()
        + " deputies missing, "
        + (enoughMissing() ? "" : "not ")
        + (assembly ? "more than 10%" : newUnit() ? "more than a third, or fewer than two thirds left" : "more than a third")
        + " ("
        + rule().basis().article()
        + ")";
  }

  /**
   * Returns the readable form: the election and {@link #explain()}.
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "ByElection[" + level() + ", " + explain() + "]";
  }
}
