package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.CT_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CT1;
import static io.github.vanphong.reception.ReceptionFixtures.HG_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.OFFICER;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static io.github.vanphong.reception.ReceptionFixtures.complaint;
import static io.github.vanphong.reception.ReceptionFixtures.denunciation;
import static io.github.vanphong.reception.ReceptionFixtures.people;
import static io.github.vanphong.reception.ReceptionFixtures.session;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.petition.PetitionKind;
import io.github.vanphong.petition.Petitioners;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReceptionTallyTest {

  private static final LocalDate MARCH_20 = LocalDate.of(2016, 3, 20);

  private static ReceptionSession busy() {
    Delegation twelve = Delegation.of(12, people(12).subList(0, 5)).appointedInWriting(people(12));
    return session("S1", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, MARCH_20)
        .receive(complaint("P-1"), MARCH_20, OFFICER)
        .receive(denunciation("P-2"), MARCH_20, OFFICER)
        .receive(Matter.builder().from(complaint("P-3")).byDelegation(twelve).build(), MARCH_20, OFFICER)
        .refuse(RefusalGround.DRAWN_OUT, Petitioners.anonymous(), MARCH_20, OFFICER);
  }

  @Test
  void aSessionIsCountedByKindCitizensDelegationsMattersAndRefusals() {
    ReceptionTally tally = ReceptionTally.of(busy(), PROVINCE, CutOff.monthEnd());
    assertThat(tally.sessions()).isEqualTo(1);
    assertThat(tally.matters()).isEqualTo(3);
    assertThat(tally.citizens()).isEqualTo(14);
    assertThat(tally.citizensRefused()).isEqualTo(1);
    assertThat(tally.delegations()).isEqualTo(1);
    assertThat(tally.delegationPeople()).isEqualTo(12);
    assertThat(tally.refusals()).isEqualTo(1);
    assertThat(tally.refusals(RefusalGround.DRAWN_OUT)).isEqualTo(1);
    assertThat(tally.refusals(RefusalGround.THREATENING)).isZero();
    assertThat(tally.sessionsByKind()).containsEntry(SessionKind.HEAD_PERIODIC, 1);
    assertThat(tally.mattersByKind()).containsEntry(PetitionKind.COMPLAINT, 2).containsEntry(PetitionKind.DENUNCIATION, 1);
    assertThat(tally.mattersByLevel()).containsExactly(org.assertj.core.api.Assertions.entry(Level.PROVINCIAL, 3));
    assertThat(tally.mattersByPost()).containsExactly(org.assertj.core.api.Assertions.entry(PostKind.CHAIR, 3));
    assertThat(tally.matters(ReceptionOutcome.ACCEPTED)).isEqualTo(2);
    assertThat(tally.matters(ReceptionOutcome.FORWARDED)).isEqualTo(1);
    assertThat(tally.matters(ReceptionOutcome.GUIDED)).isZero();
    assertThat(tally.mattersByOutcome()).hasSize(2);
    assertThat(tally.sessionsByUnit()).containsEntry(HG_UBND, 1);
    assertThat(tally.mattersByUnit()).containsEntry(HG_UBND, 3);
    assertThat(tally.sessionsByMonth()).containsOnlyKeys(YearMonth.of(2016, 3));
    assertThat(tally.mattersByMonth()).containsEntry(YearMonth.of(2016, 3), 3);
    assertThat(tally.cutOff()).contains(CutOff.monthEnd());
  }

  @Test
  void sessionsAndMattersAreCountedByUnitAndMonthTogether() {
    LocalDate january = LocalDate.of(2016, 1, 15);
    ReceptionSession early =
        session("S0", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, january).receive(complaint("P-9"), january, OFFICER);
    ReceptionTally tally =
        List.of(early, busy()).stream().collect(ReceptionTally.collector(PROVINCE, CutOff.monthEnd()));
    assertThat(tally.sessionsByUnitAndMonth())
        .containsOnlyKeys(HG_UBND)
        .containsEntry(HG_UBND, com.google.common.collect.ImmutableSortedMap.of(YearMonth.of(2016, 1), 1, YearMonth.of(2016, 3), 1));
    assertThat(tally.mattersByUnitAndMonth().get(HG_UBND))
        .containsExactly(
            org.assertj.core.api.Assertions.entry(YearMonth.of(2016, 1), 1),
            org.assertj.core.api.Assertions.entry(YearMonth.of(2016, 3), 3));
    assertThat(tally.sessions(HG_UBND, YearMonth.of(2016, 3))).isEqualTo(1);
    assertThat(tally.matters(HG_UBND, YearMonth.of(2016, 3))).isEqualTo(3);
    assertThat(tally.matters(HG_UBND, YearMonth.of(2016, 2))).isZero();
    assertThat(tally.matters(CT_UBND, YearMonth.of(2016, 3))).isZero();
    assertThat(tally.sessions(CT_UBND, YearMonth.of(2016, 3))).isZero();
    assertThat(ReceptionTally.of(busy(), PROVINCE, CutOff.onDay(14)).sessions(HG_UBND, YearMonth.of(2016, 4)))
        .as("the report month of the cut-off")
        .isEqualTo(1);
  }

  @Test
  void delegationsAreCountedByTheirExactSizeAndAskedForByTheLawsBrackets() {
    Delegation seven = Delegation.of(7, people(7).subList(0, 2)).appointedInWriting(people(7));
    ReceptionSession small =
        session("S2", HG_CHAIR, HG_CT1, SessionKind.HEAD_PERIODIC, MARCH_20)
            .receive(Matter.builder().from(complaint("P-4")).byDelegation(seven).build(), MARCH_20, OFFICER);
    ReceptionTally tally =
        List.of(small, busy()).stream().collect(ReceptionTally.collector(PROVINCE, CutOff.monthEnd()));
    assertThat(tally.delegationsBySize())
        .containsExactly(org.assertj.core.api.Assertions.entry(7, 1), org.assertj.core.api.Assertions.entry(12, 1));
    assertThat(tally.delegations(ReceptionRuleBook.DELEGATION_OF_5_TO_10.headcount())).isEqualTo(1);
    assertThat(tally.delegations(ReceptionRuleBook.DELEGATION_OVER_10.headcount())).isEqualTo(1);
    assertThat(tally.delegations(com.google.common.collect.Range.lessThan(5))).isZero();
    assertThat(tally.delegations()).isEqualTo(2);
    assertThat(ReceptionTally.empty().delegationsBySize()).isEmpty();
  }

  @Test
  void underACutOffOnThe14thASessionOfThe20thCountsInTheNextMonth() {
    ReceptionTally tally = ReceptionTally.of(busy(), PROVINCE, CutOff.onDay(14));
    assertThat(tally.sessionsByMonth()).containsOnlyKeys(YearMonth.of(2016, 4));
  }

  @Test
  void talliesOfDifferentCutOffsDoNotMergeAndTheEmptyTallyMergesWithAny() {
    ReceptionTally calendar = ReceptionTally.of(busy(), PROVINCE, CutOff.monthEnd());
    ReceptionTally fourteenth = ReceptionTally.of(busy(), PROVINCE, CutOff.onDay(14));
    assertThatThrownBy(() -> calendar.plus(fourteenth))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month end")
        .hasMessageContaining("day 14");
    assertThat(calendar.plus(ReceptionTally.empty())).isEqualTo(calendar);
    assertThat(ReceptionTally.empty().plus(calendar)).isEqualTo(calendar);
    assertThat(calendar.plus(calendar).matters()).isEqualTo(6);
    assertThat(ReceptionTally.empty().cutOff()).isEmpty();
    assertThat(List.<ReceptionSession>of().stream().collect(ReceptionTally.collector(PROVINCE, CutOff.monthEnd())))
        .isSameAs(ReceptionTally.empty());
  }

  @Test
  void aSessionOfAUnitTheChartDoesNotHaveIsRefused() {
    ReceptionSession unknown =
        session("S9", Post.of(UnitId.of("XX-UBND"), PostKind.CHAIR), HG_CT1, SessionKind.HEAD_PERIODIC, MARCH_20);
    assertThatThrownBy(() -> ReceptionTally.of(unknown, PROVINCE, CutOff.monthEnd()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XX-UBND")
        .hasMessageContaining("S9");
  }

  @Test
  void afterTheMergersTheCountsOfHauGiangMoveToCanTho() {
    ReceptionTally tally = ReceptionTally.of(busy(), PROVINCE, CutOff.monthEnd());
    ReceptionTally moved = tally.reassignedTo(PROVINCE, LocalDate.of(2026, 1, 1));
    assertThat(moved.sessionsByUnit()).containsOnlyKeys(CT_UBND);
    assertThat(moved.mattersByUnit()).containsEntry(CT_UBND, 3);
    assertThat(moved.sessionsByUnitAndMonth()).containsOnlyKeys(CT_UBND);
    assertThat(moved.matters(CT_UBND, YearMonth.of(2016, 3))).isEqualTo(3);
    assertThat(moved.delegationsBySize()).isEqualTo(tally.delegationsBySize());
    assertThat(moved.matters()).isEqualTo(tally.matters());
    assertThat(ReceptionTally.empty().reassignedTo(PROVINCE, LocalDate.of(2026, 1, 1))).isSameAs(ReceptionTally.empty());
  }

  @Test
  void theReadableFormShowsCountsAndNoIdentity() {
    assertThat(ReceptionTally.empty()).hasToString("ReceptionTally[empty]");
    assertThat(ReceptionTally.of(busy(), PROVINCE, CutOff.monthEnd()).toString())
        .startsWith(
            "ReceptionTally[to month end: 1 sessions {HEAD_PERIODIC=1}, 3 matters by 14 citizens, 1 delegations of 12"
                + " {12=1}, 1 refusals")
        .endsWith("; months {2016-03=1}; units by month {HG-UBND={2016-03=1}}]")
        .doesNotContain("Công dân Thứ")
        .doesNotContain("Trương Thị Ngọc Diễm");
  }
}
