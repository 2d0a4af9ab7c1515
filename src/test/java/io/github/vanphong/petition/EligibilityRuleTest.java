package io.github.vanphong.petition;

import io.github.vanphong.law.Instrument;
import static io.github.vanphong.petition.PetitionFixtures.IN_2022;
import static io.github.vanphong.petition.PetitionFixtures.facts;
import static io.github.vanphong.petition.PetitionFixtures.petition;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.testing.EqualsTester;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class EligibilityRuleTest {

  private static final LegalBasis QUY_CHE =
      LegalBasis.builder()
          .instrument(Instrument.of("Quy chế 05-QC/TU (ví dụ)", LocalDate.of(2020, 1, 1)))
          .article("Điều 9")
          
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  private static EligibilityRule.Builder rule() {
    EligibilityRule.Builder builder = EligibilityRule.builder();
    builder.name("HG_UNSIGNED").defect(ProcessingDefect.UNSIGNED).addBases(QUY_CHE);
    return builder;
  }

  @Test
  void aRuleCoversEveryKindUnlessSaidOtherwise() {
    EligibilityRule rule = rule().build();
    assertThat(rule.kinds()).containsExactlyInAnyOrder(PetitionKind.values());
    assertThat(rule.outsideCompetenceOnly()).isFalse();
    assertThat(rule.allowsManagementCheck()).isFalse();
    assertThat(rule.toString())
        .isEqualTo("HG_UNSIGNED: UNSIGNED, Quy chế 05-QC/TU (ví dụ), Điều 9 [2020-01-01..) (unconfirmed)");
  }

  @Test
  void aRuleAppliesWhenInForceOfItsKindAndTheLetterShowsItsFact() {
    EligibilityRule rule = rule().addKind(PetitionKind.COMPLAINT).build();
    LetterFacts unsigned = facts().signed(false).build();
    assertThat(rule.appliesTo(petition(PetitionKind.COMPLAINT, IN_2022), unsigned)).isTrue();
    assertThat(rule.appliesTo(petition(PetitionKind.COMPLAINT, IN_2022), facts().build())).isFalse();
    assertThat(rule.appliesTo(petition(PetitionKind.DENUNCIATION, IN_2022), unsigned)).as("another kind").isFalse();
    assertThat(rule.appliesTo(petition(PetitionKind.COMPLAINT, LocalDate.of(2019, 12, 31)), unsigned))
        .as("not yet in force")
        .isFalse();
    assertThat(rule.appliesTo(petition(PetitionKind.COMPLAINT, LocalDate.of(2020, 1, 1)), unsigned)).isTrue();
  }

  @Test
  void aRuleOutsideCompetenceOnlyLeavesTheCompetentBodyAlone() {
    EligibilityRule rule = rule().outsideCompetenceOnly(true).build();
    assertThat(rule.appliesTo(petition(PetitionKind.COMPLAINT, IN_2022), facts().signed(false).build())).isFalse();
    assertThat(
            rule.appliesTo(
                petition(PetitionKind.COMPLAINT, IN_2022), facts().signed(false).withinCompetence(false).build()))
        .isTrue();
    assertThat(rule.toString()).contains(", outside competence only");
  }

  @Test
  void theRulesOfTheDenunciationsLawAreDescribed() {
    assertThat(Classifier.DENUNCIATION_GUIDED_ONCE.toString())
        .isEqualTo(
            "DENUNCIATION_GUIDED_ONCE: ALREADY_GUIDED of [DENUNCIATION], outside competence only, Luật Tố cáo"
                + " 25/2018/QH14, Điều 24, khoản 3 [2019-01-01..2026-06-30]; Luật Tố cáo 25/2018/QH14 (sửa đổi bởi"
                + " Luật 136/2025/QH15), Điều 24, khoản 3 [2026-07-01..) (unconfirmed)");
    assertThat(Classifier.ANONYMOUS_DENUNCIATION_NOT_PROCESSED.toString())
        .startsWith(
            "ANONYMOUS_DENUNCIATION_NOT_PROCESSED: NO_NAME_OR_ADDRESS of [DENUNCIATION], may be checked if concrete,"
                + " Luật Tố cáo 25/2018/QH14, Điều 25, khoản 1 [2019-01-01..2026-06-30]");
    assertThat(Classifier.GUIDE_ONCE.toString())
        .isEqualTo(
            "GUIDE_ONCE: ALREADY_GUIDED, Thông tư 07/2014/TT-TTCP, Điều 6, khoản 2, điểm b [2014-12-15..2021-11-14];"
                + " Thông tư 05/2021/TT-TTCP, phân loại đơn theo điều kiện xử lý, như Thông tư 07/2014/TT-TTCP, Điều"
                + " 6, khoản 2, điểm b [2021-11-15..) (unconfirmed)");
  }

  @Test
  void aRuleNeedsANameAndBasesInOrder() {
    assertThatThrownBy(() -> rule().name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a classification rule needs a name: ' '");
    assertThatThrownBy(() -> EligibilityRule.builder().name("R").defect(ProcessingDefect.UNDATED).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("R needs at least one legal basis");
    LegalBasis earlier = LegalBasis.of(Instrument.of("Thông tư 07/2014/TT-TTCP", LocalDate.of(2014, 12, 15)), "Điều 6");
    assertThatThrownBy(() -> rule().bases(List.of(QUY_CHE, earlier)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "HG_UNSIGNED lists its bases in the order they came into force; Quy chế 05-QC/TU (ví dụ), Điều 9"
                + " [2020-01-01..) (unconfirmed) comes before Thông tư 07/2014/TT-TTCP, Điều 6 [2014-12-15..)");
    assertThat(rule().bases(List.of(earlier, QUY_CHE)).build().bases()).containsExactly(earlier, QUY_CHE);
    assertThat(rule().bases(List.of(QUY_CHE, QUY_CHE)).build().bases()).hasSize(2);
    assertThatThrownBy(() -> EligibilityRule.builder().name("R").addBases(QUY_CHE).build())
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("defect");
  }

  @Test
  void rulesAreValuesAndRefuseNulls() {
    new EqualsTester()
        .addEqualityGroup(rule().build(), rule().addKinds(PetitionKind.values()).build())
        .addEqualityGroup(rule().addKind(PetitionKind.COMPLAINT).build())
        .addEqualityGroup(rule().outsideCompetenceOnly(true).build())
        .addEqualityGroup(rule().allowsManagementCheck(true).build())
        .addEqualityGroup(rule().defect(ProcessingDefect.UNDATED).build())
        .addEqualityGroup(rule().name("OTHER").build())
        .testEquals();
    EligibilityRule rule = rule().build();
    assertThatThrownBy(() -> rule.appliesTo(null, facts().build())).hasMessage("petition");
    assertThatThrownBy(() -> rule.appliesTo(petition(PetitionKind.COMPLAINT, IN_2022), null)).hasMessage("facts");
  }
}
