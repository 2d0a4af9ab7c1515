package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.PEOPLES_COMMITTEE;
import static io.github.vanphong.petition.PetitionFixtures.eligibleOutside;
import static io.github.vanphong.petition.PetitionFixtures.eligibleWithin;
import static io.github.vanphong.petition.PetitionFixtures.intake;
import static io.github.vanphong.petition.PetitionFixtures.withDefects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.TimeLimit;
import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The petition's rules read from one place, its rule book: the workflow and the deadlines change together when an
 * application replaces a rule; a refusal names its rule, in force on the petition's day; the processing of a
 * denunciation is extended as the law allows and its deadline shows it. Every due date was counted by hand.
 */
class PetitionRuleBookWorkflowTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Petition received(String id, PetitionKind kind, LocalDate day) {
    return Petition.receive(intake(id, kind, day).build(), CLERK);
  }

  @Test
  void theProcessingOfADenunciationCheckedAtSeveralPlacesRunsToTenWorkingDaysAndIsNotOverdueOnTheEighth() {
    // Wednesday 2023-03-01: 7 working days are 2, 3, 6, 7, 8, 9 and 10 March; 10 in all run to 15 March.
    Petition petition = received("P-2023-0001", PetitionKind.DENUNCIATION, date(2023, 3, 1));
    assertThat(petition.runningStage()).contains(PetitionStage.PROCESSING);
    assertThat(petition.timeLimit(PetitionStage.PROCESSING)).contains(PetitionRuleBook.DENUNCIATION_PROCESSING);
    LocalDate eighth = date(2023, 3, 13);
    assertThat(petition.deadline(PetitionStage.PROCESSING, CALENDAR, eighth).orElseThrow().status())
        .isEqualTo(DeadlineStatus.OVERDUE);

    Petition extended = petition.extend(PetitionStage.PROCESSING, 3, date(2023, 3, 8), CHIEF);

    PetitionDeadline processing = extended.deadline(PetitionStage.PROCESSING, CALENDAR, eighth).orElseThrow();
    assertThat(processing.deadline().dueDate()).isEqualTo(date(2023, 3, 15));
    assertThat(processing.status()).isNotEqualTo(DeadlineStatus.OVERDUE);
    assertThat(processing.deadline().extensions()).hasSize(1);
    assertThat(extended.extensions(PetitionStage.PROCESSING)).isEqualTo(1);
    assertThat(extended.extensions()).as("the resolution's extensions").isZero();
    assertThat(extended.history().get(1).extendedStage()).contains(PetitionStage.PROCESSING);
    PetitionWorkflowException again =
        catchThrowableOfType(
            PetitionWorkflowException.class,
            () -> extended.extend(PetitionStage.PROCESSING, 1, date(2023, 3, 9), CHIEF));
    assertThat(again.rule()).contains(PetitionRuleBook.DENUNCIATION_PROCESSING);
  }

  @Test
  void theProcessingOfADenunciationIsExtendedByThreeWorkingDaysAtMost() {
    Petition petition = received("P-2023-0002", PetitionKind.DENUNCIATION, date(2023, 3, 1));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> petition.extend(PetitionStage.PROCESSING, 4, date(2023, 3, 8), CHIEF))
        .withMessage(
            "DENUNCIATION_PROCESSING allows an extension of 1 to 3 working days (Luật Tố cáo 25/2018/QH14, Điều 24,"
                + " khoản 1); 4 were asked for");
    assertThat(petition.history()).hasSize(1);
  }

  @Test
  void onlyARunningStageIsExtended() {
    Petition accepted =
        received("P-2023-0003", PetitionKind.DENUNCIATION, date(2023, 3, 1))
            .classify(eligibleWithin(), date(2023, 3, 2), CLERK)
            .accept(date(2023, 3, 3), CHIEF);

    assertThat(accepted.runningStage()).contains(PetitionStage.RESOLUTION);
    assertThatIllegalArgumentException()
        .isThrownBy(() -> accepted.extend(PetitionStage.PROCESSING, 3, date(2023, 3, 6), CHIEF))
        .withMessage(
            "only a running stage is extended; the PROCESSING of petition P-2023-0003 is not running, as it is"
                + " ACCEPTED");
    assertThat(accepted.resolve(Finding.UNFOUNDED, date(2023, 3, 20), CHIEF).runningStage()).isEmpty();
  }

  @Test
  void underTheLawOf2011TheAcceptanceOfADenunciationRunsToFifteenDaysInAll() {
    // Friday 2016-03-04: 10 days run to Monday 14 March; 5 more to Saturday 19 March, moved to Monday 21 March.
    Petition petition = received("P-2016-0101", PetitionKind.DENUNCIATION, date(2016, 3, 4));
    assertThat(petition.runningStage()).contains(PetitionStage.ACCEPTANCE);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> petition.extend(6, date(2016, 3, 10), CHIEF))
        .withMessageStartingWith("DENUNCIATION_ACCEPTANCE_2011 allows an extension of 1 to 5 calendar days");
    Petition extended = petition.extend(5, date(2016, 3, 10), CHIEF);

    PetitionDeadline acceptance = extended.deadline(PetitionStage.ACCEPTANCE, CALENDAR, date(2016, 3, 15)).orElseThrow();
    assertThat(acceptance.rule()).isEqualTo(PetitionRuleBook.DENUNCIATION_ACCEPTANCE_2011);
    assertThat(acceptance.deadline().dueDate()).isEqualTo(date(2016, 3, 21));
    assertThat(acceptance.status()).isNotEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void aRefusalOfAPetitionOf2016CitesTheLawsOf2016() {
    Petition competent =
        received("P-2016-0102", PetitionKind.DENUNCIATION, date(2016, 3, 4))
            .classify(eligibleWithin(), date(2016, 3, 7), CLERK);
    PetitionWorkflowException forwarding =
        catchThrowableOfType(
            PetitionWorkflowException.class, () -> competent.forward(PEOPLES_COMMITTEE, date(2016, 3, 8), CLERK));
    assertThat(forwarding.rule()).contains(PetitionRuleBook.FORWARD_DENUNCIATION_OUTSIDE_COMPETENCE_2011);
    assertThat(forwarding.rule().orElseThrow().basis().instrument()).isEqualTo(Instruments.DENUNCIATIONS_LAW_2011);
    assertThat(forwarding.getMessage()).contains("Luật Tố cáo 03/2011/QH13").doesNotContain("25/2018");

    Petition ineligible =
        received("P-2016-0103", PetitionKind.DENUNCIATION, date(2016, 3, 4))
            .classify(withDefects(ProcessingDefect.UNSIGNED), date(2016, 3, 7), CLERK);
    PetitionWorkflowException accepting =
        catchThrowableOfType(PetitionWorkflowException.class, () -> ineligible.accept(date(2016, 3, 8), CHIEF));
    assertThat(accepting.rule()).contains(PetitionRuleBook.ACCEPT_ONLY_ELIGIBLE_2014);
    assertThat(accepting.getMessage()).contains("Thông tư 07/2014/TT-TTCP").doesNotContain("05/2021");
  }

  @Test
  void aComplaintAcceptedBefore2026_07_01MayBeSuspendedFromThatDay() {
    // Nghị định 155/2026/NĐ-CP, Điều 22, khoản 1: the new rules on suspension apply to cases accepted before it.
    Petition accepted =
        received("P-2026-0201", PetitionKind.COMPLAINT, date(2026, 6, 15))
            .classify(eligibleWithin(), date(2026, 6, 16), CLERK)
            .accept(date(2026, 6, 20), CHIEF);

    PetitionWorkflowException early =
        catchThrowableOfType(
            PetitionWorkflowException.class, () -> accepted.suspend("chờ giám định", date(2026, 6, 25), CHIEF));
    assertThat(early.rule()).contains(PetitionRuleBook.COMPLAINT_SUSPENSION);
    assertThat(early.getMessage()).contains("by the day of the act [2026-07-01..)").contains("2026-06-25");
    assertThat(accepted.allowedCommands()).doesNotContain(PetitionCommand.SUSPEND);
    assertThat(accepted.allowedCommandsOn(date(2026, 7, 10))).contains(PetitionCommand.SUSPEND);

    Petition suspended = accepted.suspend("chờ giám định", date(2026, 7, 10), CHIEF);
    assertThat(suspended.state()).isEqualTo(PetitionState.SUSPENDED);
  }

  @Test
  void aDenunciationAcceptedBefore2026_07_01IsSuspendedUnderTheRulesOfTheDayOfTheSuspension_ND156_Dieu10_1() {
    // Nghị định 156/2026/NĐ-CP, Điều 10, khoản 1: denunciations accepted before it follow its rules on resolution.
    Petition verifying =
        received("P-2026-0202", PetitionKind.DENUNCIATION, date(2026, 6, 15))
            .classify(eligibleWithin(), date(2026, 6, 16), CLERK)
            .accept(date(2026, 6, 20), CHIEF)
            .startVerification(date(2026, 6, 22), CHIEF);
    PetitionRuleBook book = PetitionRuleBook.standard();

    assertThat(
            book.workflowRulesFor(
                PetitionCommand.SUSPEND, PetitionKind.DENUNCIATION, Procedure.STATE_LAW,
                verifying.ruleDays(date(2026, 6, 25))))
        .containsExactly(PetitionRuleBook.DENUNCIATION_SUSPENSION);
    assertThat(
            book.workflowRulesFor(
                PetitionCommand.SUSPEND, PetitionKind.DENUNCIATION, Procedure.STATE_LAW,
                verifying.ruleDays(date(2026, 7, 10))))
        .contains(PetitionRuleBook.DENUNCIATION_SUSPENSION_FROM_2026);

    Petition suspended = verifying.suspend("chờ kết quả giám định", date(2026, 7, 10), CHIEF);
    PetitionDeadline resolution =
        suspended.deadline(PetitionStage.RESOLUTION, CALENDAR, date(2026, 7, 15)).orElseThrow();
    assertThat(resolution.deadline().suspensions()).hasSize(1);
    assertThat(resolution.deadline().suspensions().get(0).basis())
        .isEqualTo(PetitionRuleBook.DENUNCIATION_SUSPENSION_FROM_2026.basis());

    WorkflowRule rule = PetitionRuleBook.DENUNCIATION_SUSPENSION_FROM_2026;
    assertThat(rule.chosenBy()).isEqualTo(RuleDay.ACT);
    assertThat(rule.validity().start()).isEqualTo(PetitionRuleBook.AMENDMENT_DAY);
    assertThat(rule.basis().asAmendedBy()).contains(Instruments.PETITION_LAWS_AMENDMENT_2025);
    assertThat(rule.basis().article()).isEqualTo("Điều 34");
    assertThat(book.rule("DENUNCIATION_SUSPENSION_FROM_2026")).contains(rule);
  }

  @Test
  void aDenunciationAcceptedBefore2026_07_01IsWithdrawnUnderTheRulesOfTheDayOfTheWithdrawal_ND156_Dieu10_1() {
    Petition accepted =
        received("P-2026-0203", PetitionKind.DENUNCIATION, date(2026, 6, 15))
            .classify(eligibleWithin(), date(2026, 6, 16), CLERK)
            .accept(date(2026, 6, 20), CHIEF);

    assertThat(
            PetitionRuleBook.standard()
                .workflowRulesFor(
                    PetitionCommand.WITHDRAW, PetitionKind.DENUNCIATION, Procedure.STATE_LAW,
                    accepted.ruleDays(date(2026, 7, 10))))
        .contains(PetitionRuleBook.DENUNCIATION_WITHDRAWAL_FROM_2026);
    assertThat(PetitionRuleBook.DENUNCIATION_WITHDRAWAL_FROM_2026.chosenBy()).isEqualTo(RuleDay.ACT);
    assertThat(accepted.withdraw(Withdrawal.whole(), date(2026, 7, 10), CLERK).state())
        .isEqualTo(PetitionState.WITHDRAWN);
  }

  @Test
  void anApplicationThatReplacesARuleChangesTheWorkflowAndTheDeadlinesAlike() {
    PetitionTimeLimit fiveDaysNoExtension =
        PetitionTimeLimit.builder()
            .from(PetitionRuleBook.DENUNCIATION_PROCESSING)
            .limit(TimeLimit.workingDays(5, PetitionRuleBook.DENUNCIATION_PROCESSING.basis()))
            .maxExtensions(0)
            .maxExtensionDays(0)
            .build();
    PetitionRuleBook province = PetitionRuleBook.standard().with(fiveDaysNoExtension);
    Petition petition =
        Petition.receive(intake("P-2023-0004", PetitionKind.DENUNCIATION, date(2023, 3, 1)).build(), province, CLERK);

    assertThat(petition.ruleBook()).isEqualTo(province);
    // 5 working days from Wednesday 1 March: 2, 3, 6, 7, 8 March.
    assertThat(petition.deadline(PetitionStage.PROCESSING, CALENDAR, date(2023, 3, 2)).orElseThrow().deadline().dueDate())
        .isEqualTo(date(2023, 3, 8));
    assertThat(petition.allowedCommands()).doesNotContain(PetitionCommand.EXTEND);
    PetitionWorkflowException refused =
        catchThrowableOfType(
            PetitionWorkflowException.class,
            () -> petition.extend(PetitionStage.PROCESSING, 1, date(2023, 3, 2), CHIEF));
    assertThat(refused.rule()).contains(fiveDaysNoExtension);
    assertThat(fiveDaysNoExtension.limit().count()).isEqualTo(DayCount.WORKING_DAYS);
  }

  @Test
  void anApplicationThatTakesARuleOutNoLongerHasItEnforced() {
    LocalDate day = date(2022, 5, 16);
    Classification forwardedBefore =
        Classification.builder()
            .from(eligibleOutside(Recipient.RECEPTION_BOARD, Procedure.STATE_LAW))
            .addDefects(ProcessingDefect.ALREADY_FORWARDED)
            .build();
    Intake denunciation = intake("P-2022-0005", PetitionKind.DENUNCIATION, day).build();
    Petition standard = Petition.receive(denunciation, CLERK).classify(forwardedBefore, day, CLERK);
    Petition lenient =
        Petition.receive(denunciation, PetitionRuleBook.standard().without("FORWARD_DENUNCIATION_ONCE"), CLERK)
            .classify(forwardedBefore, day, CLERK);

    assertThat(standard.allowedCommands()).doesNotContain(PetitionCommand.FORWARD);
    assertThat(lenient.forward(PEOPLES_COMMITTEE, day, CLERK).state()).isEqualTo(PetitionState.FORWARDED);
    assertThat(lenient).isNotEqualTo(Petition.receive(denunciation, CLERK).classify(forwardedBefore, day, CLERK));
  }

  @Test
  void aStageThatHasNotBegunHasNoDeadline() {
    Petition petition = received("P-2023-0006", PetitionKind.DENUNCIATION, date(2023, 3, 1));

    assertThat(petition.deadline(PetitionStage.RESOLUTION, CALENDAR, date(2023, 3, 2))).isEmpty();
    assertThat(petition.deadline(PetitionStage.FILING_LIMIT, CALENDAR, date(2023, 3, 2)))
        .as("a stage that does not exist for the kind")
        .isEmpty();
    assertThat(petition.timeLimit(PetitionStage.FILING_LIMIT)).isEmpty();
  }

  @Test
  void deadlinesAskedOnADayOutOfTheCalendarsRangeAreRefusedInItsWords() {
    Petition suspended =
        received("P-2026-0301", PetitionKind.COMPLAINT, date(2026, 8, 3))
            .classify(eligibleWithin(), date(2026, 8, 4), CLERK)
            .accept(date(2026, 8, 5), CHIEF)
            .suspend("chờ giám định", date(2026, 8, 10), CHIEF);
    assertThatThrownBy(() -> suspended.deadlines(WorkingCalendar.vietnam(), LocalDate.MAX))
        .isInstanceOf(java.time.DateTimeException.class)
        .hasMessage("day must lie within the calendar's range 2006-01-01 to 2199-12-31: +999999999-12-31");
  }
}
