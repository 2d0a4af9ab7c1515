package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.eligibleWithin;
import static io.github.vanphong.petition.PetitionFixtures.intake;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.vanphong.calendar.WorkingCalendar;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A complaint's complexity from 2026-07-01, {@link PetitionRuleBook#COMPLAINT_COMPLEXITY_IN_WRITING}: its own seven
 * criteria, one enough, and "Việc xác định vụ việc phức tạp phải được thể hiện bằng văn bản" (Nghị định
 * 124/2020/NĐ-CP, Điều 3a, added by Nghị định 155/2026/NĐ-CP, Điều 2); chosen by the day the complaint was accepted.
 */
class ComplaintComplexityInWritingTest {

  private static final WorkingCalendar CALENDAR = WorkingCalendar.vietnam();
  private static final Set<ComplexityCriterion> SEVERAL_CONTENTS = Set.of(ComplexityCriterion.SEVERAL_CONTENTS);
  private static final String RECORD = "Tờ trình số 15/TTr-TTT ngày 10/7/2026";

  private static LocalDate date(int year, int month, int day) {
    return LocalDate.of(year, month, day);
  }

  private static Petition complaint(String id, LocalDate received, LocalDate accepted) {
    return Petition.receive(intake(id, PetitionKind.COMPLAINT, received).build(), CLERK)
        .classify(eligibleWithin(), received, CLERK)
        .accept(accepted, CHIEF);
  }

  @Test
  void aComplaintAcceptedFromJuly2026IsComplexOnlyAsRecordedInWriting_ND155_Dieu2() {
    Petition accepted = complaint("P-2026-0601", date(2026, 7, 1), date(2026, 7, 3));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> accepted.assessComplexity(SEVERAL_CONTENTS, date(2026, 7, 10), CHIEF))
        .withMessageStartingWith("COMPLAINT_COMPLEXITY_IN_WRITING (Nghị định 124/2020/NĐ-CP")
        .withMessageContaining("Điều 3a")
        .withMessageContaining("SEVERAL_CONTENTS")
        .withMessageContaining("no written record");
    assertThat(accepted.complexity()).isEqualTo(Complexity.NORMAL);
    // the longer limit of a complex case is not given: 30 days from Friday 3 July, to Sunday 2 August, so 3 August
    assertThat(accepted.deadline(PetitionStage.RESOLUTION, CALENDAR, date(2026, 7, 10)).orElseThrow().deadline().dueDate())
        .isEqualTo(date(2026, 8, 3));

    Petition complex = accepted.assessComplexity(SEVERAL_CONTENTS, RECORD, date(2026, 7, 10), CHIEF);
    assertThat(complex.complexity()).isEqualTo(Complexity.COMPLEX);
    assertThat(complex.history().get(complex.history().size() - 1).writtenRecord()).contains(RECORD);
    // 45 days from 3 July: Monday 17 August
    assertThat(complex.deadline(PetitionStage.RESOLUTION, CALENDAR, date(2026, 7, 10)).orElseThrow().deadline().dueDate())
        .isEqualTo(date(2026, 8, 17));
    assertThat(Petition.replay(complex.intake(), complex.history())).isEqualTo(complex);
  }

  @Test
  void aComplaintFoundNormalNeedsNoWrittenRecord_ND155_Dieu2() {
    Petition accepted = complaint("P-2026-0602", date(2026, 7, 1), date(2026, 7, 3));

    assertThat(accepted.assessComplexity(Set.of(), date(2026, 7, 10), CHIEF).complexity())
        .isEqualTo(Complexity.NORMAL);
    assertThat(accepted.allowedCommands()).contains(PetitionCommand.ASSESS_COMPLEXITY);
  }

  @Test
  void aComplaintAcceptedBeforeJuly2026KeepsTheEarlierRulesOfComplexity_ND155_Dieu22() {
    Petition accepted = complaint("P-2026-0603", date(2026, 6, 22), date(2026, 6, 25));

    Petition complex = accepted.assessComplexity(SEVERAL_CONTENTS, date(2026, 7, 10), CHIEF);
    assertThat(complex.complexity()).isEqualTo(Complexity.COMPLEX);
    assertThat(PetitionRuleBook.COMPLAINT_COMPLEXITY_IN_WRITING.chosenBy()).isEqualTo(RuleDay.ACCEPTED);
  }

  @Test
  void aDenunciationNeedsNoWrittenRecordOfItsComplexityUnderThisRule() {
    Petition denunciation =
        Petition.receive(intake("P-2026-0604", PetitionKind.DENUNCIATION, date(2026, 7, 1)).build(), CLERK)
            .classify(eligibleWithin(), date(2026, 7, 1), CLERK)
            .accept(date(2026, 7, 3), CHIEF);

    assertThat(denunciation.assessComplexity(SEVERAL_CONTENTS, date(2026, 7, 10), CHIEF).complexity())
        .isEqualTo(Complexity.COMPLEX);
  }

  @Test
  void theRuleRestsOnDecree124AsAmendedByDecree155() {
    WorkflowRule rule = PetitionRuleBook.COMPLAINT_COMPLEXITY_IN_WRITING;
    assertThat(rule.basis().instrument()).isEqualTo(Instruments.DECREE_124_2020);
    assertThat(rule.basis().article()).startsWith("Điều 3a");
    assertThat(rule.basis().asAmendedBy()).contains(Instruments.DECREE_155_2026);
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(rule.validity().start()).isEqualTo(PetitionRuleBook.AMENDMENT_DAY);
    assertThat(PetitionRuleBook.standard().rule(rule.name())).contains(rule);
  }

  @Test
  void aWrittenRecordIsNotBlankAndBelongsToAnAssessment() {
    Petition accepted = complaint("P-2026-0605", date(2026, 7, 1), date(2026, 7, 3));

    assertThatIllegalArgumentException()
        .isThrownBy(() -> accepted.assessComplexity(SEVERAL_CONTENTS, " ", date(2026, 7, 10), CHIEF))
        .withMessageContaining("written record");
    assertThatIllegalArgumentException()
        .isThrownBy(
            () ->
                PetitionEvent.builder()
                    .command(PetitionCommand.RESOLVE)
                    .on(date(2026, 7, 10))
                    .by(CHIEF)
                    .finding(Finding.UNFOUNDED)
                    .writtenRecord(RECORD)
                    .build())
        .withMessageContaining("writtenRecord");
    assertThat(accepted.history()).hasSize(3);
  }
}
