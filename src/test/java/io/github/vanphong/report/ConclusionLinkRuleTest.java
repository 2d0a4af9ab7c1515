package io.github.vanphong.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class ConclusionLinkRuleTest {

  @Test
  void noRuleRestsOnAnInstrumentRead() {
    for (ConclusionLinkRule rule : ConclusionLinkRule.values()) {
      assertThat(rule.basis()).as(rule.name()).isEmpty();
      assertThat(rule.citation()).as(rule.name()).isEmpty();
    }
  }

  @Test
  void theItemConcludedAndTheDayOfTheSessionAreOfficePracticeTheOthersStructural() {
    EnumSet<ConclusionLinkRule> practice = EnumSet.noneOf(ConclusionLinkRule.class);
    for (ConclusionLinkRule rule : ConclusionLinkRule.values()) {
      if (rule.isOfficePractice()) {
        practice.add(rule);
      }
    }
    assertThat(practice)
        .containsExactly(ConclusionLinkRule.ITEM_CONCLUDED, ConclusionLinkRule.CONCLUDED_ON_THE_BRIEFING_DAY);
  }

  @Test
  void eachRuleHasItsNames() {
    assertThat(ConclusionLinkRule.ACTION_ITEM_ONCE.vietnameseName()).isEqualTo("Mỗi việc được giao chỉ một lần");
    assertThat(ConclusionLinkRule.ACTION_ITEM_ONCE.englishName()).isEqualTo("Each action item once");
    assertThat(ConclusionLinkRule.ITEM_CONCLUDED.vietnameseName()).isEqualTo("Nội dung đã có kết luận");
  }
}
