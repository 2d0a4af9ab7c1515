package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.VIETNAM;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.calendar.TimeLimit;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RefusalRuleTest {

  @Test
  void aWrittenNoticeIsDueThreeWorkingDaysAfterTheRefusal() {
    assertThat(ReceptionRuleBook.REFUSAL_DRAWN_OUT.needsWrittenNotice()).isTrue();
    assertThat(
            ReceptionRuleBook.REFUSAL_DRAWN_OUT
                .noticeDeadline(LocalDate.of(2016, 3, 11), VIETNAM)
                .orElseThrow()
                .dueDate())
        .as("Friday, so Monday, Tuesday, Wednesday")
        .isEqualTo(LocalDate.of(2016, 3, 16));
    assertThat(ReceptionRuleBook.REFUSAL_WEAPONS.noticeDeadline(LocalDate.of(2026, 7, 1), VIETNAM)).isEmpty();
  }

  @Test
  void aWrittenNoticeHasItsLimitAndASpokenOneNone() {
    assertThatThrownBy(
            () ->
                RefusalRule.builder()
                    .from(ReceptionRuleBook.REFUSAL_DRAWN_OUT)
                    .notice(RefusalNotice.SPOKEN_EXPLANATION)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("REFUSAL_DRAWN_OUT");
    TimeLimit three = ReceptionRuleBook.REFUSAL_DRAWN_OUT.noticeLimit().orElseThrow();
    assertThatThrownBy(
            () ->
                RefusalRule.builder()
                    .from(ReceptionRuleBook.REFUSAL_WEAPONS)
                    .noticeLimit(three)
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("spoken explanation none");
  }

  @Test
  void theNoticeOfTheDisputedPointsIsUnconfirmedAndOfPointHVerified() {
    assertThat(ReceptionRuleBook.REFUSAL_WEAPONS.toString()).contains("notice").contains("(unconfirmed)");
    assertThat(ReceptionRuleBook.REFUSAL_NO_NEW_FACTS.toString())
        .contains("WRITTEN_NOTICE within 3 working days")
        .doesNotContain("(unconfirmed)");
    assertThat(ReceptionRuleBook.REFUSAL_RECORDING.toString()).contains("(reported by a secondary source)");
  }
}
