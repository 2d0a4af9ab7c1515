package io.github.vanphong.petition;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.petition.PetitionFixtures.IN_2022;
import static io.github.vanphong.petition.PetitionFixtures.denunciationOfMember;
import static io.github.vanphong.petition.PetitionFixtures.facts;
import static io.github.vanphong.petition.PetitionFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class RoutingRuleTest {

  private static final LegalBasis QUY_CHE =
      LegalBasis.builder()
          .instrument(Instrument.of("Quy chế 05-QC/TU (ví dụ)", LocalDate.of(2020, 1, 1)))
          .article("Điều 11")
          
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  private static RoutingRule.Builder rule() {
    RoutingRule.Builder builder = RoutingRule.builder();
    builder.name("HG_ROUTE").recipient(Recipient.PARTY_COMMITTEE_OFFICE).addBases(QUY_CHE);
    return builder;
  }

  @Test
  void aRuleWithoutConditionsCoversEveryPetitionUnderStateLaw() {
    RoutingRule rule = rule().build();
    assertThat(rule.procedure()).isEqualTo(Procedure.STATE_LAW);
    assertThat(rule.topics()).isEmpty();
    assertThat(rule.kinds()).containsExactlyInAnyOrder(PetitionKind.values());
    assertThat(rule.subjectKinds()).containsExactlyInAnyOrder(SubjectKind.values());
    assertThat(rule.partyRulesOnly()).isFalse();
    assertThat(rule.appliesTo(petition(PetitionKind.FEEDBACK, IN_2022), facts().build())).isTrue();
    assertThat(rule.appliesTo(petition(PetitionKind.FEEDBACK, LocalDate.of(2019, 12, 31)), facts().build()))
        .as("not yet in force")
        .isFalse();
    assertThat(rule.toString())
        .isEqualTo(
            "HG_ROUTE: PARTY_COMMITTEE_OFFICE under STATE_LAW, Quy chế 05-QC/TU (ví dụ), Điều 11 [2020-01-01..)"
                + " (unconfirmed)");
  }

  @Test
  void aRuleWithTopicsCoversALetterOnOneOfThem() {
    RoutingRule rule = rule().addTopics(Topic.PARTY_POLICY, Topic.PARTY_BUILDING).build();
    Petition complaint = petition(PetitionKind.COMPLAINT, IN_2022);
    assertThat(rule.appliesTo(complaint, facts().addTopics(Topic.PARTY_BUILDING, Topic.ADMINISTRATION).build()))
        .isTrue();
    assertThat(rule.appliesTo(complaint, facts().addTopic(Topic.ADMINISTRATION).build())).isFalse();
    assertThat(rule.appliesTo(complaint, facts().build())).as("a letter with no topic").isFalse();
  }

  @Test
  void aRuleCoversItsKindsAndSubjects() {
    RoutingRule rule =
        rule().addKind(PetitionKind.DENUNCIATION).addSubjectKind(SubjectKind.PARTY_MEMBER).build();
    assertThat(rule.appliesTo(denunciationOfMember(IN_2022), facts().build())).isTrue();
    assertThat(rule.appliesTo(petition(PetitionKind.DENUNCIATION, IN_2022), facts().build()))
        .as("an official, not a party member")
        .isFalse();
    assertThat(
            rule.appliesTo(
                petition(
                    PetitionKind.COMPLAINT,
                    IN_2022,
                    Petitioners.one(PetitionFixtures.denouncer()),
                    Subject.partyMember(PetitionFixtures.MEMBER, "x")),
                facts().build()))
        .as("a complaint")
        .isFalse();
    assertThat(rule.toString()).contains(" of [DENUNCIATION] about [PARTY_MEMBER],");
  }

  @Test
  void aRuleOfThePartysRulesCoversOnlyLettersThatConcernThem() {
    RoutingRule rule = rule().partyRulesOnly(true).procedure(Procedure.PARTY_RULES).build();
    Petition denunciation = denunciationOfMember(IN_2022);
    assertThat(rule.appliesTo(denunciation, facts().build())).isFalse();
    assertThat(rule.appliesTo(denunciation, facts().concernsPartyRules(true).build())).isTrue();
    assertThat(Classifier.PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL.toString())
        .isEqualTo(
            "PARTY_MEMBER_DENOUNCED_TO_PARTY_CHANNEL: INSPECTION_COMMITTEE under PARTY_RULES of [DENUNCIATION] about"
                + " [PARTY_MEMBER] over the Party's rules, Thông tư 06/2014/TT-TTCP, Điều 24 [2014-12-15..2026-06-30] (reported by a secondary"
                + " source); Thông"
                + " tư 05/2021/TT-TTCP, Điều 15 [2021-11-15..)");
    assertThat(Classifier.PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE.toString())
        .startsWith(
            "PARTY_DISCIPLINE_TO_INSPECTION_COMMITTEE: INSPECTION_COMMITTEE under STATE_LAW for [PARTY_DISCIPLINE],"
                + " Luật Tiếp công dân 42/2013/QH13, Điều 12, khoản 4, điểm b [2014-07-01..2026-06-30]; ");
  }

  @Test
  void aRuleNeedsANameARecipientAndBases() {
    assertThatThrownBy(() -> rule().name("").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a classification rule needs a name: ''");
    assertThatThrownBy(() -> RoutingRule.builder().name("R").recipient(Recipient.RECEPTION_BOARD).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("R needs at least one legal basis");
    assertThatThrownBy(() -> RoutingRule.builder().name("R").addBases(QUY_CHE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("recipient");
  }

  @Test
  void rulesAreValuesAndRefuseNulls() {
    new EqualsTester()
        .addEqualityGroup(rule().build(), rule().addKinds(PetitionKind.values()).addSubjectKinds(SubjectKind.values()).build())
        .addEqualityGroup(rule().addTopic(Topic.PARTY_POLICY).build())
        .addEqualityGroup(rule().addKind(PetitionKind.COMPLAINT).build())
        .addEqualityGroup(rule().addSubjectKind(SubjectKind.UNIT).build())
        .addEqualityGroup(rule().partyRulesOnly(true).build())
        .addEqualityGroup(rule().procedure(Procedure.PARTY_RULES).build())
        .addEqualityGroup(rule().recipient(Recipient.RECEPTION_BOARD).build())
        .testEquals();
    RoutingRule rule = rule().build();
    assertThatThrownBy(() -> rule.appliesTo(null, facts().build())).hasMessage("petition");
    assertThatThrownBy(() -> rule.appliesTo(petition(PetitionKind.COMPLAINT, IN_2022), null)).hasMessage("facts");
  }
}
