package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_PCT1;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ActingTest {

  @Test
  void aViceChairActsAsChairForItsTerm() {
    Acting acting =
        Acting.of(HG_PCT1, HG_CHAIR, Validity.between(LocalDate.of(2016, 3, 1), LocalDate.of(2016, 3, 31)));
    assertThat(acting.isActingOn(LocalDate.of(2016, 3, 15))).isTrue();
    assertThat(acting.isActingOn(LocalDate.of(2016, 4, 1))).isFalse();
    assertThat(acting.basis()).isEmpty();
    assertThat(acting).hasToString("HG-PCT1 acting as Chair of HG-UBND [2016-03-01..2016-03-31]");
    LegalBasis decision = LegalBasis.of(Instrument.of("Quyết định 250/QĐ-TTg", LocalDate.of(2016, 2, 28)), "Điều 1");
    assertThat(acting.withBasis(decision).basis()).contains(decision);
    assertThat(acting.withBasis(decision).toString()).endsWith(", under Quyết định 250/QĐ-TTg, Điều 1");
  }
}
