package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.PROVINCIAL_OFFICE;
import static io.github.vanphong.petition.PetitionFixtures.eligibleOutside;
import static io.github.vanphong.petition.PetitionFixtures.eligibleWithin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import com.google.common.testing.EqualsTester;
import com.google.common.testing.NullPointerTester;
import io.github.vanphong.SummaryLaws;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.OrgChart;
import io.github.vanphong.organization.Restructuring;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PetitionTallyTest {

  private static final PetitionRuleBook BOOK = PetitionRuleBook.standard();
  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  /** Monday 2020-03-02: a denunciation is processed within 7 working days, by Wednesday 2020-03-11. */
  private static final LocalDate RECEIVED = LocalDate.of(2020, 3, 2);

  private static final LocalDate JUNE_1 = LocalDate.of(2020, 6, 1);

  private static LocalDate march(int day) {
    return LocalDate.of(2020, 3, day);
  }

  private static Petition received(String id, PetitionKind kind, LocalDate on, UnitId unit, Channel channel) {
    return Petition.receive(
        PetitionFixtures.intake(id, kind, on).receivingUnit(unit).channel(channel).build(), CLERK);
  }

  private static Petition received(String id, PetitionKind kind) {
    return received(id, kind, RECEIVED, PROVINCIAL_OFFICE, Channel.POST);
  }

  /** Processed, notified and resolved on time, then closed: three duties met on time. */
  private static Petition onTime() {
    return received("P-2020-0001", PetitionKind.DENUNCIATION)
        .classify(eligibleWithin(), march(5), CLERK)
        .accept(march(6), CHIEF)
        .notify(PetitionStage.ACCEPTANCE_NOTICE, march(10), CLERK)
        .startVerification(march(10), CHIEF)
        .resolve(Finding.WELL_FOUNDED, LocalDate.of(2020, 4, 1), CHIEF)
        .close(LocalDate.of(2020, 4, 2), CHIEF);
  }

  /** Forwarded on 2020-03-16, after the processing (03-11) and forwarding (03-09) limits: two duties met late. */
  private static Petition late() {
    return received("P-2020-0002", PetitionKind.DENUNCIATION)
        .classify(eligibleOutside(Recipient.INSPECTION_COMMITTEE, Procedure.PARTY_RULES), march(5), CLERK)
        .forward(PetitionFixtures.INSPECTION_COMMITTEE, march(16), CLERK);
  }

  /** Never processed: its processing is overdue from 2020-03-12. */
  private static Petition untouched() {
    return received("P-2020-0003", PetitionKind.DENUNCIATION);
  }

  private static PetitionTally tally(LocalDate asOf, Petition... petitions) {
    return Stream.of(petitions).collect(PetitionTally.collector(CALENDAR, asOf));
  }

  // ---- from figures ------------------------------------------------------------------------------------------

  private static final LocalDate MARCH_31 = march(31);
  private static final OverdueDuty PROCESSING_OVERDUE =
      OverdueDuty.of(
          PetitionId.of("P-2020-0003"), PROVINCIAL_OFFICE, PetitionStage.PROCESSING, ComplaintRound.FIRST, march(11));

  private static PetitionTally fromFigures(
      Map<Channel, Integer> byChannel, Map<DeadlineStatus, Integer> duties, Set<OverdueDuty> overdue) {
    return PetitionTally.of(
        MARCH_31,
        Map.of(PetitionKind.DENUNCIATION, 1),
        Map.of(PROVINCIAL_OFFICE, Map.of(PetitionState.RECEIVED, 1)),
        byChannel,
        Map.of(YearMonth.of(2020, 3), 1),
        duties,
        overdue);
  }

  @Test
  void aTallyFromItsFiguresEqualsTheTallyOfThePetitionsCounted() {
    PetitionTally figures =
        fromFigures(
            Map.of(Channel.POST, 1), Map.of(DeadlineStatus.OVERDUE, 1), Set.of(PROCESSING_OVERDUE));
    assertThat(tally(MARCH_31, untouched())).isEqualTo(figures);
    assertThat(figures.count(PROVINCIAL_OFFICE)).isEqualTo(1);
    assertThat(figures.byState()).containsExactly(Map.entry(PetitionState.RECEIVED, 1));
  }

  @Test
  void figuresOfNoPetitionAreTheEmptyTally() {
    assertThat(PetitionTally.of(MARCH_31, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(), Set.of()))
        .isSameAs(PetitionTally.empty());
  }

  @Test
  void figuresThatNoSetOfPetitionsHasAreRefusedNamingTheFigure() {
    assertThatThrownBy(() -> fromFigures(Map.of(Channel.POST, 2), Map.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("byChannel counts 2 petitions where byKind counts 1");
    assertThatThrownBy(() -> fromFigures(Map.of(Channel.POST, 1, Channel.ONLINE, 0), Map.of(), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("byChannel")
        .hasMessageContaining("=0");
    assertThatThrownBy(() -> fromFigures(Map.of(Channel.POST, 1), Map.of(DeadlineStatus.OVERDUE, 1), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 listed, 1 counted overdue");
    assertThatThrownBy(() -> fromFigures(Map.of(Channel.POST, 1), Map.of(DeadlineStatus.MET, 1), Set.of(PROCESSING_OVERDUE)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 listed, 0 counted overdue");
    OverdueDuty elsewhere =
        OverdueDuty.of(PetitionId.of("P-2020-0003"), UnitId.of("HG-VX"), PetitionStage.PROCESSING, ComplaintRound.FIRST, march(11));
    assertThatThrownBy(() -> fromFigures(Map.of(Channel.POST, 1), Map.of(DeadlineStatus.OVERDUE, 1), Set.of(elsewhere)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HG-VX");
    OverdueDuty notYetDue =
        OverdueDuty.of(PetitionId.of("P-2020-0003"), PROVINCIAL_OFFICE, PetitionStage.PROCESSING, ComplaintRound.FIRST, MARCH_31);
    assertThatThrownBy(() -> fromFigures(Map.of(Channel.POST, 1), Map.of(DeadlineStatus.OVERDUE, 1), Set.of(notYetDue)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("due before the day 2020-03-31");
    assertThatThrownBy(
            () ->
                PetitionTally.of(
                    MARCH_31,
                    Map.of(PetitionKind.DENUNCIATION, 1),
                    Map.of(PROVINCIAL_OFFICE, Map.of(PetitionState.RECEIVED, 1)),
                    Map.of(Channel.POST, 1),
                    Map.of(YearMonth.of(2020, 4), 1),
                    Map.of(),
                    Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2020-04, after the day of the tally 2020-03-31");
    assertThatThrownBy(() -> PetitionTally.of(MARCH_31, Map.of(), Map.of(), Map.of(), Map.of(), Map.of(DeadlineStatus.MET, 1), Set.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1 duties counted of no petition");
  }


  // ---- counts ------------------------------------------------------------------------------------------------

  @Test
  void aPetitionIsCountedByItsKindStateUnitChannelAndMonthReceived() {
    UnitId district = UnitId.of("HG-CT-VP");
    PetitionTally t =
        tally(
            JUNE_1,
            onTime(),
            late(),
            received("P-2020-0101", PetitionKind.COMPLAINT, LocalDate.of(2020, 4, 14), district, Channel.IN_PERSON),
            received("P-2020-0102", PetitionKind.FEEDBACK, LocalDate.of(2020, 4, 15), district, Channel.ONLINE));

    assertThat(t.asOf()).contains(JUNE_1);
    assertThat(t.petitions()).isEqualTo(4);
    assertThat(t.byKind())
        .containsExactly(
            entry(PetitionKind.COMPLAINT, 1), entry(PetitionKind.DENUNCIATION, 2), entry(PetitionKind.FEEDBACK, 1));
    assertThat(t.byState())
        .isEqualTo(ImmutableMap.of(PetitionState.RECEIVED, 2, PetitionState.CLOSED, 1, PetitionState.FORWARDED, 1));
    assertThat(t.byUnit()).containsExactly(entry(district, 2), entry(PROVINCIAL_OFFICE, 2));
    assertThat(t.byChannel())
        .containsExactly(entry(Channel.POST, 2), entry(Channel.IN_PERSON, 1), entry(Channel.ONLINE, 1));
    assertThat(t.byMonth()).containsExactly(entry(YearMonth.of(2020, 3), 2), entry(YearMonth.of(2020, 4), 2));
    assertThat(t.count(PetitionKind.DENUNCIATION)).isEqualTo(2);
    assertThat(t.count(PetitionKind.MIXED)).isZero();
    assertThat(t.count(PetitionState.RECEIVED)).isEqualTo(2);
    assertThat(t.count(PetitionState.VERIFYING)).isZero();
    assertThat(t.count(district)).isEqualTo(2);
    assertThat(t.count(UnitId.of("HG-NONE"))).isZero();
    assertThat(t.count(Channel.ONLINE)).isEqualTo(1);
    assertThat(t.count(Channel.FORWARDED)).isZero();
    assertThat(t.count(YearMonth.of(2020, 4))).isEqualTo(2);
    assertThat(t.count(YearMonth.of(2020, 5))).isZero();
    assertThat(t.open()).isEqualTo(2);
    assertThat(t.closed()).isEqualTo(2);
  }

  @Test
  void aReportPerUnitAndStateIsOneCall() {
    UnitId district = UnitId.of("HG-CT-VP");
    PetitionTally t =
        tally(
            JUNE_1,
            onTime(),
            late(),
            received("P-2020-0101", PetitionKind.COMPLAINT, LocalDate.of(2020, 4, 14), district, Channel.IN_PERSON),
            received("P-2020-0102", PetitionKind.FEEDBACK, LocalDate.of(2020, 4, 15), district, Channel.ONLINE));
    assertThat(t.byUnitAndState())
        .isEqualTo(
            ImmutableMap.of(
                district, ImmutableMap.of(PetitionState.RECEIVED, 2),
                PROVINCIAL_OFFICE, ImmutableMap.of(PetitionState.CLOSED, 1, PetitionState.FORWARDED, 1)));
    assertThat(t.byUnitAndState().keySet()).containsExactly(district, PROVINCIAL_OFFICE);
    assertThat(t.count(district, PetitionState.RECEIVED)).isEqualTo(2);
    assertThat(t.count(district, PetitionState.CLOSED)).isZero();
    assertThat(t.count(PROVINCIAL_OFFICE, PetitionState.FORWARDED)).isEqualTo(1);
    assertThat(t.count(UnitId.of("HG-NONE"), PetitionState.RECEIVED)).isZero();
    assertThat(PetitionTally.empty().byUnitAndState()).isEmpty();
    assertThatThrownBy(() -> t.count(district, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> t.count(null, PetitionState.RECEIVED)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aMonthIsCountedInItsOwnYear() {
    PetitionTally t =
        tally(
            LocalDate.of(2021, 6, 1),
            received("P-2020-0301", PetitionKind.FEEDBACK, LocalDate.of(2020, 3, 2), PROVINCIAL_OFFICE, Channel.POST),
            received("P-2021-0301", PetitionKind.FEEDBACK, LocalDate.of(2021, 3, 2), PROVINCIAL_OFFICE, Channel.POST),
            received("P-2021-0302", PetitionKind.FEEDBACK, LocalDate.of(2021, 3, 9), PROVINCIAL_OFFICE, Channel.POST),
            received("P-2021-0501", PetitionKind.FEEDBACK, LocalDate.of(2021, 5, 3), PROVINCIAL_OFFICE, Channel.POST),
            received("P-2020-0302", PetitionKind.FEEDBACK, LocalDate.of(2020, 3, 3), PROVINCIAL_OFFICE, Channel.POST));
    assertThat(t.byMonth())
        .containsExactly(
            entry(YearMonth.of(2020, 3), 2), entry(YearMonth.of(2021, 3), 2), entry(YearMonth.of(2021, 5), 1));
  }

  @Test
  void monthsCenturiesApartAreCountedEachInItsOwnMonthWhicheverCollectsThem() {
    List<Petition> letters =
        List.of(
            received("P-2020-0501", PetitionKind.FEEDBACK, LocalDate.of(2020, 5, 4), PROVINCIAL_OFFICE, Channel.POST),
            received("P-2020-0201", PetitionKind.FEEDBACK, LocalDate.of(2020, 2, 3), PROVINCIAL_OFFICE, Channel.POST),
            received("P-1500-0301", PetitionKind.FEEDBACK, LocalDate.of(1500, 3, 2), PROVINCIAL_OFFICE, Channel.POST),
            received("P-2020-0202", PetitionKind.FEEDBACK, LocalDate.of(2020, 2, 4), PROVINCIAL_OFFICE, Channel.POST),
            received("P-1500-0302", PetitionKind.FEEDBACK, LocalDate.of(1500, 3, 9), PROVINCIAL_OFFICE, Channel.POST));
    Map<YearMonth, Integer> expected =
        ImmutableMap.of(YearMonth.of(1500, 3), 2, YearMonth.of(2020, 2), 2, YearMonth.of(2020, 5), 1);

    assertThat(tally(JUNE_1, letters.toArray(Petition[]::new)).byMonth()).isEqualTo(expected);
    assertThat(
            letters.stream()
                .map(p -> PetitionTally.of(p, CALENDAR, JUNE_1))
                .reduce(PetitionTally.empty(), PetitionTally::plus)
                .byMonth())
        .isEqualTo(expected);
    for (int split = 0; split <= letters.size(); split++) {
      PetitionTally[] halves = {
        letters.subList(0, split).stream().collect(PetitionTally.collector(CALENDAR, JUNE_1)),
        letters.subList(split, letters.size()).stream().collect(PetitionTally.collector(CALENDAR, JUNE_1))
      };
      assertThat(halves[0].plus(halves[1]).byMonth()).isEqualTo(expected);
    }
    assertThat(letters.parallelStream().collect(PetitionTally.collector(CALENDAR, JUNE_1)).byMonth())
        .isEqualTo(expected);
  }

  private static <K, V> java.util.Map.Entry<K, V> entry(K key, V value) {
    return java.util.Map.entry(key, value);
  }

  @Test
  void theStateCountedIsTheOneTheHistoryReachedByTheDayOfTheTally() {
    Petition closedInApril = onTime();
    assertThat(tally(march(20), closedInApril).byState()).containsExactly(entry(PetitionState.VERIFYING, 1));
    assertThat(tally(march(20), closedInApril).open()).isEqualTo(1);
    assertThat(tally(LocalDate.of(2020, 4, 1), closedInApril).byState())
        .containsExactly(entry(PetitionState.RESOLVED, 1));
    assertThat(tally(JUNE_1, closedInApril).byState()).containsExactly(entry(PetitionState.CLOSED, 1));
    assertThat(tally(RECEIVED, closedInApril).byState()).containsExactly(entry(PetitionState.RECEIVED, 1));
  }

  @Test
  void aPartialWithdrawalLeavesTheStateAndAWholeOneStopsTheHandling() {
    Petition accepted = received("P-2020-0004", PetitionKind.DENUNCIATION)
        .classify(eligibleWithin(), march(5), CLERK)
        .accept(march(6), CHIEF);
    Petition partly =
        accepted.withdraw(Withdrawal.partial(), march(9), CLERK).startVerification(march(10), CHIEF);
    assertThat(PetitionTally.stateOn(partly, march(9))).isEqualTo(PetitionState.ACCEPTED);
    assertThat(tally(march(9), partly).byState()).containsExactly(entry(PetitionState.ACCEPTED, 1));
    Petition whole =
        accepted.withdraw(Withdrawal.whole(), march(9), CLERK).notify(PetitionStage.ACCEPTANCE_NOTICE, march(10),
            CLERK);
    assertThat(tally(march(9), whole).byState()).containsExactly(entry(PetitionState.WITHDRAWN, 1));
  }

  // ---- timeliness --------------------------------------------------------------------------------------------

  @Test
  void theOnTimeRateCountsOverdueDutiesAgainstTheOffice() {
    PetitionTally t = tally(JUNE_1, onTime(), late(), untouched());

    assertThat(t.dutiesByStatus())
        .isEqualTo(ImmutableMap.of(DeadlineStatus.MET, 3, DeadlineStatus.MET_LATE, 2, DeadlineStatus.OVERDUE, 1));
    assertThat(t.dutiesMetOnTime()).isEqualTo(3);
    assertThat(t.dutiesMetLate()).isEqualTo(2);
    assertThat(t.dutiesOverdue()).isEqualTo(1);
    assertThat(t.dutiesJudged()).isEqualTo(6);
    assertThat(t.duties()).isEqualTo(6);
    assertThat(t.onTimeRate()).hasValue(0.5);
    assertThat(t.onTimePercent(2, RoundingMode.UNNECESSARY)).contains(new BigDecimal("50.00"));
  }

  @Test
  void theOnTimePercentIsRoundedAsAsked() {
    PetitionTally t = tally(JUNE_1, onTime(), untouched(), received("P-2020-0005", PetitionKind.DENUNCIATION));
    assertThat(t.onTimePercent(2, RoundingMode.HALF_UP)).contains(new BigDecimal("60.00"));
    PetitionTally twoOfThree = tally(march(20), onTime(), untouched());
    assertThat(twoOfThree.dutiesMetOnTime()).isEqualTo(2);
    assertThat(twoOfThree.dutiesJudged()).isEqualTo(3);
    assertThat(twoOfThree.onTimePercent(2, RoundingMode.HALF_UP)).contains(new BigDecimal("66.67"));
    assertThat(twoOfThree.onTimePercent(2, RoundingMode.DOWN)).contains(new BigDecimal("66.66"));
    assertThat(twoOfThree.onTimePercent(0, RoundingMode.HALF_UP)).contains(new BigDecimal("67"));
    assertThat(twoOfThree.onTimeRate().getAsDouble()).isEqualTo(2.0 / 3);
    assertThatThrownBy(() -> twoOfThree.onTimePercent(2, RoundingMode.UNNECESSARY))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void aPercentageHasZeroOrMoreDecimalPlaces() {
    PetitionTally t = tally(JUNE_1, onTime());
    assertThatThrownBy(() -> t.onTimePercent(-1, RoundingMode.HALF_UP))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a percentage has 0 to 20 decimal places, not -1");
    assertThat(t.onTimePercent(0, RoundingMode.UNNECESSARY)).contains(new BigDecimal("100"));
  }

  @Test
  void pendingDutiesAreCountedButNotJudged() {
    PetitionTally t = tally(march(5), untouched());
    assertThat(t.dutiesByStatus()).containsExactly(entry(DeadlineStatus.ON_TRACK, 1));
    assertThat(t.duties()).isEqualTo(1);
    assertThat(t.dutiesJudged()).isZero();
    assertThat(t.onTimeRate()).isEmpty();
    assertThat(t.onTimePercent(2, RoundingMode.HALF_UP)).isEmpty();
    assertThat(t.overdue()).isEmpty();
    assertThat(tally(march(11), untouched()).duties(DeadlineStatus.DUE_TODAY)).isEqualTo(1);
    assertThat(tally(march(12), untouched()).duties(DeadlineStatus.OVERDUE)).isEqualTo(1);
  }

  @Test
  void onlyTheOfficesDutiesAreCounted() {
    Petition complaint =
        received("P-2020-0201", PetitionKind.COMPLAINT)
            .classify(eligibleWithin(), march(5), CLERK)
            .accept(march(6), CHIEF)
            .resolve(Finding.UNFOUNDED, LocalDate.of(2020, 4, 1), CHIEF);
    // acceptance and resolution met, the decision never dispatched; the second-complaint window and the day the
    // decision becomes final are past, but they are not the office's to keep
    PetitionTally t = tally(JUNE_1, complaint);
    assertThat(t.dutiesByStatus()).containsExactly(entry(DeadlineStatus.OVERDUE, 1), entry(DeadlineStatus.MET, 2));
    assertThat(t.overdue()).extracting(OverdueDuty::stage).containsExactly(PetitionStage.DECISION_DISPATCH);
  }

  @Test
  void aDutyOfAClosedPetitionLeftUndoneStaysOverdue() {
    Petition finalDecision =
        received("P-2020-0202", PetitionKind.COMPLAINT)
            .classify(eligibleWithin(), march(5), CLERK)
            .accept(march(6), CHIEF)
            .resolve(Finding.UNFOUNDED, LocalDate.of(2020, 4, 1), CHIEF)
            .recordFinality(LocalDate.of(2020, 5, 4), CHIEF)
            .close(LocalDate.of(2020, 5, 5), CHIEF);
    PetitionTally t = tally(JUNE_1, finalDecision);
    assertThat(t.closed()).isEqualTo(1);
    assertThat(t.overduePetitions()).containsExactly(PetitionId.of("P-2020-0202"));
  }

  // ---- the overdue list --------------------------------------------------------------------------------------

  @Test
  void theOverdueListNamesThePetitionUnitStageRoundAndDueDate() {
    Petition accepted =
        received("P-2020-0006", PetitionKind.DENUNCIATION)
            .classify(eligibleWithin(), march(5), CLERK)
            .accept(march(6), CHIEF);
    PetitionTally t = tally(JUNE_1, onTime(), untouched(), accepted, late());

    assertThat(t.overdue())
        .containsExactly(
            OverdueDuty.of(
                PetitionId.of("P-2020-0003"),
                PROVINCIAL_OFFICE,
                PetitionStage.PROCESSING,
                ComplaintRound.FIRST,
                march(11)),
            OverdueDuty.of(
                PetitionId.of("P-2020-0006"),
                PROVINCIAL_OFFICE,
                PetitionStage.ACCEPTANCE_NOTICE,
                ComplaintRound.FIRST,
                march(13)),
            OverdueDuty.of(
                PetitionId.of("P-2020-0006"),
                PROVINCIAL_OFFICE,
                PetitionStage.RESOLUTION,
                ComplaintRound.FIRST,
                LocalDate.of(2020, 4, 6)));
    assertThat(t.overduePetitions()).containsExactly(PetitionId.of("P-2020-0003"), PetitionId.of("P-2020-0006"));
    assertThat(t.dutiesOverdue()).isEqualTo(3);
  }

  @Test
  void aPetitionTalliedTwiceIsCountedTwiceAndListedOnce() {
    PetitionTally once = tally(JUNE_1, untouched());
    PetitionTally twice = once.plus(once);
    assertThat(twice.petitions()).isEqualTo(2);
    assertThat(twice.dutiesOverdue()).isEqualTo(2);
    assertThat(twice.overdue()).isEqualTo(once.overdue());
  }

  @Test
  void aPetitionCollectedSeveralTimesIsListedOnceOnEveryKindOfStream() {
    List<Petition> again = List.of(untouched(), late(), untouched(), onTime(), untouched());
    PetitionTally once = tally(JUNE_1, untouched());

    PetitionTally sequential = again.stream().collect(PetitionTally.collector(CALENDAR, JUNE_1));
    assertThat(sequential.dutiesOverdue()).isEqualTo(3);
    assertThat(sequential.overdue()).isEqualTo(once.overdue());
    for (int split = 0; split <= again.size(); split++) {
      SummaryLaws.collectorLaws(
          again,
          split,
          PetitionTally.collector(CALENDAR, JUNE_1),
          p -> PetitionTally.of(p, CALENDAR, JUNE_1),
          PetitionTally.empty());
    }
  }

  // ---- bad inputs --------------------------------------------------------------------------------------------

  @Test
  void aPetitionReceivedAfterTheDayOfTheTallyIsRefused() {
    assertThatThrownBy(() -> PetitionTally.of(untouched(), CALENDAR, march(1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "a tally as of 2020-03-01 counts the petitions received by then; petition P-2020-0003 was received on"
                + " 2020-03-02");
    assertThatThrownBy(() -> tally(march(1), untouched()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("P-2020-0003");
  }

  @Test
  void talliesOfDifferentDaysDoNotMerge() {
    PetitionTally inMarch = tally(march(20), onTime());
    PetitionTally inJune = tally(JUNE_1, onTime());
    PetitionTally marchBefore = tally(march(20), onTime());
    assertThatThrownBy(() -> inMarch.plus(inJune))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "tallies merge only as of the same day, since the status of a deadline depends on the day; this one is"
                + " as of 2020-03-20, the other as of 2020-06-01");
    assertThat(inMarch).isEqualTo(marchBefore);
    assertThat(inJune.asOf()).contains(JUNE_1);
  }

  @Test
  void nullsAreRefused() {
    NullPointerTester tester =
        new NullPointerTester()
            .setDefault(Petition.class, untouched())
            .setDefault(PetitionRuleBook.class, BOOK)
            .setDefault(WorkingCalendar.class, CALENDAR)
            .setDefault(LocalDate.class, JUNE_1)
            .setDefault(OrgChart.class, OrgChart.empty())
            .setDefault(UnitId.class, PROVINCIAL_OFFICE)
            .setDefault(PetitionTally.class, PetitionTally.empty());
    tester.testAllPublicStaticMethods(PetitionTally.class);
    tester.testAllPublicInstanceMethods(tally(JUNE_1, onTime()));
  }

  // ---- the empty tally and merging ---------------------------------------------------------------------------

  @Test
  void theEmptyTallyHasNoDayAndCountsNothing() {
    PetitionTally empty = PetitionTally.empty();
    assertThat(empty.asOf()).isEmpty();
    assertThat(empty.petitions()).isZero();
    assertThat(empty.open()).isZero();
    assertThat(empty.closed()).isZero();
    assertThat(empty.byKind()).isEmpty();
    assertThat(empty.duties()).isZero();
    assertThat(empty.onTimeRate()).isEmpty();
    assertThat(empty.overdue()).isEmpty();
    assertThat(empty.overduePetitions()).isEmpty();
    assertThat(empty).hasToString("PetitionTally[empty]");
    assertThat(Stream.<Petition>empty().collect(PetitionTally.collector(CALENDAR, JUNE_1))).isEqualTo(empty);
  }

  @Test
  void theEmptyTallyMergesWithATallyOfAnyDay() {
    PetitionTally t = tally(JUNE_1, onTime());
    assertThat(PetitionTally.empty().plus(t)).isEqualTo(t);
    assertThat(t.plus(PetitionTally.empty())).isEqualTo(t);
    assertThat(PetitionTally.empty().plus(PetitionTally.empty())).isEqualTo(PetitionTally.empty());
  }

  @Test
  void theTallyOfOnePetitionIsWhatTheCollectorGivesForIt() {
    assertThat(PetitionTally.of(late(), CALENDAR, JUNE_1)).isEqualTo(tally(JUNE_1, late()));
    assertThat(PetitionTally.of(late(), CALENDAR, JUNE_1).plus(PetitionTally.of(onTime(), CALENDAR,
            JUNE_1)))
        .isEqualTo(tally(JUNE_1, onTime(), late()));
  }

  @Test
  void aParallelStreamGivesTheSequentialTally() {
    List<Petition> many =
        IntStream.range(0, 300)
            .mapToObj(
                i ->
                    received(
                        String.format("P-2020-%04d", i),
                        PetitionKind.values()[i % PetitionKind.values().length],
                        RECEIVED.plusDays(i % 40),
                        UnitId.of("HG-U" + i % 7),
                        Channel.values()[i % Channel.values().length]))
            .toList();
    PetitionTally sequential = many.stream().collect(PetitionTally.collector(CALENDAR, JUNE_1));
    assertThat(many.parallelStream().collect(PetitionTally.collector(CALENDAR, JUNE_1)))
        .isEqualTo(sequential);
    assertThat(sequential.petitions()).isEqualTo(300);
    assertThat(sequential.byUnit()).hasSize(7);
  }

  @Test
  void equalTalliesHaveTheSameDayCountsAndOverdueList() {
    new EqualsTester()
        .addEqualityGroup(PetitionTally.empty(), tally(JUNE_1))
        .addEqualityGroup(tally(JUNE_1, onTime()), PetitionTally.of(onTime(), CALENDAR, JUNE_1))
        .addEqualityGroup(tally(march(20), onTime()))
        .addEqualityGroup(tally(JUNE_1, onTime(), onTime()))
        .addEqualityGroup(tally(JUNE_1, untouched()))
        .addEqualityGroup(tally(JUNE_1, late()))
        .addEqualityGroup(
            tally(JUNE_1, received("P-2020-0003", PetitionKind.DENUNCIATION, RECEIVED, PROVINCIAL_OFFICE,
                Channel.ONLINE)))
        .addEqualityGroup(
            tally(JUNE_1, received("P-2020-0003", PetitionKind.DENUNCIATION, RECEIVED, UnitId.of("HG-X"),
                Channel.POST)))
        .addEqualityGroup(
            tally(JUNE_1, received("P-2020-0003", PetitionKind.DENUNCIATION, march(3), PROVINCIAL_OFFICE,
                Channel.POST)))
        .addEqualityGroup(
            tally(JUNE_1, received("P-2020-0003", PetitionKind.FEEDBACK, RECEIVED, PROVINCIAL_OFFICE, Channel.POST)))
        .addEqualityGroup(tally(JUNE_1, received("P-2020-0007", PetitionKind.DENUNCIATION)))
        .testEquals();
    assertThat(tally(JUNE_1, onTime()).hashCode()).isNotEqualTo(tally(JUNE_1, late()).hashCode());
  }

  // ---- confidentiality ---------------------------------------------------------------------------------------

  @Test
  void aTallyHoldsNoPetitionersIdentity() {
    Petition identified = untouched();
    PetitionTally t = tally(JUNE_1, identified, late());
    assertThat(tally(JUNE_1, identified.redacted(), late().redacted())).isEqualTo(t);
    Identity denouncer = PetitionFixtures.denouncer();
    assertThat(t.toString())
        .doesNotContain(denouncer.fullName())
        .doesNotContain(denouncer.address())
        .doesNotContain(denouncer.idNumber().orElseThrow())
        .doesNotContain(denouncer.contact().orElseThrow())
        .doesNotContain("Trần");
  }

  @Test
  void theTextFormShowsTheDayCountsAndTheFirstTenOverdueDuties() {
    assertThat(tally(JUNE_1, untouched()))
        .hasToString(
            "PetitionTally[as of 2020-06-01: 1 petitions, 1 open, 0 closed; duties {OVERDUE=1}; kinds"
                + " {DENUNCIATION=1}; states {RECEIVED=1}; units {HG-VPTU=1}; channels {POST=1}; months"
                + " {2020-03=1}; overdue [P-2020-0003 at HG-VPTU: PROCESSING (FIRST) due 2020-03-11]]");
    Petition[] twelve =
        IntStream.range(0, 12)
            .mapToObj(i -> received(String.format("P-2020-%04d", 100 + i), PetitionKind.DENUNCIATION))
            .toArray(Petition[]::new);
    String text = tally(JUNE_1, twelve).toString();
    assertThat(text)
        .contains("overdue [P-2020-0100 at HG-VPTU: PROCESSING (FIRST) due 2020-03-11, P-2020-0101 at")
        .contains("P-2020-0109 at")
        .doesNotContain("P-2020-0110")
        .endsWith(", and 2 more]]");
    Petition[] ten = java.util.Arrays.copyOf(twelve, 10);
    assertThat(tally(JUNE_1, ten).toString()).contains("P-2020-0109 at").doesNotContain("more");
  }

  // ---- restructuring -----------------------------------------------------------------------------------------

  private static final LocalDate FOUNDED = LocalDate.of(2004, 1, 1);
  private static final LocalDate TWO_TIER = LocalDate.of(2025, 7, 1);
  private static final UnitId PROVINCE = UnitId.of("HG-TU");
  private static final UnitId CHAU_THANH_OFFICE = UnitId.of("HG-CT-VP");
  private static final UnitId PHUNG_HIEP_OFFICE = UnitId.of("HG-PH-VP");
  private static final UnitId VI_THANH_OFFICE = UnitId.of("HG-VT-VP");
  private static final UnitId CAN_THO = UnitId.of("CT-TU");
  private static final UnitId CAN_THO_OFFICE = UnitId.of("CT-VPTU");

  /**
   * Hậu Giang's provincial office and three district offices until 2025-06-30; from 2025-07-01 the provincial
   * office is merged into Cần Thơ's, two district offices are dissolved with Cần Thơ's office as successor, and Vị
   * Thanh's with none.
   */
  private static OrgChart mergedOn2025() {
    return OrgChart.of(
        List.of(
            Restructuring.create(FOUNDED, CAN_THO, "Thành ủy Cần Thơ", UnitKind.CITY_COMMITTEE, Level.PROVINCIAL,
                Optional.empty()),
            Restructuring.create(FOUNDED, CAN_THO_OFFICE, "Văn phòng Thành ủy Cần Thơ", UnitKind.OFFICE,
                Level.PROVINCIAL, Optional.of(CAN_THO)),
            Restructuring.create(FOUNDED, PROVINCE, "Tỉnh ủy Hậu Giang", UnitKind.PROVINCIAL_COMMITTEE,
                Level.PROVINCIAL, Optional.empty()),
            Restructuring.create(FOUNDED, PROVINCIAL_OFFICE, "Văn phòng Tỉnh ủy Hậu Giang", UnitKind.OFFICE,
                Level.PROVINCIAL, Optional.of(PROVINCE)),
            Restructuring.create(FOUNDED, CHAU_THANH_OFFICE, "Văn phòng Huyện ủy Châu Thành", UnitKind.OFFICE,
                Level.DISTRICT, Optional.of(PROVINCE)),
            Restructuring.create(FOUNDED, PHUNG_HIEP_OFFICE, "Văn phòng Huyện ủy Phụng Hiệp", UnitKind.OFFICE,
                Level.DISTRICT, Optional.of(PROVINCE)),
            Restructuring.create(FOUNDED, VI_THANH_OFFICE, "Văn phòng Thành ủy Vị Thanh", UnitKind.OFFICE,
                Level.DISTRICT, Optional.of(PROVINCE)),
            Restructuring.merge(TWO_TIER, List.of(PROVINCIAL_OFFICE), CAN_THO_OFFICE),
            Restructuring.dissolve(TWO_TIER, CHAU_THANH_OFFICE, CAN_THO_OFFICE),
            Restructuring.dissolve(TWO_TIER, PHUNG_HIEP_OFFICE, CAN_THO_OFFICE),
            Restructuring.dissolve(TWO_TIER, VI_THANH_OFFICE),
            Restructuring.merge(TWO_TIER, List.of(PROVINCE), CAN_THO)));
  }

  private static Petition receivedIn2025(String id, UnitId unit, int month) {
    return received(id, PetitionKind.DENUNCIATION, LocalDate.of(2025, month, 2), unit, Channel.POST);
  }

  @Test
  void aRestructuringMovesEachUnitsCountsToTheUnitCarryingItsHistory() {
    LocalDate yearEnd = LocalDate.of(2025, 12, 31);
    PetitionTally before =
        tally(
            yearEnd,
            receivedIn2025("P-2025-0001", PROVINCIAL_OFFICE, 3),
            receivedIn2025("P-2025-0002", CHAU_THANH_OFFICE, 4),
            receivedIn2025("P-2025-0003", CHAU_THANH_OFFICE, 5),
            receivedIn2025("P-2025-0004", PHUNG_HIEP_OFFICE, 6),
            receivedIn2025("P-2025-0005", VI_THANH_OFFICE, 6),
            receivedIn2025("P-2025-0006", CAN_THO_OFFICE, 9));
    assertThat(before.byUnit()).hasSize(5);

    PetitionTally after = before.reassignedTo(mergedOn2025(), LocalDate.of(2026, 1, 1));

    assertThat(after.byUnit()).containsExactly(entry(CAN_THO_OFFICE, 5), entry(VI_THANH_OFFICE, 1));
    assertThat(after.byUnitAndState().keySet()).containsExactly(CAN_THO_OFFICE, VI_THANH_OFFICE);
    assertThat(after.byUnitAndState().get(CAN_THO_OFFICE).values().stream().mapToInt(Integer::intValue).sum())
        .isEqualTo(5);
    assertThat(after.byUnitAndState().get(VI_THANH_OFFICE)).isEqualTo(before.byUnitAndState().get(VI_THANH_OFFICE));
    assertThat(after.overdue())
        .extracting(OverdueDuty::unit)
        .containsExactly(
            CAN_THO_OFFICE, CAN_THO_OFFICE, CAN_THO_OFFICE, CAN_THO_OFFICE, VI_THANH_OFFICE, CAN_THO_OFFICE);
    assertThat(after.overduePetitions()).isEqualTo(before.overduePetitions());
    assertThat(after.petitions()).isEqualTo(before.petitions());
    assertThat(after.byKind()).isEqualTo(before.byKind());
    assertThat(after.byState()).isEqualTo(before.byState());
    assertThat(after.byMonth()).isEqualTo(before.byMonth());
    assertThat(after.byChannel()).isEqualTo(before.byChannel());
    assertThat(after.dutiesByStatus()).isEqualTo(before.dutiesByStatus());
    assertThat(after.asOf()).isEqualTo(before.asOf());
  }

  @Test
  void beforeTheRestructuringEveryUnitCarriesItsOwnHistory() {
    PetitionTally t =
        tally(
            LocalDate.of(2025, 6, 30),
            receivedIn2025("P-2025-0001", PROVINCIAL_OFFICE, 3),
            receivedIn2025("P-2025-0002", CHAU_THANH_OFFICE, 4));
    assertThat(t.reassignedTo(mergedOn2025(), LocalDate.of(2025, 6, 30))).isEqualTo(t);
  }

  @Test
  void aUnitUnknownToTheChartKeepsItsCounts() {
    PetitionTally t = tally(JUNE_1, untouched(), late());
    assertThat(t.reassignedTo(OrgChart.empty(), LocalDate.of(2026, 1, 1))).isEqualTo(t);
    assertThat(PetitionTally.empty().reassignedTo(mergedOn2025(), TWO_TIER)).isEqualTo(PetitionTally.empty());
  }
}
