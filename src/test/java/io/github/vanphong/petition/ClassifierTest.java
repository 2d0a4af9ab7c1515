package io.github.vanphong.petition;

import static io.github.vanphong.petition.PetitionFixtures.CHIEF;
import static io.github.vanphong.petition.PetitionFixtures.CLERK;
import static io.github.vanphong.petition.PetitionFixtures.INSPECTION_COMMITTEE;
import static io.github.vanphong.petition.PetitionFixtures.IN_2022;
import static io.github.vanphong.petition.PetitionFixtures.anonymousDenunciation;
import static io.github.vanphong.petition.PetitionFixtures.denunciationOfMember;
import static io.github.vanphong.petition.PetitionFixtures.facts;
import static io.github.vanphong.petition.PetitionFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.logging.CapturedLog;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {

  private static final Classifier STANDARD = Classifier.standard();
  private static final LocalDate IN_2016 = LocalDate.of(2016, 3, 4);
  private static final LocalDate IN_2027 = LocalDate.of(2027, 3, 1);
  private static final LegalBasis QUY_CHE =
      LegalBasis.builder()
          .instrument(Instrument.of("Quy chế 05-QC/TU (ví dụ)", LocalDate.of(2016, 1, 1)))
          .article("Điều 9")
          
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  // ---- eligibility ---------------------------------------------------------------------------------------------

  @Test
  void aLetterInOrderIsEligible() {
    Classification c = STANDARD.classify(petition(PetitionKind.COMPLAINT, IN_2022), facts().build());
    assertThat(c.isEligible()).isTrue();
    assertThat(c.defects()).isEmpty();
    assertThat(c.checkableForManagement()).isFalse();
  }

  @Test
  void anAnonymousDenunciationIsNotProcessedUnderTheLaw() {
    Petition anonymous = anonymousDenunciation(IN_2022);
    Classification c = STANDARD.classify(anonymous, facts().build());
    assertThat(c.isEligible()).isFalse();
    assertThat(c.defects()).containsExactly(ProcessingDefect.NO_NAME_OR_ADDRESS);
    assertThat(STANDARD.breaches(anonymous, facts().build()))
        .containsExactly(Classifier.SENDER_NAMED_WITH_ADDRESS, Classifier.ANONYMOUS_DENUNCIATION_NOT_PROCESSED);
    assertThat(c.checkableForManagement()).as("no concrete evidence").isFalse();
  }

  @Test
  void aDenunciationUnderAFalseNameIsNotProcessedEither() {
    Petition falseName =
        petition(
            PetitionKind.DENUNCIATION,
            IN_2022,
            Petitioners.falseName(PetitionFixtures.denouncer()),
            Subject.of(SubjectKind.OFFICIAL, "cán bộ thuế"));
    assertThat(STANDARD.breaches(falseName, facts().build()))
        .contains(Classifier.ANONYMOUS_DENUNCIATION_NOT_PROCESSED);
  }

  @Test
  void anAnonymousDenunciationWithConcreteEvidenceMayBeCheckedForManagement() {
    Classification c = STANDARD.classify(anonymousDenunciation(IN_2022), facts().concreteEvidence(true).build());
    assertThat(c.isEligible()).isFalse();
    assertThat(c.checkableForManagement()).isTrue();
    Classification named =
        STANDARD.classify(petition(PetitionKind.DENUNCIATION, IN_2022), facts().signed(false).concreteEvidence(true).build());
    assertThat(named.checkableForManagement()).as("Điều 25 is about the anonymous letter").isFalse();
    Classification complaint =
        STANDARD.classify(
            petition(PetitionKind.COMPLAINT, IN_2022, Petitioners.anonymous(), Subject.of(SubjectKind.OTHER, "x")),
            facts().concreteEvidence(true).build());
    assertThat(complaint.checkableForManagement()).as("Điều 25 is a rule of denunciations").isFalse();
  }

  @Test
  void anAnonymousComplaintIsNotEligibleUnderTheCircular() {
    Petition complaint =
        petition(PetitionKind.COMPLAINT, IN_2016, Petitioners.anonymous(), Subject.of(SubjectKind.OTHER, "x"));
    assertThat(STANDARD.breaches(complaint, facts().build())).containsExactly(Classifier.SENDER_NAMED_WITH_ADDRESS);
  }

  @Test
  void onlyALetterNotProcessedIsCheckedForManagementInstead() {
    Classification.Builder eligible =
        Classification.builder().competent(true).recipient(Recipient.RECEPTION_BOARD).checkableForManagement(true);
    assertThatThrownBy(eligible::build)
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "only a letter not processed under the law is checked for management instead (Luật Tố cáo 25/2018/QH14,"
                + " Điều 25, khoản 2); this classification has no defect");
    assertThat(eligible.addDefects(ProcessingDefect.NO_NAME_OR_ADDRESS).build().checkableForManagement()).isTrue();
    assertThat(PetitionFixtures.withDefects(ProcessingDefect.UNSIGNED).checkableForManagement())
        .as("not checkable unless said")
        .isFalse();
  }

  @Test
  void aLetterSentToSeveralBodiesIncludingTheCompetentOneIsNotProcessed() {
    Petition denunciation = petition(PetitionKind.DENUNCIATION, IN_2022);
    LetterFacts elsewhere = facts().sentAlsoToCompetentBody(true).withinCompetence(false).build();
    Classification c = STANDARD.classify(denunciation, elsewhere);
    assertThat(c.defects()).containsExactly(ProcessingDefect.SENT_TO_SEVERAL_BODIES);
    assertThat(STANDARD.breaches(denunciation, elsewhere))
        .containsExactly(Classifier.ONLY_THE_COMPETENT_BODY_PROCESSES, Classifier.DENUNCIATION_SENT_TO_SEVERAL_BODIES);
    LetterFacts here = facts().sentAlsoToCompetentBody(true).withinCompetence(true).build();
    assertThat(STANDARD.classify(denunciation, here).isEligible()).as("the competent body processes it").isTrue();
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2022);
    assertThat(STANDARD.breaches(complaint, elsewhere)).containsExactly(Classifier.ONLY_THE_COMPETENT_BODY_PROCESSES);
  }

  @Test
  void aPetitionerIsGuidedOnlyOnce() {
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2016);
    LetterFacts guided = facts().alreadyGuided(true).build();
    Classification c = STANDARD.classify(complaint, guided);
    assertThat(c.defects()).containsExactly(ProcessingDefect.ALREADY_GUIDED);
    assertThat(STANDARD.breaches(complaint, guided)).containsExactly(Classifier.GUIDE_ONCE);
    Petition denunciation = petition(PetitionKind.DENUNCIATION, IN_2022);
    assertThat(STANDARD.breaches(denunciation, facts().alreadyGuided(true).withinCompetence(false).build()))
        .containsExactly(Classifier.GUIDE_ONCE, Classifier.DENUNCIATION_GUIDED_ONCE);
    Petition classified = complaint.classify(c, IN_2016, CLERK);
    assertThatThrownBy(() -> classified.guide(INSPECTION_COMMITTEE, IN_2016, CLERK))
        .isInstanceOf(PetitionWorkflowException.class);
  }

  @Test
  void aDenunciationIsForwardedOnlyOnce() {
    Petition denunciation = petition(PetitionKind.DENUNCIATION, IN_2022);
    LetterFacts forwarded = facts().alreadyForwarded(true).withinCompetence(false).build();
    Classification c = STANDARD.classify(denunciation, forwarded);
    assertThat(c.defects()).containsExactly(ProcessingDefect.ALREADY_FORWARDED);
    assertThatThrownBy(() -> denunciation.classify(c, IN_2022, CLERK).forward(INSPECTION_COMMITTEE, IN_2022, CLERK))
        .isInstanceOfSatisfying(
            PetitionWorkflowException.class,
            e -> assertThat(e.rule()).contains(PetitionRuleBook.FORWARD_DENUNCIATION_ONCE));
    assertThat(STANDARD.classify(denunciation, facts().alreadyForwarded(true).build()).isEligible())
        .as("the competent body, to which it was forwarded, processes it")
        .isTrue();
    assertThat(STANDARD.classify(petition(PetitionKind.COMPLAINT, IN_2022), forwarded).isEligible())
        .as("the rule is of denunciations")
        .isTrue();
    assertThat(STANDARD.classify(petition(PetitionKind.DENUNCIATION, LocalDate.of(2021, 11, 14)), forwarded).isEligible())
        .as("Thông tư 05/2021/TT-TTCP applies from 2021-11-15")
        .isTrue();
    assertThat(STANDARD.classify(petition(PetitionKind.DENUNCIATION, LocalDate.of(2021, 11, 15)), forwarded).defects())
        .containsExactly(ProcessingDefect.ALREADY_FORWARDED);
  }

  @Test
  void everyDefectIsReportedAtOnce() {
    Petition anonymous = anonymousDenunciation(IN_2022);
    LetterFacts everything =
        facts()
            .inVietnamese(false)
            .dated(false)
            .signed(false)
            .contentComplete(false)
            .alreadyResolved(true)
            .sentAlsoToCompetentBody(true)
            .alreadyGuided(true)
            .alreadyForwarded(true)
            .withinCompetence(false)
            .build();
    assertThat(STANDARD.classify(anonymous, everything).defects()).containsExactlyInAnyOrder(ProcessingDefect.values());
    assertThat(STANDARD.breaches(anonymous, everything)).containsExactlyElementsOf(STANDARD.eligibilityRules());
  }

  @Test
  void eachConditionOfTheCircularYieldsItsDefect() {
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2016);
    assertThat(STANDARD.classify(complaint, facts().inVietnamese(false).build()).defects())
        .containsExactly(ProcessingDefect.NOT_IN_VIETNAMESE);
    assertThat(STANDARD.classify(complaint, facts().dated(false).build()).defects())
        .containsExactly(ProcessingDefect.UNDATED);
    assertThat(STANDARD.classify(complaint, facts().signed(false).build()).defects())
        .containsExactly(ProcessingDefect.UNSIGNED);
    assertThat(STANDARD.classify(complaint, facts().contentComplete(false).build()).defects())
        .containsExactly(ProcessingDefect.UNCLEAR_CONTENT);
    assertThat(STANDARD.classify(complaint, facts().alreadyResolved(true).build()).defects())
        .containsExactly(ProcessingDefect.ALREADY_RESOLVED);
  }

  @Test
  void theEligibilityRulesAreChosenByTheDayReceived() {
    Petition before = petition(PetitionKind.COMPLAINT, LocalDate.of(2014, 12, 14));
    assertThat(STANDARD.classify(before, facts().inVietnamese(false).build()).isEligible())
        .as("no built-in rule before Thông tư 07/2014/TT-TTCP")
        .isTrue();
    Petition first = petition(PetitionKind.COMPLAINT, LocalDate.of(2014, 12, 15));
    assertThat(STANDARD.classify(first, facts().inVietnamese(false).build()).defects())
        .containsExactly(ProcessingDefect.NOT_IN_VIETNAMESE);
    assertThat(Classifier.GUIDE_ONCE.basisOn(IN_2016).orElseThrow().instrument().name()).isEqualTo("Thông tư 07/2014/TT-TTCP");
    LegalBasis after = Classifier.GUIDE_ONCE.basisOn(IN_2022).orElseThrow();
    assertThat(after.instrument().name()).isEqualTo("Thông tư 05/2021/TT-TTCP");
    assertThat(after.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    LegalBasis amended = Classifier.ANONYMOUS_DENUNCIATION_NOT_PROCESSED.basisOn(IN_2027).orElseThrow();
    assertThat(amended.citation())
        .isEqualTo("Luật Tố cáo 25/2018/QH14 (sửa đổi bởi Luật 136/2025/QH15), " + amended.article());
    assertThat(amended.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThat(STANDARD.classify(anonymousDenunciation(LocalDate.of(2018, 12, 31)), facts().concreteEvidence(true).build())
            .checkableForManagement())
        .as("Luật Tố cáo 25/2018/QH14 applies from 2019-01-01")
        .isFalse();
  }

  // ---- routing -------------------------------------------------------------------------------------------------

  @Test
  void aDenunciationOfAPartyMemberOverPartyRulesGoesToThePartyChannel() {
    Petition denunciation = denunciationOfMember(IN_2022);
    LetterFacts facts =
        facts().addTopic(Topic.INTERNAL_AFFAIRS).concernsPartyRules(true).withinCompetence(false).build();
    Classification c = STANDARD.classify(denunciation, facts);
    assertThat(c.recipient()).isEqualTo(Recipient.INSPECTION_COMMITTEE);
    assertThat(c.procedure()).isEqualTo(Procedure.PARTY_RULES);
    assertThat(STANDARD.route(denunciation, facts)).isEqualTo(Classifier.PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL);
    Petition forwarded = denunciation.classify(c, IN_2022, CLERK).forward(INSPECTION_COMMITTEE, IN_2022, CHIEF);
    assertThat(forwarded.state()).isEqualTo(PetitionState.FORWARDED);
    assertThat(forwarded.procedure()).isEqualTo(Procedure.PARTY_RULES);
    assertThat(Classifier.PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL.basisOn(IN_2016).orElseThrow().citation())
        .isEqualTo("Thông tư 06/2014/TT-TTCP, Điều 24");
    assertThat(Classifier.PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL.basisOn(IN_2022).orElseThrow().citation())
        .isEqualTo("Thông tư 05/2021/TT-TTCP, Điều 15");
  }

  @Test
  void aDenunciationOfAPartyMemberUnderTheLawStaysInTheStateChannel() {
    LetterFacts facts = facts().addTopic(Topic.INTERNAL_AFFAIRS).build();
    Classification c = STANDARD.classify(denunciationOfMember(IN_2022), facts);
    assertThat(c.recipient()).isEqualTo(Recipient.INTERNAL_AFFAIRS_BOARD);
    assertThat(c.procedure()).isEqualTo(Procedure.STATE_LAW);
    LetterFacts overPartyRules = facts().addTopic(Topic.PARTY_DISCIPLINE).concernsPartyRules(true).build();
    assertThat(STANDARD.classify(petition(PetitionKind.COMPLAINT, IN_2022), overPartyRules).procedure())
        .as("only a denunciation leaves the State's procedure")
        .isEqualTo(Procedure.STATE_LAW);
    assertThat(STANDARD.classify(petition(PetitionKind.DENUNCIATION, IN_2022), overPartyRules).procedure())
        .as("only a denunciation of a party member")
        .isEqualTo(Procedure.STATE_LAW);
    assertThat(STANDARD.classify(denunciationOfMember(LocalDate.of(2014, 12, 14)), overPartyRules).procedure())
        .as("before Thông tư 06/2014/TT-TTCP")
        .isEqualTo(Procedure.STATE_LAW);
  }

  @Test
  void eachBodyOfTheReceptionOfficeReceivesItsMatters() {
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2016);
    assertThat(recipientOf(complaint, Topic.PARTY_POLICY)).isEqualTo(Recipient.PARTY_COMMITTEE_OFFICE);
    assertThat(recipientOf(complaint, Topic.PARTY_BUILDING)).isEqualTo(Recipient.PARTY_COMMITTEE_OFFICE);
    assertThat(recipientOf(complaint, Topic.PARTY_DISCIPLINE)).isEqualTo(Recipient.INSPECTION_COMMITTEE);
    assertThat(recipientOf(complaint, Topic.INTERNAL_AFFAIRS)).isEqualTo(Recipient.INTERNAL_AFFAIRS_BOARD);
    assertThat(recipientOf(complaint, Topic.ELECTED_BODIES)).isEqualTo(Recipient.ELECTED_BODIES_OFFICE);
    assertThat(recipientOf(complaint, Topic.ADMINISTRATION)).isEqualTo(Recipient.RECEPTION_BOARD);
  }

  @Test
  void everythingElseGoesToTheReceptionBoard() {
    Classification c = STANDARD.classify(petition(PetitionKind.FEEDBACK, IN_2027), facts().build());
    assertThat(c.recipient()).isEqualTo(Recipient.RECEPTION_BOARD);
    assertThat(c.topics()).isEmpty();
    assertThat(Classifier.OTHER_MATTERS_TO_RECEPTION_BOARD.basisOn(IN_2027).orElseThrow().confirmation())
        .isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void theBodyOfHigherPrecedenceTakesAMatterOfSeveralTopics() {
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2022);
    assertThat(recipientOf(complaint, Topic.PARTY_DISCIPLINE, Topic.INTERNAL_AFFAIRS, Topic.PARTY_BUILDING))
        .isEqualTo(Recipient.INSPECTION_COMMITTEE);
    assertThat(recipientOf(complaint, Topic.INTERNAL_AFFAIRS, Topic.PARTY_POLICY, Topic.ELECTED_BODIES))
        .isEqualTo(Recipient.INTERNAL_AFFAIRS_BOARD);
    assertThat(recipientOf(complaint, Topic.PARTY_BUILDING, Topic.ELECTED_BODIES, Topic.ADMINISTRATION))
        .isEqualTo(Recipient.PARTY_COMMITTEE_OFFICE);
    assertThat(recipientOf(complaint, Topic.ELECTED_BODIES, Topic.ADMINISTRATION))
        .isEqualTo(Recipient.ELECTED_BODIES_OFFICE);
  }

  @Test
  void aPetitionReceivedBeforeTheReceptionLawCannotBeRouted() {
    Petition old = petition(PetitionKind.COMPLAINT, LocalDate.of(2014, 6, 30));
    LetterFacts facts = facts().addTopic(Topic.ADMINISTRATION).build();
    assertThatThrownBy(() -> STANDARD.classify(old, facts))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "every petition goes to one body (Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, điểm đ, routes every"
                + " other matter to the reception board from 2014-07-01); no routing rule of this classifier applies"
                + " to petition P-2014-0107, a COMPLAINT about OFFICIAL on [ADMINISTRATION], received on 2014-06-30");
    assertThat(STANDARD.classify(petition(PetitionKind.COMPLAINT, LocalDate.of(2014, 7, 1)), facts).recipient())
        .isEqualTo(Recipient.RECEPTION_BOARD);
  }

  @Test
  void thePrecedenceOfRoutingIsLoggedAtDebugWithoutPersonalData() {
    Petition denunciation = denunciationOfMember(IN_2022);
    LetterFacts facts = facts().addTopic(Topic.PARTY_DISCIPLINE).concernsPartyRules(true).build();
    String log = CapturedLog.during(() -> STANDARD.route(denunciation, facts));
    assertThat(log)
        .contains("DEBUG")
        .contains(
            "routing rule PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL (INSPECTION_COMMITTEE under PARTY_RULES) takes"
                + " precedence over OTHER_MATTERS_TO_RECEPTION_BOARD (RECEPTION_BOARD),"
                + " PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE (INSPECTION_COMMITTEE) for petition P-2022-0107"
                + " received on 2022-03-07")
        .doesNotContain("Trần Thị Bảo Ngọc")
        .doesNotContain("Vị Thanh");
    assertThat(CapturedLog.during(() -> Classifier.of(Classifier.OTHER_MATTERS_TO_RECEPTION_BOARD).route(denunciation, facts)))
        .as("one rule applies, nothing to log")
        .isEmpty();
  }

  // ---- the list of rules ---------------------------------------------------------------------------------------

  @Test
  void theStandardRulesAreListedEligibilityFirstThenRoutingByPrecedence() {
    assertThat(STANDARD.eligibilityRules()).hasSize(12);
    assertThat(STANDARD.routingRules())
        .containsExactly(
            Classifier.OTHER_MATTERS_TO_RECEPTION_BOARD,
            Classifier.ELECTED_BODIES_TO_THEIR_OFFICE,
            Classifier.PARTY_AFFAIRS_TO_COMMITTEE_OFFICE,
            Classifier.INTERNAL_AFFAIRS_TO_INTERNAL_AFFAIRS_BOARD,
            Classifier.PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE,
            Classifier.PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL);
    assertThat(STANDARD.rules()).hasSize(18).startsWith(Classifier.LETTER_IN_VIETNAMESE);
    assertThat(STANDARD.rules().subList(0, 12)).containsExactlyElementsOf(STANDARD.eligibilityRules());
    assertThat(STANDARD.rule("GUIDE_ONCE")).contains(Classifier.GUIDE_ONCE);
    assertThat(STANDARD.rule("GUIDE_TWICE")).isEmpty();
    assertThat(STANDARD.toString()).isEqualTo("Classifier[12 eligibility rules, 6 routing rules]");
  }

  @Test
  void theRulesInForceDependOnTheDayReceived() {
    assertThat(STANDARD.inForceOn(LocalDate.of(2014, 6, 30))).isEmpty();
    assertThat(STANDARD.inForceOn(LocalDate.of(2014, 7, 1))).hasSize(5).doesNotContain(Classifier.PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL);
    assertThat(STANDARD.inForceOn(IN_2016)).hasSize(14);
    assertThat(STANDARD.inForceOn(IN_2022)).hasSize(18);
    assertThat(STANDARD.inForceOn(IN_2027)).hasSize(18);
  }

  @Test
  void anApplicationReplacesARuleByName() {
    EligibilityRule confirmed =
        EligibilityRule.builder().from(Classifier.GUIDE_ONCE).bases(List.of(QUY_CHE)).build();
    Classifier provincial = STANDARD.with(confirmed);
    assertThat(provincial.rules()).hasSize(18);
    assertThat(provincial.rules().indexOf(confirmed)).isEqualTo(STANDARD.rules().indexOf(Classifier.GUIDE_ONCE));
    assertThat(provincial.rule("GUIDE_ONCE")).contains(confirmed);
    assertThat(STANDARD.rule("GUIDE_ONCE")).as("the standard classifier is unchanged").contains(Classifier.GUIDE_ONCE);
    Petition complaint = petition(PetitionKind.COMPLAINT, LocalDate.of(2016, 1, 4));
    assertThat(provincial.breaches(complaint, facts().alreadyGuided(true).build())).containsExactly(confirmed);
  }

  @Test
  void anApplicationsRoutingRuleAddedLastTakesPrecedence() {
    RoutingRule quyChe =
        RoutingRule.builder()
            .name("HG_ADMINISTRATION_TO_COMMITTEE_OFFICE")
            .recipient(Recipient.PARTY_COMMITTEE_OFFICE)
            .addTopic(Topic.ADMINISTRATION)
            .addBases(QUY_CHE)
            .build();
    Classifier provincial = STANDARD.with(quyChe);
    assertThat(provincial.rules()).hasSize(19).endsWith(quyChe);
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2022);
    assertThat(provincial.classify(complaint, facts().addTopic(Topic.ADMINISTRATION).build()).recipient())
        .isEqualTo(Recipient.PARTY_COMMITTEE_OFFICE);
    assertThat(STANDARD.classify(complaint, facts().addTopic(Topic.ADMINISTRATION).build()).recipient())
        .isEqualTo(Recipient.RECEPTION_BOARD);
  }

  @Test
  void aRuleIsRemovedByNameAndAnUnknownNameIsRefused() {
    Classifier without = STANDARD.without("ANONYMOUS_DENUNCIATION_NOT_PROCESSED");
    assertThat(without.rules()).hasSize(17).doesNotContain(Classifier.ANONYMOUS_DENUNCIATION_NOT_PROCESSED);
    assertThat(without.classify(anonymousDenunciation(IN_2022), facts().concreteEvidence(true).build())
            .checkableForManagement())
        .isFalse();
    assertThatThrownBy(() -> STANDARD.without("GUIDE_TWICE"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(
            "only a rule of the classifier can be removed; it has no rule named 'GUIDE_TWICE', its rules are"
                + " [LETTER_IN_VIETNAMESE, LETTER_DATED,");
    assertThat(STANDARD.rules()).hasSize(18);
  }

  @Test
  void aClassifierOfTheGivenRulesOnly() {
    Classifier mine = Classifier.of(Classifier.GUIDE_ONCE, Classifier.OTHER_MATTERS_TO_RECEPTION_BOARD);
    assertThat(mine.eligibilityRules()).containsExactly(Classifier.GUIDE_ONCE);
    assertThat(mine.routingRules()).containsExactly(Classifier.OTHER_MATTERS_TO_RECEPTION_BOARD);
    assertThat(Classifier.of(List.of(Classifier.GUIDE_ONCE)).rules()).containsExactly(Classifier.GUIDE_ONCE);
    assertThat(Classifier.of().rules()).isEmpty();
    assertThatThrownBy(() -> Classifier.of(Classifier.GUIDE_ONCE, Classifier.GUIDE_ONCE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a classifier's rules have distinct names, so each can be replaced; GUIDE_ONCE appears twice");
    new EqualsTester()
        .addEqualityGroup(mine, Classifier.of(Classifier.GUIDE_ONCE).with(Classifier.OTHER_MATTERS_TO_RECEPTION_BOARD))
        .addEqualityGroup(Classifier.of(Classifier.OTHER_MATTERS_TO_RECEPTION_BOARD, Classifier.GUIDE_ONCE))
        .addEqualityGroup(STANDARD)
        .testEquals();
    assertThat(STANDARD.hashCode()).isEqualTo(STANDARD.rules().hashCode());
  }

  @Test
  void aClassifierWithoutARoutingRuleCannotClassify() {
    Classifier eligibilityOnly = Classifier.of(Classifier.GUIDE_ONCE);
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2022);
    assertThat(eligibilityOnly.breaches(complaint, facts().alreadyGuided(true).build())).hasSize(1);
    assertThatThrownBy(() -> eligibilityOnly.classify(complaint, facts().build()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no routing rule of this classifier applies to petition P-2022-0107");
  }

  // ---- with the workflow ---------------------------------------------------------------------------------------

  @Test
  void aClassifiedPetitionWithinCompetenceIsAcceptedAndOneOutsideIsForwarded() {
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2022);
    Classification within = STANDARD.classify(complaint, facts().addTopic(Topic.PARTY_BUILDING).build());
    assertThat(within.competent()).isTrue();
    assertThat(complaint.classify(within, IN_2022, CLERK).accept(IN_2022, CHIEF).state())
        .isEqualTo(PetitionState.ACCEPTED);
    Classification outside =
        STANDARD.classify(complaint, facts().addTopic(Topic.ADMINISTRATION).withinCompetence(false).build());
    assertThat(outside.competent()).isFalse();
    assertThat(complaint.classify(outside, IN_2022, CLERK).allowedCommands())
        .contains(PetitionCommand.FORWARD)
        .doesNotContain(PetitionCommand.ACCEPT);
  }

  // ---- bad inputs ----------------------------------------------------------------------------------------------

  @Test
  void nullsAreRefused() {
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2022);
    LetterFacts facts = facts().build();
    assertThatThrownBy(() -> STANDARD.classify(null, facts)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> STANDARD.classify(complaint, null)).isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> STANDARD.breaches(complaint, null)).hasMessage("facts");
    assertThatThrownBy(() -> STANDARD.route(null, facts)).hasMessage("petition");
    assertThatThrownBy(() -> STANDARD.route(complaint, null)).hasMessage("facts");
    assertThatThrownBy(() -> STANDARD.breaches(null, facts)).hasMessage("petition");
    assertThatThrownBy(() -> STANDARD.with(null)).hasMessage("rule");
    assertThatThrownBy(() -> STANDARD.without(null)).hasMessage("name");
    assertThatThrownBy(() -> STANDARD.rule(null)).hasMessage("name");
    assertThatThrownBy(() -> STANDARD.inForceOn(null)).hasMessage("dateReceived");
    assertThatThrownBy(() -> Classifier.of(Classifier.GUIDE_ONCE, null)).isInstanceOf(NullPointerException.class);
    assertThat(STANDARD.rules()).hasSize(18);
  }

  private static Recipient recipientOf(Petition petition, Topic... topics) {
    return STANDARD.classify(petition, facts().addTopics(topics).build()).recipient();
  }


}
