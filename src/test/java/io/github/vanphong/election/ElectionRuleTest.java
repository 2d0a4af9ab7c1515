package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ElectionRuleTest {

  private static ElectionRule.Builder rule() {
    return ElectionRule.builder()
        .name("OWN")
        .step(ElectionStep.VOTER_LISTS_POSTED)
        .addLevels(ElectionLevel.COMMUNE_COUNCIL)
        .days(40)
        .counting(DayCounting.BEFORE_ELECTION_DAY)
        .basis(LegalBasis.of(Instruments.ELECTION_LAW_AMENDMENT_2025, "Điều 1"));
  }

  @Test
  void aRuleIsChosenForTheElectionDaysOfItsValidity() {
    ElectionRule rule = ElectionRuleBook.CANDIDATE_FILES_DUE_2015;
    assertThat(rule.isChosenFor(LocalDate.of(2021, 5, 23))).isTrue();
    assertThat(rule.isChosenFor(LocalDate.of(2025, 7, 1))).isFalse();
    assertThat(rule.appliesTo(ElectionLevel.DISTRICT_COUNCIL)).isTrue();
    assertThat(ElectionRuleBook.CANDIDATE_FILES_DUE_2025.appliesTo(ElectionLevel.DISTRICT_COUNCIL)).isFalse();
    assertThat(rule.citation())
        .contains("Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân 85/2015/QH13, Điều 35, khoản 1");
    assertThat(ElectionRuleBook.CANDIDATE_FILES_DUE_2025.citation().orElseThrow())
        .contains("sửa đổi bởi Luật 83/2025/QH15");
  }

  @Test
  void aRuleWithoutItsOwnDaysServesThoseOfItsBasis() {
    ElectionRule own = rule().build();
    assertThat(own.validity()).isEqualTo(own.basis().validity());
    assertThat(own.isChosenFor(LocalDate.of(2025, 6, 29))).isFalse();
    assertThat(own.isChosenFor(LocalDate.of(2026, 3, 15))).isTrue();
  }

  @Test
  void aRuleReadsAsItsNameStepDaysLevelsBasisAndMark() {
    assertThat(ElectionRuleBook.VOTER_LISTS_POSTED_2025)
        .hasToString(
            "VOTER_LISTS_POSTED_2025: VOTER_LISTS_POSTED 40 days BEFORE_ELECTION_DAY, for [NATIONAL_ASSEMBLY,"
                + " PROVINCIAL_COUNCIL, COMMUNE_COUNCIL], Luật Bầu cử đại biểu Quốc hội và đại biểu Hội đồng nhân dân"
                + " 85/2015/QH13, Điều 32 [2025-07-01..)");
    assertThat(ElectionRuleBook.POLLING_TEAMS_FORMED_2015.toString()).endsWith("(reported by a secondary source)");
    assertThat(ElectionRuleBook.POLLING_TEAMS_FORMED_2015.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void aRuleNeedsANameElectionsDaysNotNegativeAndTheResultsAreNotCountedFromThemselves() {
    assertThatThrownBy(() -> rule().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("name");
    assertThatThrownBy(() -> ElectionRule.builder().from(rule().build()).levels(java.util.Set.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("OWN");
    assertThatThrownBy(() -> rule().days(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("days was -1");
    assertThatThrownBy(
            () -> rule().step(ElectionStep.RESULTS_ANNOUNCED).counting(DayCounting.AFTER_RESULTS).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("AFTER_RESULTS");
    assertThat(rule().step(ElectionStep.RESULT_COMPLAINTS_CLOSED).counting(DayCounting.AFTER_RESULTS).build().days())
        .isEqualTo(40);
  }
}
