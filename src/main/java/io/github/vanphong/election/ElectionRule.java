package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import io.github.vanphong.Rule;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A rule of the election timeline: a step of the work of an election, the elections it belongs to, the number of
 * calendar days that date it and how they are counted, with its legal basis and the election days it is chosen for.
 * For example {@link ElectionRuleBook#VOTER_LISTS_POSTED_2015}: the voter lists are posted at the latest 40 days
 * before election day (Luật 85/2015/QH13, Điều 32, verified), for the elections held up to 2025-06-30.
 *
 * <p>A rule is chosen by the election day, not by the day of the step: the 2021 election's steps all follow the
 * original law, the 2026 election's all follow it as amended by Luật 83/2025/QH15, even a step of 2025 that fell
 * before the amendment's first day. {@link #validity()} holds the election days a rule is chosen for; it need not
 * lie within its basis's days, which are those of the article. How the days are counted is {@link DayCounting}'s.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Default on attributes: Immutables, needed only to compile
@ValueType
public abstract class ElectionRule implements Rule {

  ElectionRule() {}

  /**
   * The name, for example "VOTER_LISTS_POSTED_2015", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  public abstract String name();

  /**
   * The step the rule dates.
   *
   * @return the step, not null
   */
  public abstract ElectionStep step();

  /**
   * The elections the step belongs to, for example the National Assembly's and every People's Council's.
   *
   * @return the levels, at least one, not null
   */
  public abstract ImmutableSet<ElectionLevel> levels();

  /**
   * The number of calendar days, for example 40 for "chậm nhất là 40 ngày trước ngày bầu cử".
   *
   * @return the days, 0 or more
   */
  public abstract int days();

  /**
   * How the days are counted: before or after election day, or after the results are announced.
   *
   * @return the counting, not null
   */
  public abstract DayCounting counting();

  /**
   * The legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * The election days the rule is chosen for; those of its basis unless set.
   *
   * @return the election days, not null
   */
  @Value.Default
  public Validity validity() {
    return basis().validity();
  }

  /**
   * Returns a builder. The name, step, at least one level, days, counting and basis are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link ElectionRule}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableElectionRule.Builder {
    Builder() {}
  }

  /**
   * Tells whether the rule is chosen for an election held on a day.
   *
   * @param electionDay the election day, not null
   * @return true if the day lies within {@link #validity()}
   */
  public boolean isChosenFor(LocalDate electionDay) {
    return validity().contains(requireNonNull(electionDay, "electionDay"));
  }

  /**
   * Tells whether the step belongs to an election.
   *
   * @param level the election, not null
   * @return true if {@link #levels()} holds it
   */
  public boolean appliesTo(ElectionLevel level) {
    return levels().contains(requireNonNull(level, "level"));
  }

  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }

  @Value.Check
  void check() {
    checkArgument(!Texts.isBlank(name()), "an election rule needs a name: %s", Texts.quote(name()));
    checkArgument(!levels().isEmpty(), "%s: an election rule names the elections it belongs to; none was given", name());
    checkArgument(days() >= 0, "%s: an election rule counts 0 days or more; days was %s", name(), days());
    checkArgument(
        counting() != DayCounting.AFTER_RESULTS || step() != ElectionStep.RESULTS_ANNOUNCED,
        "%s: the announcement of the results is not counted from itself; counting was %s",
        name(),
        counting());
  }

  /**
   * Returns the readable form, for example "VOTER_LISTS_POSTED_2015: VOTER_LISTS_POSTED 40 days BEFORE_ELECTION_DAY,
   * for [NATIONAL_ASSEMBLY, PROVINCIAL_COUNCIL, DISTRICT_COUNCIL, COMMUNE_COUNCIL], Luật Bầu cử ..., Điều 32
   * [2015-09-01..2025-06-30]".
   *
   * @return the name, step, days, levels, basis and election days, not null
   */
  @Override
  public String toString() {
    return name()
        + ": "
        + step()
        + " "
        + days()
        + " days "
        + counting()
        + ", for "
        + EnumSet.copyOf(levels())
        + ", "
        + basis().citation()
        + " "
        + validity()
        + (basis().confirmation() == Confirmation.VERIFIED
            ? ""
            : " (" + basis().confirmation().englishName().toLowerCase(Locale.ROOT) + ")");
  }
}
