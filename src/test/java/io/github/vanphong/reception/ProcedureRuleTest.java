package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.Validity;
import io.github.vanphong.organization.PostKind;
import java.time.LocalDate;
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
  void conclusionNotice2014EndsTheHeadsReceptionUnderCircular06OnAnUnreadArticle() {
    ProcedureRule rule = ReceptionRuleBook.CONCLUSION_NOTICE_2014;
    assertThat(rule.requirement()).isEqualTo(ProcedureRequirement.CONCLUSION_NOTICE);
    assertThat(rule.covers(PostKind.SECRETARY)).as("every post").isTrue();
    assertThat(rule.daysAhead()).isEmpty();
    assertThat(rule.basis().instrument()).isEqualTo(Instruments.CIRCULAR_06_2014_TTCP);
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(rule.validity()).isEqualTo(Validity.parse("[2014-12-15..2026-06-30]"));
    assertThat(ReceptionFixtures.STANDARD.procedure(ProcedureRequirement.CONCLUSION_NOTICE, LocalDate.of(2014, 12, 14)))
        .isEmpty();
    assertThat(ReceptionFixtures.STANDARD.procedure(ProcedureRequirement.CONCLUSION_NOTICE, LocalDate.of(2014, 12, 15)))
        .contains(rule);
    assertThat(ReceptionFixtures.STANDARD.procedure(ProcedureRequirement.CONCLUSION_NOTICE, LocalDate.of(2026, 6, 30)))
        .contains(rule);
    assertThat(ReceptionFixtures.STANDARD.procedure(ProcedureRequirement.CONCLUSION_NOTICE, LocalDate.of(2026, 7, 1)))
        .contains(ReceptionRuleBook.CONCLUSION_NOTICE);
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
