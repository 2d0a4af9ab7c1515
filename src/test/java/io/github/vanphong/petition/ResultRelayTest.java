package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.PEOPLES_COMMITTEE;
import static io.github.vanphong.petition.PetitionFixtures.eligibleOutside;
import static io.github.vanphong.petition.PetitionFixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Relaying a result to the citizen, {@link PetitionRuleBook#RESULT_RELAY}: within 5 working days of the result's
 * arrival, "trong trường hợp người đó đã có yêu cầu trước đó" (Luật Tiếp công dân 42/2013/QH13, Điều 28, khoản 2).
 */
class ResultRelayTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  /** A recommendation received in person on Monday 2023-03-06 and forwarded to the people's committee. */
  private static Petition forwarded(String id, boolean requested) {
    Intake intake =
        intake(id, PetitionKind.RECOMMENDATION, date(2023, 3, 6))
            .channel(Channel.IN_PERSON)
            .resultRequested(requested)
            .build();
    return Petition.receive(intake, CLERK)
        .classify(eligibleOutside(Recipient.RECEPTION_BOARD, Procedure.STATE_LAW), date(2023, 3, 6), CLERK)
        .forward(PEOPLES_COMMITTEE, date(2023, 3, 7), CLERK);
  }

  @Test
  void aResultIsRelayedWithinFiveWorkingDaysToACitizenWhoAskedForIt_Dieu28_2() {
    Petition arrived = forwarded("P-2023-0501", true).recordResult(date(2023, 4, 3), CLERK);

    PetitionDeadline relay = arrived.deadline(PetitionStage.RESULT_RELAY, CALENDAR, date(2023, 4, 4)).orElseThrow();
    // 5 working days from Monday 3 April: 4, 5, 6, 7 and 10 April
    assertThat(relay.deadline().dueDate()).isEqualTo(date(2023, 4, 10));
    assertThat(relay.rule()).isEqualTo(PetitionRuleBook.RESULT_RELAY);
    assertThat(relay.officeDuty()).isTrue();
    assertThat(arrived.state()).isEqualTo(PetitionState.FORWARDED);

    Petition relayed = arrived.notify(PetitionStage.RESULT_RELAY, date(2023, 4, 5), CLERK);
    assertThat(relayed.deadline(PetitionStage.RESULT_RELAY, CALENDAR, date(2023, 4, 12)).orElseThrow().status())
        .isEqualTo(DeadlineStatus.MET);
    assertThat(arrived.deadline(PetitionStage.RESULT_RELAY, CALENDAR, date(2023, 4, 11)).orElseThrow().status())
        .isEqualTo(DeadlineStatus.OVERDUE);
  }

  @Test
  void noRelayDutyArisesWhereTheCitizenDidNotAskForTheResult_Dieu28_2() {
    Petition arrived = forwarded("P-2023-0502", false).recordResult(date(2023, 4, 3), CLERK);

    assertThat(arrived.deadline(PetitionStage.RESULT_RELAY, CALENDAR, date(2023, 4, 20))).isEmpty();
    assertThat(PetitionRuleBook.RESULT_RELAY.onRequestOnly()).isTrue();
    assertThat(PetitionRuleBook.RESULT_RELAY.toString()).contains("on request only");
  }

  @Test
  void noRelayIsDueBeforeTheResultArrives_Dieu28_2() {
    Petition waiting = forwarded("P-2023-0503", true);

    assertThat(waiting.deadline(PetitionStage.RESULT_RELAY, CALENDAR, date(2023, 4, 20))).isEmpty();
    Petition early = waiting.notify(PetitionStage.RESULT_RELAY, date(2023, 3, 10), CLERK);
    Petition arrived = early.recordResult(date(2023, 4, 3), CLERK);
    assertThat(arrived.deadline(PetitionStage.RESULT_RELAY, CALENDAR, date(2023, 4, 4)).orElseThrow().completedOn())
        .as("a notice sent before the result arrived does not relay it")
        .isEmpty();
  }

  @Test
  void anApplicationThatRelaysEveryResultReplacesTheRule_Dieu28_2() {
    PetitionTimeLimit always =
        PetitionTimeLimit.builder().from(PetitionRuleBook.RESULT_RELAY).onRequestOnly(false).build();
    PetitionRuleBook province = PetitionRuleBook.standard().with(always);
    Petition arrived =
        forwarded("P-2023-0504", false).withRuleBook(province).recordResult(date(2023, 4, 3), CLERK);

    assertThat(arrived.deadline(PetitionStage.RESULT_RELAY, CALENDAR, date(2023, 4, 4))).isPresent();
  }

  @Test
  void onlyAForwardedPetitionRecordsAResult() {
    Petition received =
        Petition.receive(intake("P-2023-0505", PetitionKind.RECOMMENDATION, date(2023, 3, 6)).build(), CLERK);

    PetitionWorkflowException refused =
        catchThrowableOfType(
            PetitionWorkflowException.class, () -> received.recordResult(date(2023, 4, 3), CLERK));
    assertThat(refused.state()).isEqualTo(PetitionState.RECEIVED);
    assertThat(refused.rule()).isEmpty();
    assertThat(received.history()).hasSize(1);
  }
}
