package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveViolationTest {

  private static final ArchiveFileId FILE = ArchiveFileId.of("UBND-HS-2021-03");

  @Test
  void aFindingStatesTheRuleThenTheFacts() {
    ArchiveViolation v =
        ArchiveViolation.of(HandOverRule.STATE_WITHIN_ONE_YEAR, FILE, LocalDate.of(2021, 6, 30), LocalDate.of(2022, 9, 1));
    assertThat(v.deadline()).isEqualTo(LocalDate.of(2022, 6, 30));
    assertThat(v.values()).isEqualTo(List.of(FILE, LocalDate.of(2022, 6, 30)));
    assertThat(v.message())
        .isEqualTo(
            "HAND_OVER_DEADLINE (Nghị định 30/2020/NĐ-CP, Điều 30, khoản 2, điểm b): file UBND-HS-2021-03, closed on"
                + " 2021-06-30, was to be handed over by 2022-06-30; on 2022-09-01 it is not");
    assertThat(v).hasToString(v.message());
  }

  @Test
  void aFileIsNotOverdueOnItsLastDay() {
    assertThatThrownBy(
            () ->
                ArchiveViolation.of(
                    HandOverRule.STATE_WITHIN_ONE_YEAR, FILE, LocalDate.of(2021, 6, 30), LocalDate.of(2022, 6, 30)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2022-06-30");
    assertThat(
            ArchiveViolation.of(
                    HandOverRule.STATE_WITHIN_ONE_YEAR, FILE, LocalDate.of(2021, 6, 30), LocalDate.of(2022, 7, 1))
                .asOf())
        .isEqualTo(LocalDate.of(2022, 7, 1));
  }
}
