package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

class CandidateOutcomeTest {

  @Test
  void everyDecisionNamesTheRuleThatMadeIt() {
    assertThat(ResultDecision.ELECTED_BY_MAJORITY.rule()).isEqualTo(ResultRule.MAJORITY_OF_VALID_BALLOTS);
    assertThat(ResultDecision.NOT_ELECTED_SEATS_FULL.rule()).isEqualTo(ResultRule.HIGHEST_VOTES_FIRST);
    assertThat(ResultDecision.NOT_COUNTED_LOW_TURNOUT.rule()).isEqualTo(ResultRule.TURNOUT_MORE_THAN_HALF);
    EnumSet<ResultDecision> elected = EnumSet.noneOf(ResultDecision.class);
    for (ResultDecision decision : ResultDecision.values()) {
      if (decision.isElected()) {
        elected.add(decision);
      }
    }
    assertThat(elected).containsExactly(ResultDecision.ELECTED_BY_MAJORITY, ResultDecision.ELECTED_BY_AGE_AT_TIE);
  }

  @Test
  void anOutcomeStatesTheVotesTheDecisionAndItsArticle() {
    CandidateOutcome outcome = CandidateOutcome.of(ResultFixtures.AN, 640, ResultDecision.ELECTED_BY_AGE_AT_TIE);
    assertThat(outcome.isElected()).isTrue();
    assertThat(outcome.toString())
        .startsWith("UCV-01 Nguyễn Văn An (1960-01-01): 640 votes, elected as the older at a tie (")
        .endsWith("Điều 78, khoản 4)");
    assertThat(CandidateOutcome.of(ResultFixtures.AN, 0, ResultDecision.NOT_ELECTED_BELOW_HALF).isElected()).isFalse();
    assertThatThrownBy(() -> CandidateOutcome.of(ResultFixtures.AN, -1, ResultDecision.ELECTED_BY_MAJORITY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("0 or more");
  }

  @Test
  void theRoundsAndWhatFollowsHaveTheirNames() {
    assertThat(Round.TOP_UP.vietnameseName()).isEqualTo("Bầu cử thêm");
    assertThat(Round.RE_RUN.vietnameseName()).isEqualTo("Bầu cử lại");
    assertThat(NextRound.TOP_UP_NOT_REQUIRED.englishName()).isEqualTo("No top-up election required");
    assertThat(ResultFigure.TOP_UPS.vietnameseName()).isEqualTo("Bầu cử thêm");
  }
}
