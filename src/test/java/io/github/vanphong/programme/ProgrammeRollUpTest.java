package io.github.vanphong.programme;

import static io.github.vanphong.programme.ProgrammeFixtures.CHIEF;
import static io.github.vanphong.programme.ProgrammeFixtures.planned;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Unit;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import io.github.vanphong.organization.UnitTree;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProgrammeRollUpTest {

  private static final LocalDate DAY = LocalDate.of(2016, 6, 30);
  private static final UnitId PROVINCE = UnitId.of("HG-TU");
  private static final UnitId DISTRICT = UnitId.of("HG-CT-HU");

  private static UnitTree tree() {
    return UnitTree.of(
        DAY,
        List.of(
            Unit.builder().id(PROVINCE).name("Tỉnh ủy Hậu Giang").kind(UnitKind.PROVINCIAL_COMMITTEE)
                .level(Level.PROVINCIAL).life(Validity.from(LocalDate.of(2004, 1, 1))).build(),
            Unit.builder().id(DISTRICT).name("Huyện ủy Châu Thành").kind(UnitKind.DISTRICT_COMMITTEE)
                .level(Level.DISTRICT).parent(PROVINCE)
                .life(Validity.from(LocalDate.of(2004, 1, 1))).build()));
  }

  private static WorkProgramme programme(UnitId committee) {
    return WorkProgramme.of(
        committee, ProgrammeBody.STANDING_COMMITTEE, ProgrammePeriod.quarter(2016, 2),
        List.of(
            planned(),
            ProgrammeItem.plan(
                    ProgrammeItemId.of("B"), "Khác", committee, java.time.YearMonth.of(2016, 5), DAY.minusDays(90),
                    CHIEF)
                .drop("Rút", DAY.minusDays(80), CHIEF)));
  }

  @Test
  void aCommitteesFiguresHoldThoseOfTheCommitteesUnderIt() {
    ProgrammeRollUp rollUp =
        ProgrammeRollUp.of(List.of(programme(PROVINCE), programme(DISTRICT), programme(UnitId.of("X"))), DAY, tree());
    assertThat(rollUp.ownSummaryOf(PROVINCE).total()).isEqualTo(2);
    assertThat(rollUp.summaryOf(PROVINCE).total()).isEqualTo(4);
    assertThat(rollUp.summaryOf(DISTRICT).total()).isEqualTo(2);
    assertThat(rollUp.ownSummaryOf(DISTRICT)).isEqualTo(rollUp.summaryOf(DISTRICT));
    assertThat(rollUp.unplaced()).containsOnlyKeys(UnitId.of("X"));
    assertThat(rollUp.total().total()).isEqualTo(6);
    assertThat(rollUp.summaryOf(UnitId.of("none"))).isEqualTo(ProgrammeSummary.empty());
    assertThat(rollUp.ownSummaryOf(UnitId.of("none"))).isEqualTo(ProgrammeSummary.empty());
    assertThat(rollUp.date()).isEqualTo(DAY);
    assertThat(rollUp.rolledUp()).containsOnlyKeys(PROVINCE, DISTRICT);
    assertThat(rollUp.toString()).startsWith("ProgrammeRollUp[as of 2016-06-30: ").endsWith("2 units, unplaced [X]]");
    assertThat(ProgrammeRollUp.of(Map.of(), tree()).toString()).endsWith("unplaced none]");
    ProgrammeRollUp byUnit =
        ProgrammeRollUp.of(Map.of(DISTRICT, programme(DISTRICT).summary(DAY), PROVINCE, ProgrammeSummary.empty()),
            tree());
    assertThat(byUnit.summaryOf(PROVINCE).total()).isEqualTo(2);
    assertThat(byUnit.ownSummaryOf(PROVINCE)).isEqualTo(ProgrammeSummary.empty());
    assertThat(byUnit).isEqualTo(ProgrammeRollUp.of(Map.of(DISTRICT, programme(DISTRICT).summary(DAY)), tree()));
    assertThat(byUnit.hashCode())
        .isEqualTo(ProgrammeRollUp.of(Map.of(DISTRICT, programme(DISTRICT).summary(DAY)), tree()).hashCode());
  }

  @Test
  void figuresOfDifferentDaysAreRefused() {
    Map<UnitId, ProgrammeSummary> byUnit =
        Map.of(PROVINCE, programme(PROVINCE).summary(DAY), DISTRICT, programme(DISTRICT).summary(DAY.plusDays(1)));
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> ProgrammeRollUp.of(byUnit, tree()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("same day");
  }
}
