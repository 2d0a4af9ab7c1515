package io.github.vanphong.petition;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.Rule;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A rule of the petition law that a {@link PetitionRuleBook} holds: a time limit ({@link PetitionTimeLimit}), or a
 * rule of the workflow ({@link WorkflowRule}). Each is named, cites its {@link LegalBasis}, and is in force on some
 * days of a petition, the day received, accepted or of the act, as the rule says ({@link #chosenBy()}). The workflow
 * and the deadlines of a {@link Petition} read the same rules, so an application that replaces one changes both.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface PetitionRule extends Rule permits PetitionTimeLimit, WorkflowRule {

  /**
   * Returns the name, for example "DENUNCIATION_RESOLUTION", unique within a rule book.
   *
   * @return the name, not blank
   */
  @Override
  String name();

  /**
   * Returns the legal basis, with its confirmation.
   *
   * @return the basis, not null
   */
  LegalBasis basis();

  /**
   * Returns the days on which the rule is in force, as days of the kind {@link #chosenBy()} names: for example the
   * days received {@code [2019-01-01..2026-06-30]}.
   *
   * @return the days, not null
   */
  Validity validity();

  /**
   * Returns the day of a petition that chooses the rule.
   *
   * @return the day, not null
   */
  RuleDay chosenBy();

  /**
   * Tells whether the rule is in force for a petition with the given days.
   *
   * @param days the petition's days, not null
   * @return true if the day that chooses the rule lies within {@link #validity()}
   */
  default boolean isInForceFor(RuleDays days) {
    requireNonNull(days, "days");
    return validity().contains(days.on(chosenBy()));
  }

  /**
   * Tells whether the rule is in force on a day, as a day of the kind {@link #chosenBy()} names.
   *
   * @param day the day, not null
   * @return true if the day lies within {@link #validity()}
   */
  default boolean isInForceOn(LocalDate day) {
    return validity().contains(day);
  }

  @Override
  default Optional<String> citation() {
    return Optional.of(basis().citation());
  }
}
