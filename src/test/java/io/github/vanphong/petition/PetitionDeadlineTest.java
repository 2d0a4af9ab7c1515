package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.DeadlineStatus;
import io.github.vanphong.calendar.WorkingCalendar;
import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class PetitionDeadlineTest {

  private static final LocalDate RECEIVED = LocalDate.of(2021, 3, 1);

  private static PetitionDeadline processing(LocalDate asOf, Petition petition) {
    return petition.deadlines(WorkingCalendar.vietnam(), asOf).get(0);
  }

  private static Petition received() {
    return Petition.receive(
        PetitionFixtures.intake("P-2021-0001", PetitionKind.DENUNCIATION, RECEIVED).build(), PetitionFixtures.CLERK);
  }

  @Test
  void aPendingDeadlineIsOverdueAfterItsDueDate() {
    PetitionDeadline late = processing(LocalDate.of(2021, 3, 11), received());

    assertThat(late.stage()).isEqualTo(PetitionStage.PROCESSING);
    assertThat(late.deadline().dueDate()).isEqualTo(LocalDate.of(2021, 3, 10));
    assertThat(late.status()).isEqualTo(DeadlineStatus.OVERDUE);
    assertThat(late.isOverdue()).isTrue();
    assertThat(late.completedOn()).isEmpty();
    assertThat(late.officeDuty()).isTrue();
    assertThat(late.round()).isEqualTo(ComplaintRound.FIRST);
    assertThat(late.rule().name()).isEqualTo("DENUNCIATION_PROCESSING");
    assertThat(late).hasToString("PROCESSING (FIRST) due 2021-03-10: OVERDUE on 2021-03-11");
  }

  @Test
  void aDeadlineMetIsNotOverdue() {
    Petition filed =
        received()
            .classify(PetitionFixtures.withDefects(ProcessingDefect.UNDATED), RECEIVED, PetitionFixtures.CLERK)
            .file(LocalDate.of(2021, 3, 12), PetitionFixtures.CLERK);

    PetitionDeadline metLate = processing(LocalDate.of(2021, 3, 15), filed);

    assertThat(metLate.status()).isEqualTo(DeadlineStatus.MET_LATE);
    assertThat(metLate.isOverdue()).isFalse();
    assertThat(metLate).hasToString("PROCESSING (FIRST) due 2021-03-10: MET_LATE on 2021-03-15, done 2021-03-12");
  }

  @Test
  void aRuleBookStricterThanTheHistoryRefusesToReplayItSoTheDeadlinesNeverDisagreeWithTheWorkflow() {
    LocalDate day = LocalDate.of(2021, 3, 1);
    Petition extended =
        received()
            .classify(PetitionFixtures.eligibleWithin(), day, PetitionFixtures.CLERK)
            .accept(day, PetitionFixtures.CHIEF)
            .assessComplexity(java.util.Set.of(ComplexityCriterion.FOREIGN_ELEMENT), day, PetitionFixtures.CHIEF)
            .extend(30, day.plusDays(20), PetitionFixtures.CHIEF);
    PetitionTimeLimit noExtension =
        PetitionTimeLimit.builder()
            .from(PetitionRuleBook.DENUNCIATION_RESOLUTION_COMPLEX)
            .name("PROVINCE_NO_EXTENSION")
            .maxExtensions(0)
            .maxExtensionDays(0)
            .build();
    PetitionRuleBook strict = PetitionRuleBook.standard().with(noExtension);

    org.assertj.core.api.Assertions.assertThatThrownBy(() -> extended.withRuleBook(strict))
        .isInstanceOfSatisfying(
            PetitionWorkflowException.class,
            refused -> {
              assertThat(refused.rule()).contains(noExtension);
              assertThat(refused.command()).isEqualTo(PetitionCommand.EXTEND);
            });
    assertThat(extended.deadlines(WorkingCalendar.vietnam(), day.plusDays(25)))
        .anySatisfy(d -> assertThat(d.deadline().extensions()).hasSize(1));
    assertThat(extended.deadline(PetitionStage.RESOLUTION, WorkingCalendar.vietnam(), day.plusDays(25)))
        .hasValueSatisfying(d -> assertThat(d.deadline().dueDate()).isEqualTo(LocalDate.of(2021, 5, 4)));
  }

  @Test
  void theExplainingDeadlineIsBuiltOnceAndGivesTheDueDateAndStatus() {
    PetitionDeadline late = processing(LocalDate.of(2021, 3, 11), received());

    assertThat(late.deadline()).isSameAs(late.deadline());
    assertThat(late.deadline().dueDate()).isEqualTo(late.dueDate());
    assertThat(late.deadline().statusOn(late.asOf(), late.completedOn(), 3)).isEqualTo(late.status());
    assertThat(late.deadline().explain()).contains("Due: 2021-03-10");
  }

  @Test
  void deadlinesAreEqualWhenTheirStageRuleDaysAndCompletionAre() {
    PetitionDeadline onTheTenth = processing(LocalDate.of(2021, 3, 10), received());
    PetitionDeadline again = processing(LocalDate.of(2021, 3, 10), received());
    PetitionDeadline onTheEleventh = processing(LocalDate.of(2021, 3, 11), received());
    again.deadline();

    assertThat(onTheTenth).isEqualTo(again).hasSameHashCodeAs(again).isNotEqualTo(onTheEleventh);
    assertThat(onTheTenth).isNotEqualTo(onTheTenth.toString());
    Petition filed =
        received()
            .classify(PetitionFixtures.withDefects(ProcessingDefect.UNDATED), RECEIVED, PetitionFixtures.CLERK)
            .file(LocalDate.of(2021, 3, 10), PetitionFixtures.CLERK);
    assertThat(processing(LocalDate.of(2021, 3, 10), filed)).isNotEqualTo(onTheTenth);
  }

  @Test
  void aDayBeyondTheCalendarIsRefusedAsTheDeadlineRefusesIt() {
    PetitionDeadline processing = processing(LocalDate.of(2021, 3, 11), received());
    LocalDate beyond = LocalDate.of(2200, 1, 1);

    assertThatThrownBy(() -> received().deadlines(WorkingCalendar.vietnam(), beyond))
        .isInstanceOf(DateTimeException.class)
        .hasMessage(
            catchMessage(() -> processing.deadline().statusOn(beyond, processing.completedOn(), 3)));
  }

  @Test
  void aDueDateBeyondTheCalendarIsRefusedAsTheDeadlineRefusesIt() {
    LocalDate lateReceipt = LocalDate.of(2199, 12, 28);
    Petition late =
        Petition.receive(
            PetitionFixtures.intake("P-2199-0001", PetitionKind.DENUNCIATION, lateReceipt).build(),
            PetitionFixtures.CLERK);
    PetitionTimeLimit rule = late.timeLimit(PetitionStage.PROCESSING).orElseThrow();

    assertThatThrownBy(() -> late.deadlines(WorkingCalendar.vietnam(), lateReceipt))
        .isInstanceOf(DateTimeException.class)
        .hasMessage(catchMessage(() -> rule.deadline(lateReceipt, WorkingCalendar.vietnam())));
  }

  private static String catchMessage(Runnable refused) {
    try {
      refused.run();
    } catch (DateTimeException e) {
      return e.getMessage();
    }
    throw new AssertionError("not refused");
  }
}
