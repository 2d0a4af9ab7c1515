package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.INSPECTION_COMMITTEE;
import static io.github.vanphong.petition.PetitionFixtures.PEOPLES_COMMITTEE;
import static io.github.vanphong.petition.PetitionFixtures.eligibleOutside;
import static io.github.vanphong.petition.PetitionFixtures.eligibleWithin;
import static io.github.vanphong.petition.PetitionFixtures.intake;
import static io.github.vanphong.petition.PetitionFixtures.withDefects;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.petition.ComplexityCriterion;
import io.github.vanphong.organization.Level;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class PetitionTest {

  private static final LocalDate DAY = LocalDate.of(2019, 3, 4);

  private static Petition received(PetitionKind kind) {
    return received(kind, DAY);
  }

  private static Petition received(PetitionKind kind, LocalDate day) {
    return Petition.receive(intake("P-" + kind.name().charAt(0) + "-1", kind, day).build(), CLERK);
  }

  private static Petition accepted(PetitionKind kind) {
    return received(kind).classify(eligibleWithin(), DAY.plusDays(1), CLERK).accept(DAY.plusDays(2), CHIEF);
  }

  private static Set<ComplexityCriterion> criteria(int n) {
    return EnumSet.copyOf(List.of(ComplexityCriterion.values()).subList(0, n == 0 ? 1 : n)).size() == n
        ? EnumSet.copyOf(List.of(ComplexityCriterion.values()).subList(0, n))
        : EnumSet.noneOf(ComplexityCriterion.class);
  }

  /** Asserts that the command is refused with a workflow exception and leaves the petition as it was. */
  private static PetitionWorkflowException assertRefused(Petition petition, ThrowingCallable command) {
    Petition before = Petition.replay(petition.intake(), petition.history());
    Throwable thrown = org.assertj.core.api.Assertions.catchThrowable(command);
    assertThat(thrown).isInstanceOf(PetitionWorkflowException.class);
    assertThat(petition).isEqualTo(before);
    assertThat(petition.state()).isEqualTo(before.state());
    return (PetitionWorkflowException) thrown;
  }

  /** Asserts that the command is refused by the rule, leaving the petition as it was. */
  private static PetitionWorkflowException assertRefusedBy(
      PetitionRule rule, Petition petition, ThrowingCallable command) {
    PetitionWorkflowException e = assertRefused(petition, command);
    assertThat(e.rule()).as(e.getMessage()).contains(rule);
    assertThat(e.getMessage()).startsWith(rule.name() + " (" + rule.basis().citation() + ")");
    return e;
  }

  @Nested
  class Receipt {
    @Test
    void aReceivedPetitionStartsItsHistoryWithTheReceiptOnTheDayReceived() {
      Petition petition = received(PetitionKind.DENUNCIATION);

      assertThat(petition.state()).isEqualTo(PetitionState.RECEIVED);
      assertThat(petition.history()).hasSize(1);
      assertThat(petition.history().get(0).command()).isEqualTo(PetitionCommand.RECEIVE);
      assertThat(petition.history().get(0).on()).isEqualTo(DAY);
      assertThat(petition.history().get(0).by()).isEqualTo(CLERK);
      assertThat(petition.received()).isEqualTo(DAY);
      assertThat(petition.lastEventDay()).isEqualTo(DAY);
      assertThat(petition.isOpen()).isTrue();
      assertThat(petition.round()).isEqualTo(ComplaintRound.FIRST);
      assertThat(petition.complexity()).isEqualTo(Complexity.NORMAL);
      assertThat(petition.classification()).isEmpty();
      assertThat(petition.procedure()).isEqualTo(Procedure.STATE_LAW);
      assertThat(petition.extensions()).isZero();
    }

    @Test
    void aReceivedPetitionIsClassifiedWithdrawnNotifiedOrLookedAtAndNothingElseButItsProcessingExtended() {
      assertThat(received(PetitionKind.DENUNCIATION).allowedCommands())
          .containsExactly(
              PetitionCommand.CLASSIFY,
              PetitionCommand.EXTEND,
              PetitionCommand.WITHDRAW,
              PetitionCommand.NOTIFY,
              PetitionCommand.ACCESS_IDENTITY);
      assertThat(received(PetitionKind.RECOMMENDATION).allowedCommands())
          .as("no rule gives a recommendation's processing an extension")
          .doesNotContain(PetitionCommand.EXTEND);
    }

    @Test
    void aPetitionIsReceivedOnlyOnce() {
      Petition petition = received(PetitionKind.COMPLAINT);
      PetitionEvent again =
          PetitionEvent.builder().command(PetitionCommand.RECEIVE).on(DAY).by(CLERK).build();

      PetitionWorkflowException e = assertRefused(petition, () -> petition.apply(again));
      assertThat(e.command()).isEqualTo(PetitionCommand.RECEIVE);
    }

    @Test
    void aCommandBeforeTheLastEventIsABadArgumentAndChangesNothing() {
      Petition petition = received(PetitionKind.COMPLAINT).classify(eligibleWithin(), DAY.plusDays(3), CLERK);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> petition.accept(DAY.plusDays(2), CHIEF))
          .withMessageContaining("history runs forward")
          .withMessageContaining(DAY.plusDays(2).toString())
          .withMessageContaining(DAY.plusDays(3).toString());
      assertThat(petition.state()).isEqualTo(PetitionState.CLASSIFIED);
      assertThat(petition.history()).hasSize(2);
    }

    @Test
    void stepsOnTheSameDayAreAllowed() {
      Petition petition =
          received(PetitionKind.COMPLAINT).classify(eligibleWithin(), DAY, CLERK).accept(DAY, CHIEF);

      assertThat(petition.state()).isEqualTo(PetitionState.ACCEPTED);
    }
  }

  @Nested
  class Classification_ {
    @Test
    void aPetitionMayBeClassifiedAgainBeforeTheDecision() {
      Petition petition =
          received(PetitionKind.DENUNCIATION)
              .classify(eligibleWithin(), DAY, CLERK)
              .classify(eligibleOutside(Recipient.INSPECTION_COMMITTEE, Procedure.PARTY_RULES), DAY, CLERK);

      assertThat(petition.state()).isEqualTo(PetitionState.CLASSIFIED);
      assertThat(petition.classification()).hasValueSatisfying(c -> assertThat(c.competent()).isFalse());
      assertThat(petition.procedure()).isEqualTo(Procedure.PARTY_RULES);
    }

    @Test
    void anAcceptedPetitionIsNotClassifiedAgain() {
      Petition petition = accepted(PetitionKind.COMPLAINT);

      PetitionWorkflowException e =
          assertRefused(petition, () -> petition.classify(eligibleWithin(), DAY.plusDays(3), CLERK));
      assertThat(e.state()).isEqualTo(PetitionState.ACCEPTED);
      assertThat(e.command()).isEqualTo(PetitionCommand.CLASSIFY);
      assertThat(e.allowedCommands()).isEqualTo(petition.allowedCommands()).doesNotContain(PetitionCommand.CLASSIFY);
      assertThat(e.petition()).isEqualTo(petition.id());
      assertThat(e.getMessage())
          .contains("is ACCEPTED (Đã thụ lý)")
          .contains("CLASSIFY is not allowed there")
          .contains("allowed: START_VERIFICATION, ASSESS_COMPLEXITY, RESOLVE, WITHDRAW, NOTIFY, ACCESS_IDENTITY");
    }
  }

  @Nested
  class Acceptance {
    @Test
    void anEligiblePetitionWithinCompetenceIsAccepted() {
      Petition petition = accepted(PetitionKind.DENUNCIATION);

      assertThat(petition.state()).isEqualTo(PetitionState.ACCEPTED);
      assertThat(petition.history()).extracting(PetitionEvent::command).last().isEqualTo(PetitionCommand.ACCEPT);
    }

    @Test
    void aPetitionIsNotAcceptedBeforeItIsClassified() {
      Petition petition = received(PetitionKind.DENUNCIATION);

      assertRefused(petition, () -> petition.accept(DAY, CHIEF));
    }

    @Test
    void anIneligiblePetitionIsNotAccepted() {
      Petition petition =
          received(PetitionKind.DENUNCIATION)
              .classify(withDefects(ProcessingDefect.UNDATED, ProcessingDefect.UNSIGNED), DAY, CLERK);

      PetitionWorkflowException e =
          assertRefusedBy(PetitionRuleBook.ACCEPT_ONLY_ELIGIBLE_2014, petition, () -> petition.accept(DAY, CHIEF));
      assertThat(e.getMessage()).contains("UNDATED").contains("UNSIGNED");
      assertThat(petition.allowedCommands()).doesNotContain(PetitionCommand.ACCEPT).contains(PetitionCommand.FILE);
    }

    @Test
    void aPetitionOutsideTheOfficesCompetenceIsForwardedNotAccepted() {
      Petition petition =
          received(PetitionKind.DENUNCIATION)
              .classify(eligibleOutside(Recipient.RECEPTION_BOARD, Procedure.STATE_LAW), DAY, CLERK);

      PetitionWorkflowException e = assertRefused(petition, () -> petition.accept(DAY, CHIEF));
      assertThat(e.getMessage()).contains("competence").contains("Điều 29");
      assertThat(petition.forward(PEOPLES_COMMITTEE, DAY, CLERK).state()).isEqualTo(PetitionState.FORWARDED);
    }
  }

  @Nested
  class Refusal {
    private final Petition complaint = received(PetitionKind.COMPLAINT).classify(eligibleWithin(), DAY, CLERK);
    private final Petition denunciation =
        received(PetitionKind.DENUNCIATION).classify(eligibleWithin(), DAY, CLERK);

    @Test
    void aRefusalGivesAStatutoryReasonAndClosesThePetition() {
      Petition refused = complaint.refuse(RefusalReason.COMPLAINT_TIME_LIMIT_EXPIRED, DAY.plusDays(5), CHIEF);

      assertThat(refused.state()).isEqualTo(PetitionState.REFUSED);
      assertThat(refused.isOpen()).isFalse();
      assertThat(refused.history().get(2).refusalReason()).contains(RefusalReason.COMPLAINT_TIME_LIMIT_EXPIRED);
    }

    @Test
    void aComplaintIsNotRefusedForADenunciationsReason() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> complaint.refuse(RefusalReason.DENUNCIATION_NO_BASIS, DAY, CHIEF))
          .withMessageContaining("DENUNCIATION_NO_BASIS")
          .withMessageContaining("COMPLAINT");
      assertThat(complaint.state()).isEqualTo(PetitionState.CLASSIFIED);
    }

    @Test
    void aReasonIsGivenOnlyWhileItsArticleIsInForce() {
      Petition early =
          received(PetitionKind.DENUNCIATION, LocalDate.of(2016, 3, 4))
              .classify(eligibleWithin(), LocalDate.of(2016, 3, 7), CLERK);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> early.refuse(RefusalReason.DENUNCIATION_NO_BASIS, LocalDate.of(2016, 3, 8), CHIEF))
          .withMessageContaining("not in force on 2016-03-08");
    }

    @Test
    void aPartyReasonIsGivenOnlyInThePartysChannel() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> denunciation.refuse(RefusalReason.PARTY_SIGNED_BY_SEVERAL, DAY, CHIEF))
          .withMessageContaining("PARTY_RULES")
          .withMessageContaining("STATE_LAW");
      Petition inParty =
          received(PetitionKind.DENUNCIATION)
              .classify(
                  PetitionFixtures.partyChannelWithin(),
                  DAY,
                  CLERK);
      assertThat(inParty.refuse(RefusalReason.PARTY_SIGNED_BY_SEVERAL, DAY, CHIEF).state())
          .isEqualTo(PetitionState.REFUSED);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> inParty.refuse(RefusalReason.DENUNCIATION_NO_BASIS, DAY, CHIEF));
    }

    @Test
    void recommendationsAndFeedbackAreFiledNotRefused() {
      Petition feedback = received(PetitionKind.FEEDBACK).classify(eligibleWithin(), DAY, CLERK);

      assertThat(feedback.allowedCommands()).doesNotContain(PetitionCommand.REFUSE).contains(PetitionCommand.FILE);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> feedback.refuse(RefusalReason.COMPLAINT_UNSIGNED, DAY, CHIEF));
      assertThat(feedback.file(DAY, CLERK).state()).isEqualTo(PetitionState.FILED);
    }
  }

  @Nested
  class ForwardingAndGuidance {
    private final Classification outside = eligibleOutside(Recipient.RECEPTION_BOARD, Procedure.STATE_LAW);

    @Test
    void aPetitionOutsideCompetenceIsForwardedToTheCompetentBody() {
      Petition forwarded =
          received(PetitionKind.COMPLAINT).classify(outside, DAY, CLERK).forward(PEOPLES_COMMITTEE, DAY, CLERK);

      assertThat(forwarded.state()).isEqualTo(PetitionState.FORWARDED);
      assertThat(forwarded.isOpen()).isFalse();
      assertThat(forwarded.history().get(2).destination()).contains(PEOPLES_COMMITTEE);
    }

    @Test
    void aPetitionWithinCompetenceIsNotForwarded() {
      Petition petition = received(PetitionKind.COMPLAINT).classify(eligibleWithin(), DAY, CLERK);

      assertRefusedBy(
          PetitionRuleBook.FORWARD_MATTER_OUTSIDE_COMPETENCE,
          petition,
          () -> petition.forward(PEOPLES_COMMITTEE, DAY, CLERK));
    }

    @Test
    void aDenunciationIsForwardedOnlyOnce() {
      Classification again =
          Classification.builder()
              .from(outside)
              .addDefects(ProcessingDefect.ALREADY_FORWARDED)
              .build();
      LocalDate day = LocalDate.of(2022, 5, 16);
      Petition petition = received(PetitionKind.DENUNCIATION, day).classify(again, day, CLERK);

      PetitionWorkflowException e =
          assertRefusedBy(
              PetitionRuleBook.FORWARD_DENUNCIATION_ONCE,
              petition,
              () -> petition.forward(PEOPLES_COMMITTEE, day, CLERK));
      assertThat(e.allowedCommands()).doesNotContain(PetitionCommand.FORWARD).contains(PetitionCommand.FILE);
      Petition before = received(PetitionKind.DENUNCIATION).classify(again, DAY, CLERK);
      assertThat(before.forward(PEOPLES_COMMITTEE, DAY, CLERK).state())
          .as("Thông tư 05/2021/TT-TTCP, Điều 14 is in force from 2021-11-15 only")
          .isEqualTo(PetitionState.FORWARDED);
    }

    @Test
    void aForwardedPetitionIsNotForwardedAgain() {
      Petition forwarded =
          received(PetitionKind.DENUNCIATION).classify(outside, DAY, CLERK).forward(PEOPLES_COMMITTEE, DAY, CLERK);

      assertRefused(forwarded, () -> forwarded.forward(INSPECTION_COMMITTEE, DAY, CLERK));
      assertThat(forwarded.allowedCommands())
          .containsExactly(PetitionCommand.NOTIFY, PetitionCommand.ACCESS_IDENTITY, PetitionCommand.RECORD_RESULT);
    }

    @Test
    void aPetitionerIsGuidedOnlyOnce() {
      Petition first = received(PetitionKind.COMPLAINT).classify(outside, DAY, CLERK);
      assertThat(first.guide(PEOPLES_COMMITTEE, DAY, CLERK).state()).isEqualTo(PetitionState.GUIDED);

      Petition second =
          received(PetitionKind.COMPLAINT).classify(withDefects(ProcessingDefect.ALREADY_GUIDED), DAY, CLERK);
      assertRefusedBy(PetitionRuleBook.GUIDE_ONCE_2014, second, () -> second.guide(PEOPLES_COMMITTEE, DAY, CLERK));
      assertThat(second.file(DAY, CLERK).state()).isEqualTo(PetitionState.FILED);
    }
  }

  @Nested
  class Resolution {
    @Test
    void anAcceptedPetitionIsVerifiedAndResolved() {
      Petition resolved =
          accepted(PetitionKind.DENUNCIATION)
              .startVerification(DAY.plusDays(3), CLERK)
              .resolve(Finding.PARTLY_WELL_FOUNDED, DAY.plusDays(20), CHIEF);

      assertThat(resolved.state()).isEqualTo(PetitionState.RESOLVED);
      assertThat(resolved.isOpen()).isTrue();
      assertThat(resolved.close(DAY.plusDays(25), CHIEF).state()).isEqualTo(PetitionState.CLOSED);
    }

    @Test
    void aRecommendationIsAnsweredAndNotJudged() {
      Petition recommendation = accepted(PetitionKind.RECOMMENDATION);

      assertThat(recommendation.resolve(Finding.ANSWERED, DAY.plusDays(4), CHIEF).state())
          .isEqualTo(PetitionState.RESOLVED);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> recommendation.resolve(Finding.WELL_FOUNDED, DAY.plusDays(4), CHIEF))
          .withMessageContaining("with an answer");
    }

    @Test
    void aComplaintIsJudgedAndNotMerelyAnswered() {
      Petition complaint = accepted(PetitionKind.COMPLAINT);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> complaint.resolve(Finding.ANSWERED, DAY.plusDays(4), CHIEF))
          .withMessageContaining("right or wrong");
      assertThat(complaint.state()).isEqualTo(PetitionState.ACCEPTED);
    }

    @Test
    void aMixedPetitionMayBeJudgedOrAnswered() {
      assertThat(accepted(PetitionKind.MIXED).resolve(Finding.ANSWERED, DAY.plusDays(4), CHIEF).state())
          .isEqualTo(PetitionState.RESOLVED);
      assertThat(accepted(PetitionKind.MIXED).resolve(Finding.UNFOUNDED, DAY.plusDays(4), CHIEF).state())
          .isEqualTo(PetitionState.RESOLVED);
    }

    @Test
    void aPetitionIsNotResolvedBeforeItIsAccepted() {
      Petition petition = received(PetitionKind.DENUNCIATION).classify(eligibleWithin(), DAY, CLERK);

      assertRefused(petition, () -> petition.resolve(Finding.UNFOUNDED, DAY, CHIEF));
    }
  }

  @Nested
  class Extension {
    @Test
    void aNormalDenunciationIsNotExtended() {
      Petition petition = accepted(PetitionKind.DENUNCIATION);

      PetitionWorkflowException e = assertRefused(petition, () -> petition.extend(30, DAY.plusDays(20), CHIEF));
      assertThat(e.getMessage()).contains("Điều 30").contains("NORMAL");
    }

    @Test
    void aComplexDenunciationIsExtendedOnce() {
      Petition complex =
          accepted(PetitionKind.DENUNCIATION)
              .assessComplexity(criteria(1), DAY.plusDays(3), CHIEF)
              .extend(30, DAY.plusDays(25), CHIEF);

      assertThat(complex.complexity()).isEqualTo(Complexity.COMPLEX);
      assertThat(complex.extensions()).isEqualTo(1);
      assertRefusedBy(
          PetitionRuleBook.DENUNCIATION_RESOLUTION_COMPLEX, complex, () -> complex.extend(10, DAY.plusDays(50), CHIEF));
    }

    @Test
    void anEspeciallyComplexDenunciationIsExtendedTwice() {
      Petition twice =
          accepted(PetitionKind.DENUNCIATION)
              .startVerification(DAY.plusDays(3), CLERK)
              .assessComplexity(criteria(2), DAY.plusDays(3), CHIEF)
              .extend(30, DAY.plusDays(25), CHIEF)
              .extend(15, DAY.plusDays(55), CHIEF);

      assertThat(twice.complexity()).isEqualTo(Complexity.ESPECIALLY_COMPLEX);
      assertThat(twice.extensions()).isEqualTo(2);
      assertRefused(twice, () -> twice.extend(1, DAY.plusDays(60), CHIEF));
    }

    @Test
    void anExtensionAddsAtMostThirtyDays() {
      Petition complex = accepted(PetitionKind.DENUNCIATION).assessComplexity(criteria(1), DAY.plusDays(3), CHIEF);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> complex.extend(31, DAY.plusDays(25), CHIEF))
          .withMessageStartingWith("DENUNCIATION_RESOLUTION_COMPLEX allows an extension of 1 to 30 calendar days")
          .withMessageContaining("31 were asked for");
      assertThat(complex.extensions()).isZero();
    }

    @Test
    void aComplaintIsNotExtendedItsComplexityLengthensItsLimit() {
      Petition complaint = accepted(PetitionKind.COMPLAINT).assessComplexity(criteria(1), DAY.plusDays(3), CHIEF);

      assertThat(complaint.complexity()).isEqualTo(Complexity.COMPLEX);
      assertRefusedBy(
          PetitionRuleBook.COMPLAINT_RESOLUTION_COMPLEX, complaint, () -> complaint.extend(15, DAY.plusDays(20), CHIEF));
    }

    @Test
    void aDenunciationReceivedBefore2019IsExtendedOnceBy60DaysIfComplex() {
      LocalDate day = LocalDate.of(2016, 3, 4);
      Petition early =
          received(PetitionKind.DENUNCIATION, day)
              .classify(eligibleWithin(), day, CLERK)
              .accept(day, CHIEF)
              .assessComplexity(criteria(2), day, CHIEF);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> early.extend(61, day.plusDays(80), CHIEF))
          .withMessageContaining("1 to 60 calendar days (Luật Tố cáo 03/2011/QH13, Điều 21)");
      Petition extended = early.extend(60, day.plusDays(80), CHIEF);
      assertRefusedBy(
          PetitionRuleBook.DENUNCIATION_RESOLUTION_COMPLEX_2011,
          extended,
          () -> extended.extend(1, day.plusDays(140), CHIEF));
    }

    @Test
    void aNormalDenunciationReceivedBefore2019IsExtendedOnceBy30Days() {
      LocalDate day = LocalDate.of(2016, 3, 4);
      Petition early =
          received(PetitionKind.DENUNCIATION, day).classify(eligibleWithin(), day, CLERK).accept(day, CHIEF);

      assertThatIllegalArgumentException().isThrownBy(() -> early.extend(31, day.plusDays(50), CHIEF));
      assertThat(early.extend(30, day.plusDays(50), CHIEF).extensions()).isEqualTo(1);
    }

    @Test
    void aDenunciationReceivedBeforeTheRuleBooksFirstLawIsNotExtended() {
      LocalDate day = LocalDate.of(2012, 6, 29);
      Petition early =
          received(PetitionKind.DENUNCIATION, day).classify(eligibleWithin(), day, CLERK).accept(day, CHIEF);

      PetitionWorkflowException e = assertRefused(early, () -> early.extend(10, day.plusDays(50), CHIEF));
      assertThat(e.rule()).as("no rule of the book reaches back before 2012-07-01").isEmpty();
      assertThat(e.getMessage()).contains("no time limit of RESOLUTION").contains("received on 2012-06-29");
    }

    @Test
    void aDenunciationInThePartysChannelIsExtendedOnce() {
      LocalDate day = LocalDate.of(2020, 3, 4);
      Intake atAProvince = intake("P-D-1", PetitionKind.DENUNCIATION, day).level(Level.PROVINCIAL).build();
      Petition party =
          Petition.receive(atAProvince, CLERK)
              .classify(PetitionFixtures.partyChannelWithin(), day, CLERK)
              .accept(day, CHIEF)
              .extend(30, day.plusDays(80), CHIEF);

      assertThat(party.extensions(PetitionStage.PARTY_RESOLUTION)).isEqualTo(1);
      assertRefusedBy(
          PetitionRuleBook.PARTY_RESOLUTION_FROM_QD_22.validity().contains(day)
              ? PetitionRuleBook.PARTY_RESOLUTION_FROM_QD_22
              : PetitionRuleBook.PARTY_RESOLUTION,
          party,
          () -> party.extend(30, day.plusDays(100), CHIEF));
    }

    @Test
    void complexityIsNotLoweredBelowTheExtensionsGranted() {
      Petition twice =
          accepted(PetitionKind.DENUNCIATION)
              .assessComplexity(criteria(2), DAY.plusDays(3), CHIEF)
              .extend(30, DAY.plusDays(25), CHIEF)
              .extend(30, DAY.plusDays(55), CHIEF);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> twice.assessComplexity(criteria(1), DAY.plusDays(60), CHIEF))
          .withMessageContaining("2 extensions were already granted");
      assertThat(twice.complexity()).isEqualTo(Complexity.ESPECIALLY_COMPLEX);
    }
  }

  @Nested
  class Suspension {
    @Test
    void aDenunciationIsSuspendedAndResumed() {
      Petition suspended = accepted(PetitionKind.DENUNCIATION).suspend("chờ kết quả giám định", DAY.plusDays(5), CHIEF);

      assertThat(suspended.state()).isEqualTo(PetitionState.SUSPENDED);
      assertThat(suspended.isOpen()).isTrue();
      assertThat(suspended.allowedCommands()).contains(PetitionCommand.RESUME).doesNotContain(PetitionCommand.RESOLVE);
      assertRefused(suspended, () -> suspended.resolve(Finding.UNFOUNDED, DAY.plusDays(6), CHIEF));
      assertThat(suspended.resume(DAY.plusDays(9), CHIEF).state()).isEqualTo(PetitionState.VERIFYING);
    }

    @Test
    void aComplaintReceivedBeforeJuly2026IsNotSuspended() {
      Petition complaint = accepted(PetitionKind.COMPLAINT);

      assertThat(assertRefused(complaint, () -> complaint.suspend("chờ", DAY.plusDays(5), CHIEF)).getMessage())
          .contains("2026-07-01");
    }

    @Test
    void aComplaintReceivedFromJuly2026MayBeSuspended() {
      LocalDate day = LocalDate.of(2026, 7, 1);
      Petition complaint =
          received(PetitionKind.COMPLAINT, day).classify(eligibleWithin(), day, CLERK).accept(day, CHIEF);

      assertThat(complaint.suspend("chờ ý kiến cơ quan chuyên môn", day.plusDays(3), CHIEF).state())
          .isEqualTo(PetitionState.SUSPENDED);
    }

    @Test
    void aSuspensionNeedsAReason() {
      Petition petition = accepted(PetitionKind.DENUNCIATION);

      assertThatIllegalArgumentException().isThrownBy(() -> petition.suspend(" ", DAY.plusDays(5), CHIEF));
    }

    @Test
    void onlyASuspendedPetitionIsResumed() {
      Petition petition = accepted(PetitionKind.DENUNCIATION);

      assertRefused(petition, () -> petition.resume(DAY.plusDays(5), CHIEF));
    }
  }

  @Nested
  class SecondComplaintAndFinality {
    private final Petition firstDecision =
        accepted(PetitionKind.COMPLAINT).resolve(Finding.UNFOUNDED, DAY.plusDays(30), CHIEF);

    @Test
    void aComplaintResolvedTheFirstTimeGoesToASecondComplaint() {
      Petition second = firstDecision.lodgeSecondComplaint(DAY.plusDays(40), CLERK);

      assertThat(second.state()).isEqualTo(PetitionState.SECOND_COMPLAINT);
      assertThat(second.round()).isEqualTo(ComplaintRound.SECOND);
      Petition resolved =
          second
              .accept(DAY.plusDays(45), CHIEF)
              .assessComplexity(criteria(1), DAY.plusDays(46), CHIEF)
              .resolve(Finding.WELL_FOUNDED, DAY.plusDays(80), CHIEF);
      assertThat(resolved.complexity()).isEqualTo(Complexity.COMPLEX);
      assertRefused(resolved, () -> resolved.lodgeSecondComplaint(DAY.plusDays(90), CLERK));
      Petition closed = resolved.recordFinality(DAY.plusDays(111), CLERK).close(DAY.plusDays(112), CLERK);
      assertThat(closed.state()).isEqualTo(PetitionState.CLOSED);
    }

    @Test
    void theSecondRoundStartsWithNormalComplexity() {
      Petition complexFirst =
          accepted(PetitionKind.COMPLAINT)
              .assessComplexity(criteria(1), DAY.plusDays(3), CHIEF)
              .resolve(Finding.UNFOUNDED, DAY.plusDays(40), CHIEF)
              .lodgeSecondComplaint(DAY.plusDays(50), CLERK);

      assertThat(complexFirst.complexity()).isEqualTo(Complexity.NORMAL);
    }

    @Test
    void aSecondComplaintMayBeRefused() {
      Petition refused =
          firstDecision
              .lodgeSecondComplaint(DAY.plusDays(90), CLERK)
              .refuse(RefusalReason.COMPLAINT_TIME_LIMIT_EXPIRED, DAY.plusDays(95), CHIEF);

      assertThat(refused.state()).isEqualTo(PetitionState.REFUSED);
    }

    @Test
    void aComplaintDecisionIsClosedOnlyOnceFinal() {
      assertRefusedBy(
          PetitionRuleBook.CLOSE_COMPLAINT_ONCE_FINAL,
          firstDecision,
          () -> firstDecision.close(DAY.plusDays(31), CHIEF));

      Petition fin = firstDecision.recordFinality(DAY.plusDays(61), CLERK);
      assertThat(fin.state()).isEqualTo(PetitionState.FINAL);
      assertThat(fin.isOpen()).isFalse();
      assertThat(fin.allowedCommands()).contains(PetitionCommand.CLOSE).doesNotContain(PetitionCommand.WITHDRAW);
      assertThat(fin.close(DAY.plusDays(62), CHIEF).state()).isEqualTo(PetitionState.CLOSED);
    }

    @Test
    void onlyAComplaintHasASecondRoundOrFinality() {
      Petition denunciation =
          accepted(PetitionKind.DENUNCIATION).resolve(Finding.WELL_FOUNDED, DAY.plusDays(20), CHIEF);

      PetitionWorkflowException e =
          assertRefused(denunciation, () -> denunciation.lodgeSecondComplaint(DAY.plusDays(30), CLERK));
      assertThat(e.rule()).as("only complaints have a second round").isEmpty();
      assertThat(e.getMessage()).contains("no rule of the rule book provides LODGE_SECOND_COMPLAINT for a DENUNCIATION");
      assertThat(assertRefused(denunciation, () -> denunciation.recordFinality(DAY.plusDays(30), CLERK)).rule())
          .as("finality is of a complaint decision only")
          .isEmpty();
      assertThat(PetitionRuleBook.DECISION_BECOMES_FINAL.kinds()).containsExactly(PetitionKind.COMPLAINT);
    }
  }

  @Nested
  class Withdrawal_ {
    @Test
    void aComplaintIsWithdrawnAtAnyTimeBeforeItsDecisionAndStops() {
      for (Petition petition :
          List.of(
              received(PetitionKind.COMPLAINT),
              received(PetitionKind.COMPLAINT).classify(eligibleWithin(), DAY, CLERK),
              accepted(PetitionKind.COMPLAINT),
              accepted(PetitionKind.COMPLAINT).startVerification(DAY.plusDays(3), CLERK))) {
        Petition withdrawn = petition.withdraw(Withdrawal.whole(), DAY.plusDays(4), CLERK);
        assertThat(withdrawn.state()).isEqualTo(PetitionState.WITHDRAWN);
        assertThat(withdrawn.isOpen()).isFalse();
      }
    }

    @Test
    void aSecondComplaintMayBeWithdrawn() {
      Petition second =
          accepted(PetitionKind.COMPLAINT)
              .resolve(Finding.UNFOUNDED, DAY.plusDays(30), CHIEF)
              .lodgeSecondComplaint(DAY.plusDays(40), CLERK);

      assertThat(second.withdraw(Withdrawal.whole(), DAY.plusDays(41), CLERK).state())
          .isEqualTo(PetitionState.WITHDRAWN);
    }

    @Test
    void aDenunciationIsNotWithdrawnAfterItsConclusion() {
      Petition concluded = accepted(PetitionKind.DENUNCIATION).resolve(Finding.UNFOUNDED, DAY.plusDays(20), CHIEF);

      assertRefused(concluded, () -> concluded.withdraw(Withdrawal.whole(), DAY.plusDays(21), CLERK));
    }

    @Test
    void aPartialWithdrawalLeavesTheRestToBeResolved() {
      Petition partly = accepted(PetitionKind.DENUNCIATION).withdraw(Withdrawal.partial(), DAY.plusDays(5), CLERK);

      assertThat(partly.state()).isEqualTo(PetitionState.ACCEPTED);
      assertThat(partly.history()).hasSize(4);
    }

    @Test
    void aCoercedWithdrawalOfADenunciationDoesNotStopIt() {
      Petition coerced =
          accepted(PetitionKind.DENUNCIATION)
              .withdraw(Withdrawal.whole().continuedBecause(ContinuationGround.COERCED), DAY.plusDays(5), CLERK);

      assertThat(coerced.state()).isEqualTo(PetitionState.ACCEPTED);
      assertThat(coerced.resolve(Finding.WELL_FOUNDED, DAY.plusDays(20), CHIEF).state())
          .isEqualTo(PetitionState.RESOLVED);
    }

    @Test
    void aComplaintWithdrawnStopsWhateverTheGround() {
      Petition complaint = accepted(PetitionKind.COMPLAINT);

      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  complaint.withdraw(
                      Withdrawal.whole().continuedBecause(ContinuationGround.SIGNS_OF_VIOLATION),
                      DAY.plusDays(5),
                      CLERK))
          .withMessageContaining("Điều 33")
          .withMessageContaining("Điều 10");
    }

    @Test
    void theLawProvidesNoWithdrawalOfARecommendation() {
      Petition recommendation = received(PetitionKind.RECOMMENDATION);

      PetitionWorkflowException e =
          assertRefused(recommendation, () -> recommendation.withdraw(Withdrawal.whole(), DAY, CLERK));
      assertThat(e.rule()).as("no rule provides a withdrawal of a recommendation").isEmpty();
      assertThat(e.getMessage()).contains("no rule of the rule book provides WITHDRAW for a RECOMMENDATION");
    }
  }

  @Nested
  class Notices {
    @Test
    void aNoticeIsRecordedWithoutChangingTheState() {
      Petition accepted = accepted(PetitionKind.DENUNCIATION);
      Petition notified = accepted.notify(PetitionStage.ACCEPTANCE_NOTICE, DAY.plusDays(3), CLERK);

      assertThat(notified.state()).isEqualTo(PetitionState.ACCEPTED);
      assertThat(notified.history().get(notified.history().size() - 1).notice())
          .contains(PetitionStage.ACCEPTANCE_NOTICE);
    }

    @Test
    void anAcceptanceNoticeFollowsAcceptance() {
      Petition petition = received(PetitionKind.DENUNCIATION);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> petition.notify(PetitionStage.ACCEPTANCE_NOTICE, DAY, CLERK))
          .withMessageContaining("follows the ACCEPT of its round");
      assertThat(petition.history()).hasSize(1);
    }

    @Test
    void aDecisionIsDispatchedAfterItIsMade() {
      Petition accepted = accepted(PetitionKind.COMPLAINT);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> accepted.notify(PetitionStage.DECISION_DISPATCH, DAY.plusDays(3), CLERK));
      Petition resolved = accepted.resolve(Finding.UNFOUNDED, DAY.plusDays(20), CHIEF);
      assertThat(resolved.notify(PetitionStage.DECISION_DISPATCH, DAY.plusDays(21), CLERK).history()).hasSize(5);
    }

    @Test
    void onlyNoticesOfThePetitionsKindAreRecorded() {
      Petition complaint = accepted(PetitionKind.COMPLAINT);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> complaint.notify(PetitionStage.ACCEPTANCE_NOTICE, DAY.plusDays(3), CLERK))
          .withMessageContaining("not a notice of a COMPLAINT");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> complaint.notify(PetitionStage.RESOLUTION, DAY.plusDays(3), CLERK));
    }

    @Test
    void aReceiptNoticeAndAResultRelayMayBeSentAnyTime() {
      Petition forwarded =
          received(PetitionKind.FEEDBACK)
              .notify(PetitionStage.RECEIPT_NOTICE, DAY, CLERK)
              .classify(eligibleOutside(Recipient.RECEPTION_BOARD, Procedure.STATE_LAW), DAY, CLERK)
              .forward(PEOPLES_COMMITTEE, DAY, CLERK)
              .notify(PetitionStage.RESULT_RELAY, DAY.plusDays(30), CLERK);

      assertThat(forwarded.state()).isEqualTo(PetitionState.FORWARDED);
    }
  }

  @Nested
  class Confidentiality {
    @Test
    void revealingTheIdentityIsRecordedWithItsReason() {
      Petition petition = accepted(PetitionKind.DENUNCIATION);

      Disclosure disclosure = petition.revealIdentity("bố trí gặp người tố cáo", DAY.plusDays(3), CHIEF);

      assertThat(disclosure.identities()).containsExactly(PetitionFixtures.denouncer());
      PetitionEvent access = disclosure.petition().history().get(disclosure.petition().history().size() - 1);
      assertThat(access.command()).isEqualTo(PetitionCommand.ACCESS_IDENTITY);
      assertThat(access.reason()).contains("bố trí gặp người tố cáo");
      assertThat(access.by()).isEqualTo(CHIEF);
      assertThat(disclosure.petition().state()).isEqualTo(PetitionState.ACCEPTED);
      assertThat(disclosure.toString()).isEqualTo("Disclosure[P-D-1, 1 identity]");
    }

    @Test
    void theRedactedCopyHasNoIdentityToReveal() {
      Petition redacted = accepted(PetitionKind.DENUNCIATION).redacted();

      assertThat(redacted.intake().petitioners().isRedacted()).isTrue();
      assertThat(redacted.state()).isEqualTo(PetitionState.ACCEPTED);
      assertThat(redacted.redacted()).isSameAs(redacted);
      assertThat(assertRefused(redacted, () -> redacted.revealIdentity("x", DAY.plusDays(3), CHIEF)).getMessage())
          .contains("no identity to reveal");
    }

    @Test
    void anAnonymousPetitionHasNoIdentityToReveal() {
      Petition anonymous =
          Petition.receive(
              intake("P-A-1", PetitionKind.DENUNCIATION, DAY).petitioners(Petitioners.anonymous()).build(), CLERK);

      assertThat(anonymous.allowedCommands()).doesNotContain(PetitionCommand.ACCESS_IDENTITY);
      assertThat(anonymous.redacted().intake().petitioners().isRedacted()).isTrue();
    }

    @Test
    void aRevealNeedsAReason() {
      Petition petition = received(PetitionKind.DENUNCIATION);

      assertThatIllegalArgumentException().isThrownBy(() -> petition.revealIdentity("", DAY, CHIEF));
      assertThat(petition.history()).hasSize(1);
    }

    @Test
    void thePetitionsTextShowsNoIdentity() {
      Petition petition = accepted(PetitionKind.DENUNCIATION);

      assertThat(petition.toString()).isEqualTo("Petition[P-D-1 DENUNCIATION ACCEPTED, received 2019-03-04, 3 events]");
      assertThat(received(PetitionKind.DENUNCIATION).toString()).endsWith("1 event]");
      assertThat(petition.intake().toString()).doesNotContain("Ngọc").doesNotContain("363000111222");
    }
  }

  @Nested
  class Replay {
    @Test
    void theHistoryReplaysToTheSamePetition() {
      Petition petition =
          accepted(PetitionKind.DENUNCIATION)
              .assessComplexity(criteria(2), DAY.plusDays(3), CHIEF)
              .extend(30, DAY.plusDays(25), CHIEF)
              .suspend("chờ", DAY.plusDays(26), CHIEF)
              .resume(DAY.plusDays(30), CHIEF);

      Petition replayed = Petition.replay(petition.intake(), petition.history());

      assertThat(replayed).isEqualTo(petition).hasSameHashCodeAs(petition);
      assertThat(replayed.state()).isEqualTo(petition.state());
      assertThat(replayed.complexity()).isEqualTo(petition.complexity());
      assertThat(replayed.extensions()).isEqualTo(2 - 1);
    }

    @Test
    void aHistoryStartsWithTheReceiptOnTheDayReceived() {
      Petition petition = accepted(PetitionKind.COMPLAINT);

      assertThatIllegalArgumentException()
          .isThrownBy(() -> Petition.replay(petition.intake(), List.of()))
          .withMessageContaining("empty");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Petition.replay(petition.intake(), petition.history().subList(1, 3)))
          .withMessageContaining("starts with its receipt");
      PetitionEvent lateReceipt =
          PetitionEvent.builder().command(PetitionCommand.RECEIVE).on(DAY.plusDays(1)).by(CLERK).build();
      assertThatIllegalArgumentException()
          .isThrownBy(() -> Petition.replay(petition.intake(), List.of(lateReceipt)));
    }

    @Test
    void anInvalidHistoryIsRefusedWhereItGoesWrong() {
      Petition petition = accepted(PetitionKind.COMPLAINT);
      List<PetitionEvent> skipped = List.of(petition.history().get(0), petition.history().get(2));

      assertThatThrownBy(() -> Petition.replay(petition.intake(), skipped))
          .isInstanceOf(PetitionWorkflowException.class)
          .hasMessageContaining("ACCEPT is not allowed");
    }

    @Test
    void petitionsWithTheSameIntakeAndHistoryAreEqual() {
      Petition a = accepted(PetitionKind.COMPLAINT);
      Petition b = accepted(PetitionKind.COMPLAINT);
      Petition other = accepted(PetitionKind.DENUNCIATION);

      assertThat(a).isEqualTo(b).hasSameHashCodeAs(b).isNotEqualTo(other).isNotEqualTo("P-C-1");
      assertThat(a).isNotEqualTo(a.startVerification(DAY.plusDays(3), CLERK));
      assertThat(a).isNotEqualTo(a.redacted());
      assertThat(a.hashCode())
          .isNotEqualTo(a.startVerification(DAY.plusDays(3), CLERK).hashCode())
          .isNotEqualTo(a.redacted().hashCode());
    }
  }
}
