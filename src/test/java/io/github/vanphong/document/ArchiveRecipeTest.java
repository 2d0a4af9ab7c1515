package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import java.time.Period;
import java.time.Year;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The recipe "The archive: a file from opening to disposal, and the files overdue for hand-over" of docs/cookbook.md. */
class ArchiveRecipeTest {

  @Test
  void theRecipeRuns() {
    LegalBasis ownTable =
        LegalBasis.of(Instrument.of("Quy chế lưu trữ của Văn phòng Tỉnh ủy", LocalDate.of(2010, 1, 1)), "Điều 5");
    LegalBasis ownRegulation =
        LegalBasis.of(Instrument.of("Quy chế công tác văn thư của Tỉnh ủy", LocalDate.of(2012, 1, 1)), "Điều 12");
    PersonId archivist = PersonId.of("HG-LT-01");
    PersonId chair = PersonId.of("HG-CVP");

    // the recipe, as docs/cookbook.md shows it
    RetentionSchedule schedule =
        RetentionSchedule.of(List.of(RetentionRule.of("Hồ sơ tổ chức bầu cử", RetentionPeriod.years(10), ownTable)));
    PersonId clerk = PersonId.of("HG-VT-01");

    ArchiveFile file =
        ArchiveFile.open(
                ArchiveFileId.of("VPTU-HS-2016-07"),
                "Hồ sơ bầu cử năm 2016",
                "Hồ sơ tổ chức bầu cử",
                schedule,
                LocalDate.of(2016, 3, 1),
                clerk)
            .add(DocumentSymbol.parse("12-BC/VPTU"), LocalDate.of(2016, 3, 2), clerk)
            .close(LocalDate.of(2016, 12, 30), clerk)
            .handOver(LocalDate.of(2017, 3, 1), clerk);
    assertThat(file.disposableFrom()).contains(Year.of(2027));
    assertThatThrownBy(() -> file.proposeDisposal(LocalDate.of(2026, 12, 31), archivist))
        .isInstanceOfSatisfying(
            ArchiveWorkflowException.class,
            e -> assertThat(e.rule()).contains(ArchiveRule.DISPOSAL_ONLY_AFTER_RETENTION));

    ArchiveRegister register = ArchiveRegister.of(List.of(file));
    assertThat(register.dueForDisposal(Year.of(2027))).containsExactly(file);
    ArchiveFile proposed = file.proposeDisposal(LocalDate.of(2027, 2, 1), archivist);
    assertThatThrownBy(() -> proposed.destroy(LocalDate.of(2027, 3, 1), archivist))
        .isInstanceOfSatisfying(
            ArchiveWorkflowException.class,
            e -> assertThat(e.rule()).contains(ArchiveRule.DESTRUCTION_ONLY_AFTER_APPROVAL));
    ArchiveFile destroyed =
        proposed.approveDisposal(LocalDate.of(2027, 3, 1), chair).destroy(LocalDate.of(2027, 4, 1), archivist);
    assertThat(destroyed.state()).isEqualTo(ArchiveFileState.DESTROYED);

    HandOverRuleBook book =
        HandOverRuleBook.standard().with(HandOverRule.of(DocumentSystem.PARTY, Period.ofYears(1), ownRegulation));
    ArchiveFile late =
        ArchiveFile.open(
                ArchiveFileId.of("VPTU-HS-2021-03"),
                "Hồ sơ hội nghị",
                "Hồ sơ tổ chức bầu cử",
                schedule,
                LocalDate.of(2021, 1, 4),
                clerk)
            .close(LocalDate.of(2021, 6, 30), clerk);
    List<ArchiveViolation> overdue = book.check(List.of(late), DocumentSystem.PARTY, LocalDate.of(2022, 9, 1));
    assertThat(overdue).hasSize(1);
    assertThat(overdue.get(0).message())
        .startsWith("HAND_OVER_DEADLINE (Quy chế công tác văn thư của Tỉnh ủy, Điều 12): file VPTU-HS-2021-03, closed"
            + " on 2021-06-30, was to be handed over by 2022-06-30");
  }
}
