package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ParticipatingBodyTest {

  @Test
  void theOfficeTheInspectionCommitteeAndTheInternalAffairsBoardTakePartByLaw42ThenByDecree154() {
    for (ParticipatingBody body : ParticipatingBody.values()) {
      assertThat(body.bases()).hasSize(2);
      assertThat(body.bases().get(0).citation()).endsWith("Điều 12, khoản 3");
      assertThat(body.bases().get(0).isInForceOn(LocalDate.of(2026, 6, 30))).isTrue();
      assertThat(body.bases().get(0).isInForceOn(LocalDate.of(2026, 7, 1))).isFalse();
      assertThat(body.bases().get(1).instrument()).isEqualTo(Instruments.DECREE_154_2026);
    }
  }

  @Test
  void eachBodyTakesItsOwnMatters() {
    assertThat(ParticipatingBody.INTERNAL_AFFAIRS_BOARD.scope()).contains("corruption");
    assertThat(ParticipatingBody.INSPECTION_COMMITTEE.scope()).contains("discipline");
    assertThat(ParticipatingBody.PARTY_OFFICE.scope()).contains("Party building");
  }
}
