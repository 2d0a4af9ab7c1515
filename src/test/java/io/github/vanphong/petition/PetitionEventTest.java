package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PetitionEventTest {

  private static final LocalDate DAY = LocalDate.of(2016, 3, 7);
  private static final PersonId CLERK = PetitionFixtures.CLERK;

  private static PetitionEvent.Builder event(PetitionCommand command) {
    return PetitionEvent.builder().command(command).on(DAY).by(CLERK);
  }

  /** The event of a command with exactly the data it needs. */
  private static PetitionEvent.Builder complete(PetitionCommand command) {
    PetitionEvent.Builder event = event(command);
    return switch (command) {
      case CLASSIFY -> event.classification(PetitionFixtures.eligibleWithin());
      case REFUSE -> event.refusalReason(RefusalReason.DENUNCIATION_NO_BASIS);
      case FORWARD, GUIDE -> event.destination(PetitionFixtures.INSPECTION_COMMITTEE);
      case EXTEND -> event.extensionDays(30).extendedStage(PetitionStage.RESOLUTION);
      case RESOLVE -> event.finding(Finding.UNFOUNDED);
      case WITHDRAW -> event.withdrawal(Withdrawal.partial());
      case NOTIFY -> event.notice(PetitionStage.RECEIPT_NOTICE);
      case SUSPEND, ACCESS_IDENTITY -> event.reason("chờ kết quả giám định");
      case RECORD_DECISION_RECEIPT -> event.deliveredOn(DAY);
      default -> event;
    };
  }

  @ParameterizedTest
  @EnumSource(PetitionCommand.class)
  void anEventOfEveryCommandCarriesExactlyTheDataItNeeds(PetitionCommand command) {
    PetitionEvent built = complete(command).build();

    assertThat(built.command()).isEqualTo(command);
    assertThat(built.on()).isEqualTo(DAY);
    assertThat(built.by()).isEqualTo(CLERK);
  }

  @Test
  void theReceiptOfADecisionCarriesItsDayNotAfterTheEvent_Dieu33() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.RECORD_DECISION_RECEIPT).build())
        .withMessage("a RECORD_DECISION_RECEIPT event carries [deliveredOn], but this one carries nothing more");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.RECORD_DECISION_RECEIPT).deliveredOn(DAY.plusDays(1)).build())
        .withMessageContaining(DAY.plusDays(1).toString());
    PetitionEvent receipt = event(PetitionCommand.RECORD_DECISION_RECEIPT).deliveredOn(DAY.minusDays(2)).build();
    assertThat(receipt.deliveredOn()).contains(DAY.minusDays(2));
    assertThat(receipt.toString()).contains("received by the complainant " + DAY.minusDays(2));
  }

  @Test
  void aWrittenRecordOfComplexityIsOptionalNotBlankAndOnlyOnAnAssessment_ND155_Dieu2() {
    PetitionEvent recorded =
        event(PetitionCommand.ASSESS_COMPLEXITY)
            .addCriteria(ComplexityCriterion.SEVERAL_CONTENTS)
            .writtenRecord("Tờ trình số 15/TTr-TTT")
            .build();
    assertThat(recorded.writtenRecord()).contains("Tờ trình số 15/TTr-TTT");
    assertThat(recorded.toString()).contains("recorded in Tờ trình số 15/TTr-TTT");
    assertThat(event(PetitionCommand.ASSESS_COMPLEXITY).build().writtenRecord()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.ASSESS_COMPLEXITY).writtenRecord("  ").build())
        .withMessageContaining("written record");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.CLOSE).writtenRecord("Tờ trình số 15/TTr-TTT").build())
        .withMessageContaining("writtenRecord");
  }

  @Test
  void anEventWithoutTheDataOfItsCommandIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.REFUSE).build())
        .withMessage("a REFUSE event carries [refusalReason], but this one carries nothing more");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.FORWARD).build())
        .withMessage("a FORWARD event carries [destination], but this one carries nothing more");
    assertThatIllegalArgumentException().isThrownBy(() -> event(PetitionCommand.CLASSIFY).build());
    assertThatIllegalArgumentException().isThrownBy(() -> event(PetitionCommand.EXTEND).build());
    assertThatIllegalArgumentException().isThrownBy(() -> event(PetitionCommand.RESOLVE).build());
    assertThatIllegalArgumentException().isThrownBy(() -> event(PetitionCommand.WITHDRAW).build());
    assertThatIllegalArgumentException().isThrownBy(() -> event(PetitionCommand.NOTIFY).build());
    assertThatIllegalArgumentException().isThrownBy(() -> event(PetitionCommand.SUSPEND).build());
    assertThatIllegalArgumentException().isThrownBy(() -> event(PetitionCommand.ACCESS_IDENTITY).build());
  }

  @Test
  void anEventWithTheDataOfAnotherCommandIsRefused() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.ACCEPT).destination(UnitId.of("HG-UBKT")).build())
        .withMessage("a ACCEPT event carries nothing more, but this one carries [destination]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> complete(PetitionCommand.NOTIFY).reason("gửi thông báo").build())
        .withMessage("a NOTIFY event carries [notice], but this one carries [notice, reason]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.RESOLVE).refusalReason(RefusalReason.PARTY_VAGUE).build())
        .withMessage("a RESOLVE event carries [finding], but this one carries [refusalReason]");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.RECEIVE).classification(PetitionFixtures.eligibleWithin()).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> complete(PetitionCommand.GUIDE).extensionDays(5).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> complete(PetitionCommand.CLOSE).finding(Finding.ANSWERED).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> complete(PetitionCommand.FILE).withdrawal(Withdrawal.whole()).build());
    assertThatIllegalArgumentException()
        .isThrownBy(() -> complete(PetitionCommand.START_VERIFICATION).notice(PetitionStage.RESULT_RELAY).build());
  }

  @Test
  void onlyAnAssessmentOfComplexityCarriesCriteria() {
    assertThat(event(PetitionCommand.ASSESS_COMPLEXITY).criteria(Set.of(ComplexityCriterion.FOREIGN_ELEMENT)).build()
            .criteria())
        .containsExactly(ComplexityCriterion.FOREIGN_ELEMENT);
    assertThat(event(PetitionCommand.ASSESS_COMPLEXITY).build().criteria()).isEmpty();
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.EXTEND).extendedStage(PetitionStage.RESOLUTION).extensionDays(10)
            .criteria(Set.of(ComplexityCriterion.MANY_PEOPLE)).build())
        .withMessage("a EXTEND event carries no criteria of complexity, but this one carries [MANY_PEOPLE]");
  }

  @Test
  void aStatedReasonIsNotBlank() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.SUSPEND).reason(" ").build())
        .withMessage("a SUSPEND event needs a reason that is not blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.ACCESS_IDENTITY).reason("").build())
        .withMessage("a ACCESS_IDENTITY event needs a reason that is not blank");
  }

  @Test
  void anExtensionAddsAtLeastOneDay() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> event(PetitionCommand.EXTEND).extendedStage(PetitionStage.RESOLUTION).extensionDays(0).build())
        .withMessage("an extension adds at least 1 day, not 0");
    assertThatIllegalArgumentException().isThrownBy(() -> event(PetitionCommand.EXTEND).extendedStage(PetitionStage.RESOLUTION).extensionDays(-3).build());
    assertThat(event(PetitionCommand.EXTEND).extendedStage(PetitionStage.RESOLUTION).extensionDays(1).build().extensionDays()).hasValue(1);
  }

  @Test
  void theTextShowsTheDayCommandActorAndData() {
    assertThat(complete(PetitionCommand.FORWARD).build()).hasToString("2016-03-07 FORWARD by HG-VP-012 to HG-UBKT");
    assertThat(complete(PetitionCommand.EXTEND).build()).hasToString("2016-03-07 EXTEND by HG-VP-012 +30 days of RESOLUTION");
    assertThat(event(PetitionCommand.ASSESS_COMPLEXITY).criteria(Set.of(ComplexityCriterion.FOREIGN_ELEMENT)).build())
        .hasToString("2016-03-07 ASSESS_COMPLEXITY by HG-VP-012 criteria [FOREIGN_ELEMENT]");
    assertThat(complete(PetitionCommand.REFUSE).build())
        .hasToString("2016-03-07 REFUSE by HG-VP-012 for DENUNCIATION_NO_BASIS");
    assertThat(complete(PetitionCommand.RESOLVE).build()).hasToString("2016-03-07 RESOLVE by HG-VP-012 finding UNFOUNDED");
    assertThat(complete(PetitionCommand.WITHDRAW).build()).hasToString("2016-03-07 WITHDRAW by HG-VP-012 partial");
    assertThat(complete(PetitionCommand.NOTIFY).build())
        .hasToString("2016-03-07 NOTIFY by HG-VP-012 notice RECEIPT_NOTICE");
    assertThat(complete(PetitionCommand.SUSPEND).build())
        .hasToString("2016-03-07 SUSPEND by HG-VP-012 reason: chờ kết quả giám định");
    assertThat(complete(PetitionCommand.CLASSIFY).build().toString())
        .startsWith("2016-03-07 CLASSIFY by HG-VP-012 Classification{");
    assertThat(complete(PetitionCommand.ACCEPT).build()).hasToString("2016-03-07 ACCEPT by HG-VP-012");
  }
}
