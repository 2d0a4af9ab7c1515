package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableSortedSet;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class OverdueDutyTest {

  private static final PetitionId P42 = PetitionId.of("P-2016-0042");
  private static final PetitionId P43 = PetitionId.of("P-2016-0043");
  private static final UnitId OFFICE = UnitId.of("HG-VPTU");
  private static final UnitId DISTRICT = UnitId.of("HG-CT-VP");
  private static final LocalDate DUE = LocalDate.of(2016, 5, 3);

  private static OverdueDuty duty(
      PetitionId petition, UnitId unit, PetitionStage stage, ComplaintRound round, LocalDate due) {
    return OverdueDuty.of(petition, unit, stage, round, due);
  }

  @Test
  void anOverdueDutyNamesThePetitionUnitStageRoundAndDueDate() {
    OverdueDuty d = duty(P42, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.FIRST, DUE);
    assertThat(d.petition()).isEqualTo(P42);
    assertThat(d.unit()).isEqualTo(OFFICE);
    assertThat(d.stage()).isEqualTo(PetitionStage.RESOLUTION);
    assertThat(d.round()).isEqualTo(ComplaintRound.FIRST);
    assertThat(d.dueDate()).isEqualTo(DUE);
    assertThat(d).hasToString("P-2016-0042 at HG-VPTU: RESOLUTION (FIRST) due 2016-05-03");
  }

  @Test
  void dutiesAreOrderedByPetitionUnitRoundStageAndDueDate() {
    OverdueDuty first = duty(P42, DISTRICT, PetitionStage.RESOLUTION, ComplaintRound.SECOND, DUE);
    OverdueDuty second = duty(P42, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.FIRST, DUE);
    OverdueDuty third = duty(P42, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.SECOND, DUE);
    OverdueDuty fourth = duty(P42, OFFICE, PetitionStage.DECISION_DISPATCH, ComplaintRound.SECOND, DUE);
    OverdueDuty fifth = duty(P42, OFFICE, PetitionStage.DECISION_DISPATCH, ComplaintRound.SECOND, DUE.plusDays(1));
    OverdueDuty sixth = duty(P43, DISTRICT, PetitionStage.PROCESSING, ComplaintRound.FIRST, DUE.minusDays(60));
    assertThat(ImmutableSortedSet.of(sixth, fifth, fourth, third, second, first))
        .containsExactly(first, second, third, fourth, fifth, sixth);
    assertThat(second.compareTo(duty(P42, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.FIRST, DUE))).isZero();
    assertThat(first.compareTo(second)).isNegative();
    assertThat(sixth.compareTo(fifth)).isPositive();
  }

  @Test
  void equalDutiesHaveTheSameFields() {
    new EqualsTester()
        .addEqualityGroup(
            duty(P42, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.FIRST, DUE),
            duty(P42, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.FIRST, DUE))
        .addEqualityGroup(duty(P43, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.FIRST, DUE))
        .addEqualityGroup(duty(P42, DISTRICT, PetitionStage.RESOLUTION, ComplaintRound.FIRST, DUE))
        .addEqualityGroup(duty(P42, OFFICE, PetitionStage.PROCESSING, ComplaintRound.FIRST, DUE))
        .addEqualityGroup(duty(P42, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.SECOND, DUE))
        .addEqualityGroup(duty(P42, OFFICE, PetitionStage.RESOLUTION, ComplaintRound.FIRST, DUE.plusDays(1)))
        .testEquals();
  }

  @Test
  void nullsAreRefused() {
    new NullPointerTester()
        .setDefault(PetitionId.class, P42)
        .setDefault(UnitId.class, OFFICE)
        .setDefault(LocalDate.class, DUE)
        .testAllPublicStaticMethods(OverdueDuty.class);
  }
}
