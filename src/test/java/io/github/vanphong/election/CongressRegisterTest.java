package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class CongressRegisterTest {

  private static final UnitId PROVINCE = UnitId.of("HG-TU");
  private static final CongressRecord XIII = CongressRecord.of(PROVINCE, LocalDate.of(2015, 10, 14));
  private static final CongressRecord XIV = CongressRecord.of(PROVINCE, LocalDate.of(2020, 10, 14));

  @Test
  void theLastCongressOfAUnitOnADayIsTheLatestRecordedByThen() {
    CongressRegister register = CongressRegister.of(List.of(XIV, XIII, CongressRecord.of(UnitId.of("A"), XIV.heldOn())));
    assertThat(register.lastHeld(PROVINCE, LocalDate.of(2020, 10, 13))).contains(XIII.heldOn());
    assertThat(register.lastHeld(PROVINCE, LocalDate.of(2020, 10, 14))).contains(XIV.heldOn());
    assertThat(register.lastHeld(PROVINCE, LocalDate.of(2015, 10, 13))).isEmpty();
    assertThat(register.lastHeld(UnitId.of("HG-TV"), LocalDate.of(2030, 1, 1))).isEmpty();
    assertThat(register.records()).first().isEqualTo(CongressRecord.of(UnitId.of("A"), XIV.heldOn()));
    assertThat(CongressRegister.empty().lastHeld(PROVINCE, XIV.heldOn())).isEmpty();
    assertThat(XIV).hasToString("HG-TU 2020-10-14");
  }

  @Test
  void aCongressRecordedTwiceIsRefusedAndTheRegisterIsLeftAsItWas() {
    CongressRegister register = CongressRegister.empty().record(XIII);
    assertThatThrownBy(() -> register.record(XIII))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the congress of HG-TU on 2015-10-14 is already recorded");
    assertThat(register.records()).containsExactly(XIII);
    assertThat(register.record(XIV)).isNotEqualTo(register);
    assertThat(register).isEqualTo(CongressRegister.of(List.of(XIII))).hasSameHashCodeAs(CongressRegister.of(List.of(XIII)));
    assertThat(register).hasToString("CongressRegister[HG-TU 2015-10-14]");
  }
}
