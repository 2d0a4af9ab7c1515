package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class LetterFactsTest {

  @Test
  void aLetterIsInOrderUnlessSaidOtherwise() {
    LetterFacts facts = LetterFacts.builder().withinCompetence(false).build();
    assertThat(facts.inVietnamese()).isTrue();
    assertThat(facts.dated()).isTrue();
    assertThat(facts.signed()).isTrue();
    assertThat(facts.contentComplete()).isTrue();
    assertThat(facts.topics()).isEmpty();
    assertThat(facts.concernsPartyRules()).isFalse();
    assertThat(facts.alreadyResolved()).isFalse();
    assertThat(facts.sentAlsoToCompetentBody()).isFalse();
    assertThat(facts.alreadyGuided()).isFalse();
    assertThat(facts.alreadyForwarded()).isFalse();
    assertThat(facts.concreteEvidence()).isFalse();
    assertThat(facts.withinCompetence()).isFalse();
    for (ProcessingDefect defect : ProcessingDefect.values()) {
      assertThat(facts.shows(defect, PetitionerKind.ONE_PERSON)).as("%s", defect).isFalse();
    }
  }

  @Test
  void competenceMustBeGiven() {
    assertThatThrownBy(() -> LetterFacts.builder().build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("withinCompetence");
  }

  @Test
  void eachFactShowsItsDefectAndNoOther() {
    assertShowsOnly(LetterFacts.builder().withinCompetence(true).inVietnamese(false), ProcessingDefect.NOT_IN_VIETNAMESE);
    assertShowsOnly(LetterFacts.builder().withinCompetence(true).dated(false), ProcessingDefect.UNDATED);
    assertShowsOnly(LetterFacts.builder().withinCompetence(true).signed(false), ProcessingDefect.UNSIGNED);
    assertShowsOnly(LetterFacts.builder().withinCompetence(true).contentComplete(false), ProcessingDefect.UNCLEAR_CONTENT);
    assertShowsOnly(LetterFacts.builder().withinCompetence(true).alreadyResolved(true), ProcessingDefect.ALREADY_RESOLVED);
    assertShowsOnly(
        LetterFacts.builder().withinCompetence(true).sentAlsoToCompetentBody(true), ProcessingDefect.SENT_TO_SEVERAL_BODIES);
    assertShowsOnly(LetterFacts.builder().withinCompetence(true).alreadyGuided(true), ProcessingDefect.ALREADY_GUIDED);
    assertShowsOnly(LetterFacts.builder().withinCompetence(true).alreadyForwarded(true), ProcessingDefect.ALREADY_FORWARDED);
  }

  @Test
  void theWantOfANameOrAddressComesFromThePetitioner() {
    LetterFacts facts = LetterFacts.builder().withinCompetence(true).build();
    for (PetitionerKind kind : PetitionerKind.values()) {
      assertThat(facts.shows(ProcessingDefect.NO_NAME_OR_ADDRESS, kind)).as("%s", kind).isEqualTo(!kind.isIdentifiable());
    }
    assertThat(facts.shows(ProcessingDefect.UNSIGNED, PetitionerKind.ANONYMOUS)).isFalse();
  }

  @Test
  void factsAreValuesThatShowNoPersonalData() {
    LetterFacts a = LetterFacts.builder().withinCompetence(true).addTopic(Topic.PARTY_DISCIPLINE).build();
    new EqualsTester()
        .addEqualityGroup(a, LetterFacts.builder().withinCompetence(true).addTopics(Topic.PARTY_DISCIPLINE).build())
        .addEqualityGroup(LetterFacts.builder().withinCompetence(false).addTopic(Topic.PARTY_DISCIPLINE).build())
        .addEqualityGroup(LetterFacts.builder().withinCompetence(true).build())
        .testEquals();
    assertThat(a.toString()).contains("PARTY_DISCIPLINE").contains("withinCompetence=true");
    assertThatThrownBy(() -> LetterFacts.builder().addTopic(null)).isInstanceOf(NullPointerException.class);
  }

  private static void assertShowsOnly(LetterFacts.Builder builder, ProcessingDefect shown) {
    LetterFacts facts = builder.build();
    for (ProcessingDefect defect : EnumSet.allOf(ProcessingDefect.class)) {
      assertThat(facts.shows(defect, PetitionerKind.SIGNATORIES)).as("%s", defect).isEqualTo(defect == shown);
    }
  }
}
