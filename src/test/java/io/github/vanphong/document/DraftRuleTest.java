package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import io.github.vanphong.law.Confirmation;
import org.junit.jupiter.api.Test;

class DraftRuleTest {

  @Test
  void theAppraisalRuleRestsOnTheDutiesOfHd36AndCitesThem() {
    DraftRule rule = DraftRule.APPRAISE_ONLY_WITHOUT_FINDINGS;
    assertThat(rule.basis()).isEqualTo(DraftCommand.DUTIES);
    assertThat(rule.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
    assertThat(rule.citation()).contains("Hướng dẫn 36-HD/VPTW, Mục I, điểm 4");
    assertThat(rule.name()).isEqualTo("APPRAISE_ONLY_WITHOUT_FINDINGS");
  }

  @Test
  void everyDraftRuleCitesItsBasisInBothLanguages() {
    for (DraftRule rule : DraftRule.values()) {
      assertThat(rule.citation()).contains(rule.basis().citation());
      assertThat(rule.displayName(Bilingual.VIETNAMESE)).isEqualTo(rule.vietnameseName());
    }
  }
}
