package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.Unit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReceptionDutyTest {

  @Test
  void theProvincialChairReceivesOneDayAMonthWhileTheRuleIsInForce() {
    Unit committee = PROVINCE.unit(HG_UBND, LocalDate.of(2016, 1, 1)).orElseThrow();
    ReceptionDuty duty = ReceptionRuleBook.PROVINCIAL_CHAIR;
    assertThat(duty.binds(HG_CHAIR, committee, LocalDate.of(2016, 1, 1))).isTrue();
    assertThat(duty.binds(HG_CHAIR, committee, LocalDate.of(2014, 6, 1))).isFalse();
    assertThat(duty.days()).isEqualTo(1);
    assertThat(duty.cadence()).isEqualTo(Cadence.MONTH);
    assertThat(duty.validity()).isEqualTo(duty.basis().validity());
  }

  @Test
  void theReadableFormSaysTheDaysTheHolderThePlaceTheBasisAndTheMark() {
    assertThat(ReceptionRuleBook.COMMUNE_CHAIR.toString())
        .startsWith("COMMUNE_CHAIR: 1 day a week, [CHAIR] of [PEOPLES_COMMITTEE] at [COMMUNE], at the seat of the unit")
        .contains("Điều 15, khoản 2, điểm d")
        .doesNotContain("(reported");
    assertThat(ReceptionRuleBook.PARTY_HEAD_COMMUNE.toString())
        .contains("2 days a month")
        .endsWith("(reported by a secondary source)");
  }

  @Test
  void aDutyRequiresADayOrMoreAndANameOrItIsRefused() {
    assertThatThrownBy(
            () -> ReceptionDuty.builder().from(ReceptionRuleBook.PROVINCIAL_CHAIR).days(0).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PROVINCIAL_CHAIR")
        .hasMessageContaining("0 were given");
    assertThatThrownBy(() -> ReceptionDuty.builder().from(ReceptionRuleBook.PROVINCIAL_CHAIR).name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a name");
    assertThat(ReceptionRuleBook.PROVINCIAL_CHAIR.days()).isEqualTo(1);
  }

  @Test
  void theDistrictChairsDutyEndsWithTheDistrictLevel() {
    assertThat(ReceptionRuleBook.DISTRICT_CHAIR.validity().end()).contains(LocalDate.of(2025, 6, 30));
    assertThat(ReceptionRuleBook.DISTRICT_CHAIR.days()).isEqualTo(2);
    assertThat(ReceptionRuleBook.PARTY_HEAD_DISTRICT_2019.validity().end()).contains(LocalDate.of(2025, 6, 30));
  }
}
