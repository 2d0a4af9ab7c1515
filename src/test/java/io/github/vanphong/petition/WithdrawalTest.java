package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Test;

class WithdrawalTest {

  @Test
  void aWholeWithdrawalWithNoGroundStopsTheHandling() {
    assertThat(Withdrawal.whole().stops()).isTrue();
    assertThat(Withdrawal.whole().isPartial()).isFalse();
    assertThat(Withdrawal.whole().continuation()).isEmpty();
    assertThat(Withdrawal.whole()).hasToString("whole");
  }

  @Test
  void aPartialWithdrawalLeavesTheRestToBeResolved() {
    assertThat(Withdrawal.partial().stops()).isFalse();
    assertThat(Withdrawal.partial().isPartial()).isTrue();
    assertThat(Withdrawal.partial()).hasToString("partial");
  }

  @Test
  void aDenunciationWithdrawnUnderCoercionIsStillResolved() {
    Withdrawal coerced = Withdrawal.whole().continuedBecause(ContinuationGround.COERCED);

    assertThat(coerced.stops()).isFalse();
    assertThat(coerced.continuation()).contains(ContinuationGround.COERCED);
    assertThat(coerced).hasToString("whole, continued: COERCED");
    assertThat(Withdrawal.whole().continuedBecause(ContinuationGround.SIGNS_OF_VIOLATION).stops()).isFalse();
  }

  @Test
  void aPartialWithdrawalTakesNoGroundToContinue() {
    Withdrawal partial = Withdrawal.partial();

    assertThatIllegalArgumentException()
        .isThrownBy(() -> partial.continuedBecause(ContinuationGround.SIGNS_OF_VIOLATION))
        .withMessageContaining("Luật Tố cáo 25/2018/QH14, Điều 33")
        .withMessageContaining("SIGNS_OF_VIOLATION");
    assertThat(partial).isEqualTo(Withdrawal.partial());
    assertThat(partial.continuation()).isEmpty();
  }

  @Test
  void aGroundIsNotNull() {
    assertThatNullPointerException().isThrownBy(() -> Withdrawal.whole().continuedBecause(null));
  }

  @Test
  void withdrawalsAreEqualByScopeAndGround() {
    assertThat(Withdrawal.whole()).isEqualTo(Withdrawal.whole()).isNotEqualTo(Withdrawal.partial());
    assertThat(Withdrawal.whole().continuedBecause(ContinuationGround.COERCED))
        .isEqualTo(Withdrawal.whole().continuedBecause(ContinuationGround.COERCED))
        .isNotEqualTo(Withdrawal.whole().continuedBecause(ContinuationGround.SIGNS_OF_VIOLATION))
        .isNotEqualTo(Withdrawal.whole());
  }
}
