package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.eligibleWithin;
import static io.github.vanphong.petition.PetitionFixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * The window for a second complaint, {@link PetitionRuleBook#SECOND_COMPLAINT_WINDOW}: "Trong thời hạn 30 ngày, kể
 * từ ngày hết thời hạn giải quyết khiếu nại quy định tại Điều 28 của Luật này mà khiếu nại lần đầu không được giải
 * quyết hoặc kể từ ngày nhận được quyết định giải quyết khiếu nại lần đầu" (Luật Khiếu nại 02/2011/QH13, Điều 33,
 * khoản 1). Every due date was counted by hand.
 */
class SecondComplaintWindowTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A first complaint received on Monday 2023-03-06 and accepted on 2023-03-08: its 30 days run to 2023-04-07. */
  private static Petition accepted(String id, AreaType area) {
    return Petition.receive(intake(id, PetitionKind.COMPLAINT, date(2023, 3, 6)).area(area).build(), CLERK)
        .classify(eligibleWithin(), date(2023, 3, 7), CLERK)
        .accept(date(2023, 3, 8), CHIEF);
  }

  private static Petition decided(String id) {
    return accepted(id, AreaType.ORDINARY).resolve(Finding.UNFOUNDED, date(2023, 3, 20), CHIEF);
  }

  @Test
  void theSecondComplaintWindowOpensOnTheDayTheDecisionIsReceivedNotTheDayOfTheDecision_Dieu33() {
    Petition decided = decided("P-2023-0401");
    assertThat(decided.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 3, 25)))
        .as("a decision not yet known to be received opens no window")
        .isEmpty();

    Petition received = decided.recordDecisionReceipt(date(2023, 3, 27), date(2023, 3, 28), CLERK);

    PetitionDeadline window =
        received.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 3, 28)).orElseThrow();
    // 30 days from Monday 27 March: Wednesday 26 April (not 19 April, 30 days from the decision)
    assertThat(window.deadline().eventDay()).isEqualTo(date(2023, 3, 27));
    assertThat(window.deadline().dueDate()).isEqualTo(date(2023, 4, 26));
    assertThat(window.rule()).isEqualTo(PetitionRuleBook.SECOND_COMPLAINT_WINDOW);
    assertThat(window.officeDuty()).isFalse();
    assertThat(received.state()).isEqualTo(PetitionState.RESOLVED);
    assertThat(received.history().get(received.history().size() - 1).deliveredOn()).contains(date(2023, 3, 27));
  }

  @Test
  void theSecondComplaintWindowInARemoteAreaRunsFortyFiveDaysFromReceipt_Dieu33() {
    Petition remote =
        accepted("P-2023-0402", AreaType.REMOTE)
            .resolve(Finding.UNFOUNDED, date(2023, 3, 20), CHIEF)
            .recordDecisionReceipt(date(2023, 3, 27), date(2023, 3, 27), CLERK);

    PetitionDeadline window =
        remote.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 3, 28)).orElseThrow();
    // 45 days from 27 March: Thursday 11 May
    assertThat(window.rule()).isEqualTo(PetitionRuleBook.SECOND_COMPLAINT_WINDOW_REMOTE);
    assertThat(window.deadline().dueDate()).isEqualTo(date(2023, 5, 11));
  }

  @Test
  void theSecondComplaintWindowOpensWhenTheFirstTimeLimitExpiresWithoutADecision_Dieu33() {
    Petition undecided = accepted("P-2023-0403", AreaType.ORDINARY);

    assertThat(undecided.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 4, 7)))
        .as("on the last day of the first round's 30 days the window is not open")
        .isEmpty();
    PetitionDeadline window =
        undecided.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 4, 10)).orElseThrow();
    // from Friday 7 April: 30 days end on Sunday 7 May, so Monday 8 May
    assertThat(window.deadline().eventDay()).isEqualTo(date(2023, 4, 7));
    assertThat(window.deadline().dueDate()).isEqualTo(date(2023, 5, 8));

    Petition lateDecision =
        undecided
            .resolve(Finding.UNFOUNDED, date(2023, 4, 20), CHIEF)
            .recordDecisionReceipt(date(2023, 4, 24), date(2023, 4, 25), CLERK);
    assertThat(lateDecision.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 4, 21)))
        .map(d -> d.deadline().eventDay())
        .as("the expired time limit's window, before the late decision is received")
        .contains(date(2023, 4, 7));
    assertThat(lateDecision.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 4, 25)))
        .map(d -> d.deadline().dueDate())
        .as("30 days from the receipt of the late decision")
        .contains(date(2023, 5, 24));
  }

  @Test
  void aDecisionResolvedInTimeOpensNoWindowBeforeItsReceiptIsRecorded_Dieu33() {
    Petition decided = decided("P-2023-0404");

    assertThat(decided.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 5, 30))).isEmpty();
    assertThat(decided.deadline(PetitionStage.FINALITY, CALENDAR, date(2023, 5, 30)))
        .as("finality still counts from the decision's issue (Điều 44)")
        .map(d -> d.deadline().eventDay())
        .contains(date(2023, 3, 20));
  }

  @Test
  void theWindowEndsWhenTheSecondComplaintIsLodged_Dieu33() {
    Petition lodged =
        decided("P-2023-0405")
            .recordDecisionReceipt(date(2023, 3, 27), date(2023, 3, 28), CLERK)
            .lodgeSecondComplaint(date(2023, 4, 10), CLERK);

    PetitionDeadline window =
        lodged.deadline(PetitionStage.SECOND_COMPLAINT_WINDOW, CALENDAR, date(2023, 4, 11)).orElseThrow();
    assertThat(window.completedOn()).contains(date(2023, 4, 10));
  }

  @Test
  void onlyTheReceiptOfAFirstRoundComplaintDecisionIsRecorded_Dieu33() {
    Petition denunciation =
        Petition.receive(intake("P-2023-0406", PetitionKind.DENUNCIATION, date(2023, 3, 6)).build(), CLERK)
            .classify(eligibleWithin(), date(2023, 3, 7), CLERK)
            .accept(date(2023, 3, 8), CHIEF)
            .resolve(Finding.UNFOUNDED, date(2023, 3, 20), CHIEF);
    assertThat(denunciation.allowedCommands()).doesNotContain(PetitionCommand.RECORD_DECISION_RECEIPT);
    PetitionWorkflowException refused =
        catchThrowableOfType(
            PetitionWorkflowException.class,
            () -> denunciation.recordDecisionReceipt(date(2023, 3, 22), date(2023, 3, 22), CLERK));
    assertThat(refused.command()).isEqualTo(PetitionCommand.RECORD_DECISION_RECEIPT);
    assertThat(refused.getMessage()).contains("Điều 33").contains("DENUNCIATION");

    Petition secondRound =
        decided("P-2023-0407")
            .lodgeSecondComplaint(date(2023, 4, 3), CLERK)
            .accept(date(2023, 4, 5), CHIEF)
            .resolve(Finding.UNFOUNDED, date(2023, 4, 20), CHIEF);
    assertThat(secondRound.allowedCommands()).doesNotContain(PetitionCommand.RECORD_DECISION_RECEIPT);
    PetitionWorkflowException second =
        catchThrowableOfType(
            PetitionWorkflowException.class,
            () -> secondRound.recordDecisionReceipt(date(2023, 4, 24), date(2023, 4, 24), CLERK));
    assertThat(second.getMessage()).contains("SECOND");
  }

  @Test
  void theReceiptOfADecisionIsRecordedOnceAndNotBeforeTheDecision_Dieu33() {
    Petition decided = decided("P-2023-0408");
    assertThat(decided.allowedCommands()).contains(PetitionCommand.RECORD_DECISION_RECEIPT);

    assertThatIllegalArgumentException()
        .isThrownBy(() -> decided.recordDecisionReceipt(date(2023, 3, 19), date(2023, 3, 28), CLERK))
        .withMessageContaining("2023-03-20")
        .withMessageContaining("2023-03-19");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> decided.recordDecisionReceipt(date(2023, 3, 29), date(2023, 3, 28), CLERK))
        .withMessageContaining("2023-03-29");
    assertThat(decided.history()).hasSize(4);

    Petition recorded = decided.recordDecisionReceipt(date(2023, 3, 27), date(2023, 3, 28), CLERK);
    assertThat(recorded.allowedCommands()).doesNotContain(PetitionCommand.RECORD_DECISION_RECEIPT);
    PetitionWorkflowException again =
        catchThrowableOfType(
            PetitionWorkflowException.class,
            () -> recorded.recordDecisionReceipt(date(2023, 3, 28), date(2023, 3, 29), CLERK));
    assertThat(again.getMessage()).contains("already recorded");
    assertThat(Petition.replay(recorded.intake(), recorded.history())).isEqualTo(recorded);
  }
}
