package io.github.vanphong.reception;

import io.github.vanphong.Rule;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.Optional;

/**
 * A rule of citizen reception that a {@link ReceptionRuleBook} holds: a duty to receive ({@link ReceptionDuty}), a
 * ground of refusal with its notice ({@link RefusalRule}), the representatives of a delegation ({@link
 * DelegationRule}), or a procedure ({@link ProcedureRule}). For example {@link ReceptionRuleBook#PROVINCIAL_CHAIR}:
 * the chair of a provincial People's Committee receives citizens at least one day a month (Luật Tiếp công dân
 * 42/2013/QH13, Điều 12, khoản 5). Each is named, cites its {@link LegalBasis}, and is in force on some days; the
 * book chooses it by the day of the act it governs: the day of the session, of the refusal, of the scheduled
 * reception, or the first day of the month or week a duty counts.
 *
 * <p>Implementations are immutable and thread-safe.
 */
public sealed interface ReceptionRule extends Rule
    permits ReceptionDuty, RefusalRule, DelegationRule, ProcedureRule {

  /**
   * Returns the name, for example "PROVINCIAL_CHAIR", unique within a rule book.
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
   * Returns the days on which the rule is in force: those of its basis unless the rule says otherwise, as the duty
   * of a district chair, which ends with the district level on 2025-06-30.
   *
   * @return the days, not null
   */
  Validity validity();

  /**
   * Tells whether the rule is in force on a day.
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
