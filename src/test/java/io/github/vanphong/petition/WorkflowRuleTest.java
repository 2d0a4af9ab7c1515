package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class WorkflowRuleTest {

  private static final LegalBasis OWN = LegalBasis.of(Instrument.of("Quy chế 05-QC/TU (ví dụ)", LocalDate.of(2020, 1, 1)), "Điều 9");

  private static WorkflowRule.Builder rule() {
    WorkflowRule.Builder builder = WorkflowRule.builder();
    builder.name("HG_GUIDE_ONCE").command(PetitionCommand.GUIDE).requirement(Requirement.NOT_GUIDED_BEFORE).basis(OWN);
    return builder;
  }

  @Test
  void aRuleCoversEveryKindAndProcedureUnlessSetAndIsInForceOnTheDaysOfItsBasis() {
    WorkflowRule rule = rule().build();

    assertThat(rule.kinds()).containsExactlyInAnyOrder(PetitionKind.values());
    assertThat(rule.procedures()).containsExactlyInAnyOrder(Procedure.values());
    assertThat(rule.validity()).isEqualTo(Validity.from(LocalDate.of(2020, 1, 1)));
    assertThat(rule.chosenBy()).isEqualTo(RuleDay.RECEIVED);
    assertThat(rule.citation()).contains("Quy chế 05-QC/TU (ví dụ), Điều 9");
    assertThat(rule.appliesTo(PetitionCommand.GUIDE, PetitionKind.FEEDBACK, Procedure.PARTY_RULES)).isTrue();
    assertThat(rule.appliesTo(PetitionCommand.FORWARD, PetitionKind.FEEDBACK, Procedure.PARTY_RULES)).isFalse();
    assertThat(rule.isInForceFor(RuleDays.received(LocalDate.of(2019, 12, 31)))).isFalse();
    assertThat(rule.isInForceFor(RuleDays.received(LocalDate.of(2020, 1, 1)))).isTrue();
  }

  @Test
  void aRuleChosenByTheDayOfTheActReadsTheDayOfTheAct() {
    WorkflowRule suspension = PetitionRuleBook.COMPLAINT_SUSPENSION;
    RuleDays acceptedBefore = RuleDays.received(LocalDate.of(2026, 6, 15)).accepted(LocalDate.of(2026, 6, 20));

    assertThat(suspension.chosenBy()).isEqualTo(RuleDay.ACT);
    assertThat(suspension.isInForceFor(acceptedBefore.act(LocalDate.of(2026, 6, 30)))).isFalse();
    assertThat(suspension.isInForceFor(acceptedBefore.act(LocalDate.of(2026, 7, 1)))).isTrue();
  }

  @Test
  void onlyTheStepsThatNeedAProvisionAreProvidedByLaw() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rule().command(PetitionCommand.ACCEPT).requirement(Requirement.PROVIDED_BY_LAW).build())
        .withMessage(
            "HG_GUIDE_ONCE: only [REFUSE, SUSPEND, LODGE_SECOND_COMPLAINT, RECORD_FINALITY, WITHDRAW] are provided by"
                + " law; ACCEPT is allowed by the workflow's states");
    assertThat(rule().command(PetitionCommand.SUSPEND).requirement(Requirement.PROVIDED_BY_LAW).build().command())
        .isEqualTo(PetitionCommand.SUSPEND);
  }

  @Test
  void receiptIsGovernedByNoRuleAndARuleNeedsAName() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rule().command(PetitionCommand.RECEIVE).build())
        .withMessage("HG_GUIDE_ONCE: receipt starts a petition and is governed by no workflow rule");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> rule().name(" ").build())
        .withMessage("a workflow rule needs a name: ' '");
  }

  @Test
  void theTextNamesTheRuleItsCommandRequirementKindsProcedureBasisAndDays() {
    assertThat(PetitionRuleBook.FORWARD_DENUNCIATION_ONCE)
        .hasToString(
            "FORWARD_DENUNCIATION_ONCE: FORWARD requires NOT_FORWARDED_BEFORE of [DENUNCIATION], Thông tư"
                + " 05/2021/TT-TTCP, Điều 14, day received [2021-11-15..)");
    assertThat(PetitionRuleBook.COMPLAINT_SUSPENSION.toString())
        .startsWith("COMPLAINT_SUSPENSION: SUSPEND requires PROVIDED_BY_LAW of [COMPLAINT] under [STATE_LAW]")
        .endsWith("day of the act [2026-07-01..) (reported by a secondary source)");
    assertThat(PetitionRuleBook.GUIDE_ONCE.toString()).endsWith("(unconfirmed)");
  }

  @Test
  void equalityCoversEveryField() {
    new EqualsTester()
        .addEqualityGroup(rule().build(), rule().build())
        .addEqualityGroup(rule().name("OTHER").build())
        .addEqualityGroup(rule().command(PetitionCommand.FORWARD).build())
        .addEqualityGroup(rule().requirement(Requirement.OUTSIDE_COMPETENCE).build())
        .addEqualityGroup(rule().kinds(EnumSet.of(PetitionKind.COMPLAINT)).build())
        .addEqualityGroup(rule().procedures(EnumSet.of(Procedure.STATE_LAW)).build())
        .addEqualityGroup(rule().basis(LegalBasis.of(Instruments.CIRCULAR_05_2021_TTCP, "Điều 14")).build())
        .addEqualityGroup(rule().validity(Validity.from(LocalDate.of(2021, 1, 1))).build())
        .addEqualityGroup(rule().chosenBy(RuleDay.ACT).build())
        .testEquals();
  }
}
