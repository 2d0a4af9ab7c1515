package io.github.vanphong.document;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.Rule;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.time.Period;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The time within which a closed file is handed to the office's archive (thời hạn nộp lưu hồ sơ vào lưu trữ cơ
 * quan), counted from the day the work ended, for the bodies of one system: for example {@link #STATE_WITHIN_ONE_YEAR},
 * a State body hands a file over within 1 year of the day the work ended (Nghị định 30/2020/NĐ-CP, Điều 30.2.b,
 * verified).
 *
 * <p>The Party's own period has not been read: Nghị định 30/2020/NĐ-CP, Điều 2.2, lets political organisations apply
 * the decree as fits them and the Party's rules, so a Party office's period is data the application supplies with its
 * source ({@link HandOverRuleBook#with}). The rule is in force as its basis is ({@link LegalBasis#isInForceOn}). The
 * last day to hand over is the day the work ended plus the period: the library's reading of "trong thời hạn … kể từ
 * ngày công việc kết thúc". Files of capital construction (03 months from the settlement, Điều 30.2.a) are not
 * modelled.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class HandOverRule implements Rule {

  /** The longest period a rule may give: 10 years. */
  public static final Period MAX_PERIOD = Period.ofYears(10);

  /**
   * State bodies hand a file over within 1 year of the day the work ended: Nghị định 30/2020/NĐ-CP, Điều 30, khoản 2,
   * điểm b (verified), in force from 2020-03-05.
   */
  public static final HandOverRule STATE_WITHIN_ONE_YEAR =
      of(
          DocumentSystem.STATE,
          Period.ofYears(1),
          LegalBasis.builder()
              .instrument(Instruments.STATE_CLERICAL_DECREE_2020)
              .article("Điều 30, khoản 2, điểm b")
              .confirmation(Confirmation.VERIFIED)
              .build());

  HandOverRule() {}

  /**
   * The system whose bodies the rule binds.
   *
   * @return the system, not null
   */
  public abstract DocumentSystem system();

  /**
   * The time to hand a file over, from the day the work ended.
   *
   * @return the period, positive, at most {@link #MAX_PERIOD}, in years, months and days
   */
  public abstract Period within();

  /**
   * The source of the period, with its confirmation and days in force.
   *
   * @return the basis, not null
   */
  public abstract LegalBasis basis();

  /**
   * Returns a rule.
   *
   * @param system the system whose bodies it binds, not null
   * @param within the time to hand over, positive, at most {@link #MAX_PERIOD}, not null
   * @param basis the source, not null
   * @return the rule, not null
   * @throws IllegalArgumentException if the period is not positive or longer than {@link #MAX_PERIOD}
   */
  public static HandOverRule of(DocumentSystem system, Period within, LegalBasis basis) {
    return ImmutableHandOverRule.builder().system(system).within(within).basis(basis).build();
  }

  @Value.Check
  void check() {
    Period p = within();
    LocalDate probe = LocalDate.of(2000, 1, 1);
    checkArgument(
        !p.isNegative() && !p.isZero() && p.getYears() >= 0 && p.getMonths() >= 0 && p.getDays() >= 0
            && !probe.plus(p).isAfter(probe.plus(MAX_PERIOD)),
        "a hand-over period is positive and at most %s: %s",
        MAX_PERIOD,
        p);
  }

  /**
   * Returns the last day to hand over a file whose work ended on a day.
   *
   * @param workEnded the day the work ended (the file closed), not null
   * @return {@code workEnded} plus {@link #within()}, not null
   * @throws java.time.DateTimeException if the day is too late for the calendar
   */
  public LocalDate deadline(LocalDate workEnded) {
    return requireNonNull(workEnded, "workEnded").plus(within());
  }

  /**
   * Returns the rule's name as findings spell it: "HAND_OVER_DEADLINE".
   *
   * @return the name, not blank
   */
  @Override
  public String name() {
    return "HAND_OVER_DEADLINE";
  }

  /**
   * Returns the citation of the basis, for example "Nghị định 30/2020/NĐ-CP, Điều 30, khoản 2, điểm b".
   *
   * @return the citation, present for every rule
   */
  @Override
  public Optional<String> citation() {
    return Optional.of(basis().citation());
  }

  /**
   * Returns the system, period and citation: "STATE within P1Y (Nghị định 30/2020/NĐ-CP, Điều 30, khoản 2, điểm b)".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return system() + " within " + within() + " (" + basis().citation() + ")";
  }
}
