package io.github.vanphong.petition;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.Deadline;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.Level;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class PetitionTimeLimitTest {

  private static final WorkingCalendar VIETNAM = WorkingCalendar.vietnam();
  private static final LegalBasis QUY_CHE = LegalBasis.of(Instrument.of("Quy chế 05-QC/TU", LocalDate.of(2020, 1, 1)), "Điều 12");
  private static final Circumstances ORDINARY = Circumstances.ordinary();

  private static LocalDate day(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static PetitionTimeLimit.Builder processing() {
    return PetitionTimeLimit.builder()
        .name("HG_PROCESSING")
        .stage(PetitionStage.PROCESSING)
        .addKind(PetitionKind.DENUNCIATION)
        .limit(TimeLimit.workingDays(7, QUY_CHE))
        .validity(Validity.between(day(2020, 1, 1), day(2020, 12, 31)));
  }

  @Test
  void conditionsLeftEmptyCoverEveryValue() {
    PetitionTimeLimit rule = processing().build();
    assertThat(rule.rounds()).containsExactlyInAnyOrder(ComplaintRound.values());
    assertThat(rule.complexities()).containsExactlyInAnyOrder(Complexity.values());
    assertThat(rule.areas()).containsExactlyInAnyOrder(AreaType.values());
    assertThat(rule.levels()).containsExactlyInAnyOrder(Level.values());
    assertThat(rule.maxExtensions()).isZero();
    assertThat(rule.maxExtensionDays()).isZero();
    assertThat(rule.basis()).isEqualTo(QUY_CHE);
  }

  @Test
  void eachConditionLeftEmptyAloneIsFilled() {
    PetitionTimeLimit.Builder all =
        processing()
            .addRound(ComplaintRound.FIRST)
            .addComplexity(Complexity.NORMAL)
            .addArea(AreaType.ORDINARY)
            .addLevel(Level.PROVINCIAL);
    PetitionTimeLimit rule = all.build();
    assertThat(rule.rounds()).containsExactly(ComplaintRound.FIRST);
    assertThat(rule.levels()).containsExactly(Level.PROVINCIAL);
    assertThat(PetitionTimeLimit.builder().from(rule).rounds(List.of()).build().rounds()).hasSize(2);
    assertThat(PetitionTimeLimit.builder().from(rule).complexities(List.of()).build().complexities()).hasSize(3);
    assertThat(PetitionTimeLimit.builder().from(rule).areas(List.of()).build().areas()).hasSize(2);
    assertThat(PetitionTimeLimit.builder().from(rule).levels(List.of()).build().levels()).hasSize(5);
    assertThat(PetitionTimeLimit.builder().from(rule).levels(List.of()).build().rounds())
        .containsExactly(ComplaintRound.FIRST);
  }

  @Test
  void aRuleNeedsANameAndAKindForWhichItsStageExists() {
    assertThatThrownBy(() -> processing().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a petition time limit needs a name: ' '");
    assertThatThrownBy(() -> processing().kinds(List.of()).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HG_PROCESSING needs at least one kind of petition");
    assertThatThrownBy(
            () -> processing().stage(PetitionStage.FILING_LIMIT).addKind(PetitionKind.COMPLAINT).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HG_PROCESSING: the stage FILING_LIMIT exists for [COMPLAINT], not for DENUNCIATION");
  }

  @Test
  void extensionsAreAllowedSomeDaysOrNone() {
    assertThatThrownBy(() -> processing().maxExtensions(-1).maxExtensionDays(3).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("HG_PROCESSING: extensions are counted from 0; -1 extensions of 3 days");
    assertThatThrownBy(() -> processing().maxExtensions(1).maxExtensionDays(-1).build())
        .hasMessage("HG_PROCESSING: extensions are counted from 0; 1 extensions of -1 days");
    assertThatThrownBy(() -> processing().maxExtensions(1).build())
        .hasMessage(
            "HG_PROCESSING: a rule that allows extensions allows them some days, and one that allows none allows no"
                + " days; 1 extensions of 0 days");
    assertThatThrownBy(() -> processing().maxExtensionDays(3).build())
        .hasMessage(
            "HG_PROCESSING: a rule that allows extensions allows them some days, and one that allows none allows no"
                + " days; 0 extensions of 3 days");
    assertThat(processing().maxExtensions(1).maxExtensionDays(1).build().maxExtensions()).isEqualTo(1);
  }

  @Test
  void aRuleIsInForceOnTheDaysOfItsValidityBothEndsCounted() {
    PetitionTimeLimit rule = processing().build();
    assertThat(rule.isInForceOn(day(2019, 12, 31))).isFalse();
    assertThat(rule.isInForceOn(day(2020, 1, 1))).isTrue();
    assertThat(rule.isInForceOn(day(2020, 12, 31))).isTrue();
    assertThat(rule.isInForceOn(day(2021, 1, 1))).isFalse();
  }

  @Test
  void aRuleAppliesToItsStageKindsAndConditions() {
    PetitionTimeLimit rule =
        processing()
            .addRound(ComplaintRound.FIRST)
            .addComplexity(Complexity.COMPLEX)
            .addArea(AreaType.REMOTE)
            .addLevel(Level.PROVINCIAL)
            .build();
    Circumstances fits =
        Circumstances.of(ComplaintRound.FIRST, Complexity.COMPLEX, AreaType.REMOTE).atLevel(Level.PROVINCIAL);
    assertThat(rule.appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION, fits)).isTrue();
    assertThat(rule.appliesTo(PetitionStage.FORWARDING, PetitionKind.DENUNCIATION, fits)).isFalse();
    assertThat(rule.appliesTo(PetitionStage.PROCESSING, PetitionKind.COMPLAINT, fits)).isFalse();
    assertThat(rule.appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION,
        fits.withRound(ComplaintRound.SECOND))).isFalse();
    assertThat(rule.appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION,
        fits.withComplexity(Complexity.NORMAL))).isFalse();
    assertThat(rule.appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION,
        fits.withArea(AreaType.ORDINARY))).isFalse();
    assertThat(rule.appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION,
        fits.atLevel(Level.COMMUNE))).isFalse();
    assertThat(rule.appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION,
        Circumstances.of(ComplaintRound.FIRST, Complexity.COMPLEX, AreaType.REMOTE)))
        .as("a rule of some levels needs the level")
        .isFalse();
    assertThat(processing().build().appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION, ORDINARY))
        .as("a rule of every level applies when the level is not given")
        .isTrue();
    assertThat(processing().addAllLevels(EnumSet.complementOf(EnumSet.of(Level.GRASSROOTS))).build()
            .appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION, ORDINARY))
        .isFalse();
  }

  @Test
  void rulesOverlapWhenTheyShareAStageACaseAndADay() {
    PetitionTimeLimit rule = processing().addComplexity(Complexity.NORMAL).build();
    assertThat(rule.overlaps(rule)).isTrue();
    assertThat(rule.overlaps(processing().build())).isTrue();
    assertThat(rule.overlaps(processing().stage(PetitionStage.FORWARDING).build())).isFalse();
    assertThat(rule.overlaps(processing().kinds(List.of(PetitionKind.COMPLAINT)).build())).isFalse();
    assertThat(rule.overlaps(processing().addRound(ComplaintRound.FIRST).build())).isTrue();
    assertThat(processing().addRound(ComplaintRound.SECOND).build()
            .overlaps(processing().addRound(ComplaintRound.FIRST).build()))
        .isFalse();
    assertThat(rule.overlaps(processing().addComplexity(Complexity.COMPLEX).build())).isFalse();
    assertThat(processing().addArea(AreaType.REMOTE).build()
            .overlaps(processing().addArea(AreaType.ORDINARY).build()))
        .isFalse();
    assertThat(processing().addLevel(Level.CENTRAL).build()
            .overlaps(processing().addLevel(Level.PROVINCIAL).build()))
        .isFalse();
    assertThat(rule.overlaps(processing().validity(Validity.from(day(2021, 1, 1))).build())).isFalse();
    assertThat(rule.overlaps(processing().validity(Validity.from(day(2020, 12, 31))).build())).isTrue();
  }

  @Test
  void theDeadlineCountsFromTheStagesEvent() {
    PetitionTimeLimit rule = PetitionRuleBook.DENUNCIATION_FORWARDING;
    Deadline deadline = rule.deadline(day(2026, 4, 24), VIETNAM);
    assertThat(deadline.startEvent()).isEqualTo("tiếp nhận đơn");
    assertThat(deadline.timeLimit()).isEqualTo(rule.limit());
    // Friday 24 April 2026: Giỗ Tổ is kept on Monday 27 April, 30 April and 1 May are off; 28, 29 April, 4-6 May.
    assertThat(deadline.dueDate()).isEqualTo(day(2026, 5, 6));
    assertThat(rule.deadline(day(2026, 4, 24), VIETNAM, List.of())).isEqualTo(deadline);
  }

  @Test
  void anotherRulesDeadlineIsNotExtended() {
    Deadline forwarding = PetitionRuleBook.DENUNCIATION_FORWARDING.deadline(day(2020, 6, 1), VIETNAM);
    assertThatThrownBy(() -> PetitionRuleBook.DENUNCIATION_PROCESSING.extend(forwarding, 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "DENUNCIATION_PROCESSING extends only its own time limit, 7 working days (Luật Tố cáo 25/2018/QH14,"
                + " Điều 24, khoản 1); the deadline counts 5 working days (Luật Tố cáo 25/2018/QH14, Điều 24,"
                + " khoản 2)");
  }

  @Test
  void theFirstAndTheLastAllowedExtensionAreGranted() {
    PetitionTimeLimit rule = PetitionRuleBook.DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX;
    Deadline base = rule.deadline(day(2020, 6, 1), VIETNAM);
    Deadline first = rule.extend(base, 30);
    Deadline last = rule.extend(first, 30);
    assertThat(first.countedDays()).isEqualTo(60);
    assertThat(last.countedDays()).isEqualTo(90);
    assertThat(last.extensions()).allSatisfy(e -> assertThat(e.basis()).isEqualTo(rule.basis()));
    assertThat(base.extensions()).as("the deadline given is left as it was").isEmpty();
    assertThat(rule.outerDeadline(day(2020, 6, 1), VIETNAM)).isEqualTo(last);
    assertThat(PetitionRuleBook.DENUNCIATION_RESOLUTION.outerDeadline(day(2020, 6, 1), VIETNAM))
        .isEqualTo(PetitionRuleBook.DENUNCIATION_RESOLUTION.deadline(day(2020, 6, 1), VIETNAM));
  }

  @Test
  void toStringNamesTheRuleAndOnlyTheConditionsThatRestrictIt() {
    assertThat(PetitionRuleBook.DENUNCIATION_RESOLUTION.toString())
        .isEqualTo(
            "DENUNCIATION_RESOLUTION: RESOLUTION of [DENUNCIATION] [NORMAL], 30 calendar days (Luật Tố cáo"
                + " 25/2018/QH14, Điều 30), no extension, received [2019-01-01..2026-06-30]");
    assertThat(PetitionRuleBook.DENUNCIATION_RESOLUTION_COMPLEX.toString())
        .contains("[COMPLEX], 30 calendar days")
        .contains(", 1 extension of at most 30 calendar days, ");
    assertThat(PetitionFixtures.carriedOver("DENUNCIATION_RESOLUTION_ESPECIALLY_COMPLEX").toString())
        .contains("2 extensions of at most 30 calendar days")
        .endsWith("received [2026-07-01..) (unconfirmed)");
    assertThat(PetitionRuleBook.COMPLAINT_RESOLUTION_REMOTE_COMPLEX.toString())
        .startsWith(
            "COMPLAINT_RESOLUTION_REMOTE_COMPLEX: RESOLUTION of [COMPLAINT] [FIRST] [COMPLEX, ESPECIALLY_COMPLEX]"
                + " [REMOTE], 60 calendar days");
    assertThat(PetitionRuleBook.PARTY_RESOLUTION_CENTRAL.toString())
        .contains("of [DENUNCIATION] [CENTRAL], 180 working days")
        .endsWith("received [2016-07-26..2021-07-27] (reported by a secondary source)");
  }

  @Test
  void theConfirmationOfEachRuleFollowsItsSource() {
    assertThat(PetitionRuleBook.COMPLAINT_ACCEPTANCE.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
    assertThat(PetitionRuleBook.COMPLAINT_ACCEPTANCE_2013.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(PetitionRuleBook.COMPLAINT_ACCEPTANCE_FROM_2026.basis().confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(PetitionRuleBook.PARTY_HEAD_RECEIPT_NOTICE.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(PetitionRuleBook.PARTY_RESOLUTION_FROM_QD_22.basis().confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(PetitionRuleBook.standard().rules())
        .filteredOn(r -> r.name().endsWith("_FROM_2026"))
        .hasSizeGreaterThan(20)
        .allSatisfy(r -> assertThat(r.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED));
  }

  @Test
  void aRuleRefusesNullFacts() {
    PetitionTimeLimit rule = processing().build();
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> rule.appliesTo(nullOf(PetitionStage.class), PetitionKind.DENUNCIATION, ORDINARY));
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(() -> rule.appliesTo(PetitionStage.PROCESSING, nullOf(PetitionKind.class), ORDINARY));
    org.assertj.core.api.Assertions.assertThatNullPointerException()
        .isThrownBy(
            () -> rule.appliesTo(PetitionStage.PROCESSING, PetitionKind.DENUNCIATION, nullOf(Circumstances.class)));
  }

  @SuppressWarnings({"NullAway", "unused"})
  private static <T> T nullOf(Class<T> type) {
    return null;
  }
}
