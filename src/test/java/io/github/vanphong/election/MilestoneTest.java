package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.testing.EqualsTester;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MilestoneTest {

  @Test
  void aMilestoneIsARuleAndItsDate() {
    Milestone m = Milestone.of(ElectionRuleBook.VOTER_LISTS_POSTED_2015, LocalDate.of(2016, 4, 12));
    assertThat(m.rule()).isEqualTo(ElectionRuleBook.VOTER_LISTS_POSTED_2015);
    assertThat(m.name()).isEqualTo("VOTER_LISTS_POSTED_2015");
    assertThat(m.step()).isEqualTo(ElectionStep.VOTER_LISTS_POSTED);
    assertThat(m.date()).isEqualTo(LocalDate.of(2016, 4, 12));
    assertThat(m).hasToString("VOTER_LISTS_POSTED_2015 2016-04-12");
    new EqualsTester()
        .addEqualityGroup(m, Milestone.of(ElectionRuleBook.VOTER_LISTS_POSTED_2015, LocalDate.of(2016, 4, 12)))
        .addEqualityGroup(Milestone.of(ElectionRuleBook.VOTER_LISTS_POSTED_2015, LocalDate.of(2016, 4, 13)))
        .addEqualityGroup(Milestone.of(ElectionRuleBook.VOTER_LISTS_POSTED_2025, LocalDate.of(2016, 4, 12)))
        .testEquals();
  }
}
