package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RuleDaysTest {

  private static final LocalDate RECEIVED = LocalDate.of(2026, 6, 15);
  private static final LocalDate ACCEPTED = LocalDate.of(2026, 6, 20);
  private static final LocalDate ACT = LocalDate.of(2026, 7, 10);

  @Test
  void eachRuleDayReadsItsDay() {
    RuleDays days = RuleDays.received(RECEIVED).accepted(ACCEPTED).act(ACT);

    assertThat(days.on(RuleDay.RECEIVED)).isEqualTo(RECEIVED);
    assertThat(days.on(RuleDay.ACCEPTED)).isEqualTo(ACCEPTED);
    assertThat(days.on(RuleDay.ACT)).isEqualTo(ACT);
    assertThat(days.received()).isEqualTo(RECEIVED);
    assertThat(days.accepted()).contains(ACCEPTED);
    assertThat(days.act()).isEqualTo(ACT);
  }

  @Test
  void beforeAcceptanceTheDayAcceptedIsTheDayOfTheAct() {
    RuleDays days = RuleDays.received(RECEIVED).act(ACT);

    assertThat(days.accepted()).isEmpty();
    assertThat(days.on(RuleDay.ACCEPTED)).isEqualTo(ACT);
    assertThat(RuleDays.received(RECEIVED).act()).isEqualTo(RECEIVED);
  }

  @Test
  void anAcceptanceAfterTheActMovesTheActToIt() {
    assertThat(RuleDays.received(RECEIVED).accepted(ACCEPTED).act()).isEqualTo(ACCEPTED);
  }

  @Test
  void theDaysRunForward() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleDays.received(RECEIVED).accepted(RECEIVED.minusDays(1)))
        .withMessage("a petition received on 2026-06-15 is not accepted on 2026-06-14");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> RuleDays.received(RECEIVED).accepted(ACCEPTED).act(ACCEPTED.minusDays(1)))
        .withMessage("an act on 2026-06-19 cannot precede the petition's day 2026-06-20");
    assertThatNullPointerException().isThrownBy(() -> RuleDays.received(null));
    assertThatNullPointerException().isThrownBy(() -> RuleDays.received(RECEIVED).act(null));
  }

  @Test
  void equalityCoversEveryDayAndTheTextNamesThem() {
    RuleDays days = RuleDays.received(RECEIVED).accepted(ACCEPTED).act(ACT);
    new EqualsTester()
        .addEqualityGroup(days, RuleDays.received(RECEIVED).accepted(ACCEPTED).act(ACT))
        .addEqualityGroup(RuleDays.received(RECEIVED).act(ACT))
        .addEqualityGroup(RuleDays.received(RECEIVED.minusDays(1)).accepted(ACCEPTED).act(ACT))
        .addEqualityGroup(RuleDays.received(RECEIVED).accepted(ACCEPTED))
        .testEquals();
    assertThat(days).hasToString("received 2026-06-15, accepted 2026-06-20, act 2026-07-10");
    assertThat(RuleDays.received(RECEIVED)).hasToString("received 2026-06-15, act 2026-06-15");
  }
}
