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
import java.util.Map;
import java.util.function.Consumer;
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

  // ---- from figures ----------------------------------------------------------------------------------------------

  private static final YearMonth MARCH = YearMonth.of(2016, 3);

  @Test
  void aTallyFromItsFiguresEqualsTheTallyOfTheSessionsCounted() {
    ReceptionTally figures =
        ReceptionTally.of(
            CutOff.monthEnd(),
            Map.of(SessionKind.HEAD_PERIODIC, 1),
            Map.of(HG_UBND, Map.of(MARCH, 1)),
            Map.of(PetitionKind.COMPLAINT, 2, PetitionKind.DENUNCIATION, 1),
            Map.of(Level.PROVINCIAL, 3),
            Map.of(PostKind.CHAIR, 3),
            Map.of(ReceptionOutcome.ACCEPTED, 2, ReceptionOutcome.FORWARDED, 1),
            Map.of(HG_UBND, Map.of(MARCH, 3)),
            14,
            Map.of(12, 1),
            Map.of(RefusalGround.DRAWN_OUT, 1),
            1);
    assertThat(figures).isEqualTo(ReceptionTally.of(busy(), PROVINCE, CutOff.monthEnd()));
    assertThat(figures.sessions()).isEqualTo(1);
    assertThat(figures.matters()).isEqualTo(3);
    assertThat(figures.mattersByUnit()).containsExactly(org.assertj.core.api.Assertions.entry(HG_UBND, 3));
    assertThat(figures.sessionsByMonth()).containsExactly(org.assertj.core.api.Assertions.entry(MARCH, 1));
    assertThat(figures.delegationPeople()).isEqualTo(12);
    assertThat(figures.refusals()).isEqualTo(1);
  }

  @Test
  void figuresOfNoSessionAreTheEmptyTallyWhateverTheCutOff() {
    assertThat(
            ReceptionTally.of(
                CutOff.onDay(14), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), 0, Map.of(),
                Map.of(), 0))
        .isSameAs(ReceptionTally.empty());
  }

  /** Checks that the figures of {@link #busy()}, changed, are refused with the message. */
  private static void refused(Consumer<TallyFigures> change, String message) {
    TallyFigures figures = TallyFigures.of(ReceptionTally.of(busy(), PROVINCE, CutOff.monthEnd()), CutOff.monthEnd());
    change.accept(figures);
    assertThatThrownBy(figures::tally).isInstanceOf(IllegalArgumentException.class).hasMessage(message);
  }

  /** The figures of {@link #busy()} with no session, matter or citizen, for the refusals alone. */
  private static void clearSessionsAndMatters(TallyFigures f) {
    f.sessionsByKind.clear();
    f.sessionsByUnitAndMonth.clear();
    f.mattersByKind.clear();
    f.mattersByLevel.clear();
    f.mattersByPost.clear();
    f.mattersByOutcome.clear();
    f.mattersByUnitAndMonth.clear();
    f.delegationsBySize.clear();
    f.citizens = 0;
  }

  @Test
  void everyCountIsPositiveSinceAKeyWithNoneIsLeftOut() {
    refused(
        f -> f.sessionsByKind.put(SessionKind.REGULAR, 0),
        "sessionsByKind leaves out what has no count, so each count is positive: REGULAR=0");
    refused(
        f -> f.mattersByUnitAndMonth.get(HG_UBND).put(MARCH, -3),
        "mattersByUnitAndMonth of HG-UBND leaves out what has no count, so each count is positive: 2016-03=-3");
    refused(
        f -> f.refusalsByGround.put(RefusalGround.THREATENING, -1),
        "refusalsByGround leaves out what has no count, so each count is positive: THREATENING=-1");
    refused(
        f -> f.delegationsBySize.put(7, 0),
        "delegationsBySize leaves out what has no count, so each count is positive: 7=0");
  }

  @Test
  void aUnitOfATableHasAMonth() {
    refused(
        f -> f.sessionsByUnitAndMonth.put(CT_UBND, new java.util.TreeMap<>()),
        "sessionsByUnitAndMonth leaves out the units with none: CT-UBND has no month");
  }

  @Test
  void theSessionsByKindAndByUnitAndMonthAreTheSameSessions() {
    refused(
        f -> f.sessionsByKind.put(SessionKind.REGULAR, 1),
        "sessionsByUnitAndMonth counts 1 sessions where sessionsByKind counts 2; both count the same sessions");
    refused(
        f -> f.sessionsByUnitAndMonth.put(CT_UBND, Map.of(MARCH, 1)),
        "sessionsByUnitAndMonth counts 2 sessions where sessionsByKind counts 1; both count the same sessions");
  }

  @Test
  void everyTableOfMattersCountsEachMatterOnce() {
    refused(
        f -> f.mattersByLevel.put(Level.DISTRICT, 1),
        "mattersByLevel counts 4 matters where mattersByKind counts 3; each counts every matter once");
    refused(
        f -> f.mattersByPost.put(PostKind.CHAIR, 2),
        "mattersByPost counts 2 matters where mattersByKind counts 3; each counts every matter once");
    refused(
        f -> f.mattersByOutcome.remove(ReceptionOutcome.FORWARDED),
        "mattersByOutcome counts 2 matters where mattersByKind counts 3; each counts every matter once");
    refused(
        f -> f.mattersByUnitAndMonth.get(HG_UBND).put(MARCH, 4),
        "mattersByUnitAndMonth counts 4 matters where mattersByKind counts 3; each counts every matter once");
    refused(
        f -> f.mattersByKind.put(PetitionKind.FEEDBACK, 1),
        "mattersByLevel counts 3 matters where mattersByKind counts 4; each counts every matter once");
  }

  @Test
  void mattersAreReceivedInAUnitAndMonthWithASession() {
    refused(
        f -> {
          f.mattersByUnitAndMonth.get(HG_UBND).put(MARCH, 2);
          f.mattersByUnitAndMonth.get(HG_UBND).put(YearMonth.of(2016, 2), 1);
        },
        "mattersByUnitAndMonth counts matters of HG-UBND in 2016-02, where sessionsByUnitAndMonth counts no session;"
            + " matters are received in sessions");
    refused(
        f -> {
          f.mattersByUnitAndMonth.get(HG_UBND).put(MARCH, 2);
          f.mattersByUnitAndMonth.put(CT_UBND, Map.of(MARCH, 1));
        },
        "mattersByUnitAndMonth counts matters of CT-UBND in 2016-03, where sessionsByUnitAndMonth counts no session;"
            + " matters are received in sessions");
  }

  @Test
  void aDelegationHasAHeadcountOfOneOrMore() {
    refused(
        f -> f.delegationsBySize.put(0, 1),
        "delegationsBySize counts delegations by their headcount, 1 or more: a headcount of 0");
  }

  @Test
  void eachDelegationBringsOneOfTheMatters() {
    refused(
        f -> f.delegationsBySize.put(12, 4),
        "delegationsBySize counts 4 delegations, more than the 3 matters; each delegation brings one matter");
  }

  @Test
  void theCitizensAreTheDelegationsHeadcountAndAtLeastOneForEachOtherMatter() {
    refused(
        f -> f.citizens = 13,
        "citizens 13 are fewer than the matters bring: 12 people in the delegations and at least one for each of the"
            + " 2 other matters");
    TallyFigures signatories =
        TallyFigures.of(ReceptionTally.of(busy(), PROVINCE, CutOff.monthEnd()), CutOff.monthEnd());
    signatories.citizens = 20;
    assertThat(signatories.tally().citizens()).as("several signatories of one matter").isEqualTo(20);
    refused(
        f -> {
          f.delegationsBySize.put(1, 2);
          f.citizens = 15;
        },
        "citizens 15 disagree with the delegations: each of the 3 matters is a delegation's, of 14 people in all");
    refused(
        f -> {
          clearSessionsAndMatters(f);
          f.sessionsByKind.put(SessionKind.REGULAR, 1);
          f.sessionsByUnitAndMonth.put(HG_UBND, Map.of(MARCH, 1));
          f.citizens = 1;
        },
        "citizens 1 counted of no matter");
  }

  @Test
  void theCitizensRefusedAreAtLeastOneForEachRefusalAndNoneWithout() {
    refused(
        f -> f.citizensRefused = 0,
        "citizensRefused 0 disagree with the 1 refusals: at least one citizen for each refusal, none without one");
    refused(
        f -> f.refusalsByGround.clear(),
        "citizensRefused 1 disagree with the 0 refusals: at least one citizen for each refusal, none without one");
    TallyFigures group = TallyFigures.of(ReceptionTally.of(busy(), PROVINCE, CutOff.monthEnd()), CutOff.monthEnd());
    group.citizensRefused = 5;
    assertThat(group.tally().citizensRefused()).as("a group refused together").isEqualTo(5);
  }

  @Test
  void citizensAreRefusedInSessions() {
    refused(
        ReceptionTallyTest::clearSessionsAndMatters,
        "refusalsByGround counts 1 refusals where no session is counted; citizens are refused in sessions");
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
