package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.PostKind;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProcedureRuleTest {

  @Test
  void aDeputysNoticeCountsTenWorkingDaysAheadForDeputiesOnly() {
    ProcedureRule rule = ReceptionRuleBook.DEPUTY_SCHEDULE_NOTICE;
    assertThat(rule.daysAhead().orElseThrow().days()).isEqualTo(10);
    assertThat(rule.covers(PostKind.NATIONAL_ASSEMBLY_DEPUTY)).isTrue();
    assertThat(rule.covers(PostKind.CHAIR)).isFalse();
    assertThat(ReceptionRuleBook.CONCLUSION_NOTICE.covers(PostKind.SECRETARY)).as("every post").isTrue();
  }

  @Test
  void aNoticeAheadHasItsDaysAndNoOtherRequirementDoes() {
    assertThatThrownBy(
            () ->
                ProcedureRule.builder()
                    .from(ReceptionRuleBook.DEPUTY_ABSENCE_NOTICE)
                    .daysAhead(Optional.empty())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("DEPUTY_ABSENCE_NOTICE");
    assertThatThrownBy(
            () ->
                ProcedureRule.builder()
                    .from(ReceptionRuleBook.CONCLUSION_NOTICE)
                    .daysAhead(ReceptionRuleBook.DEPUTY_ABSENCE_NOTICE.daysAhead())
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("counts no");
  }

  @Test
  void theReadableFormSaysTheRequirementTheDaysAndThePosts() {
    assertThat(ReceptionRuleBook.DEPUTY_SCHEDULE_NOTICE.toString())
        .startsWith("DEPUTY_SCHEDULE_NOTICE: SCHEDULE_NOTIFIED_AHEAD 10 working days, for [NATIONAL_ASSEMBLY_DEPUTY]");
    assertThat(ReceptionRuleBook.DEPUTY_STANDS_IN.toString()).endsWith("(unconfirmed)");
  }
}
