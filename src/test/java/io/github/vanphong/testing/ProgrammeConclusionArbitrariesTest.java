package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.programme.ProgrammeItemState;
import io.github.vanphong.report.ProgrammeConclusion;
import java.time.YearMonth;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Tuple;
import net.jqwik.api.statistics.Statistics;

class ProgrammeConclusionArbitrariesTest {

  @Property(tries = 100)
  void linksAreOfAnItemConcludedOnTheDayOfItsSessionDueThatMonth(@ForAll ProgrammeConclusion link) {
    assertThat(link.item().state()).isEqualTo(ProgrammeItemState.CONCLUDED);
    assertThat(link.item().concludedOn()).contains(link.briefing().date());
    assertThat(link.item().due()).isEqualTo(YearMonth.from(link.briefing().date()));
    assertThat(link.item().plannedOn()).isBetween(link.briefing().date().minusDays(60), link.briefing().date());
    assertThat(link.conclusionNumber()).isBetween(1, link.briefing().conclusions().size());
    assertThat(link.actionItems()).hasSizeLessThanOrEqualTo(5);
    for (ActionItem item : link.actionItems()) {
      assertThat(item.briefing()).isEqualTo(link.briefing().id());
      assertThat(item.conclusion()).isEqualTo(link.conclusion());
      assertThat(item.assignedOn()).isBetween(link.briefing().date(), link.briefing().date().plusDays(10));
      Statistics.collect(item.state());
    }
  }

  @Property(tries = 300)
  void someLinksHaveWorkAllDoneAYearOnAndSomeNot(@ForAll ProgrammeConclusion link) {
    boolean assigned = !link.actionItems().isEmpty();
    boolean done = link.isDoneOn(link.concludedOn().plusYears(1));
    Statistics.label("work").collect(Tuple.of(assigned, done));
    Statistics.label("work")
        .coverage(
            coverage -> {
              coverage.check(Tuple.of(true, true)).percentage(p -> p > 2);
              coverage.check(Tuple.of(true, false)).percentage(p -> p > 10);
              coverage.check(Tuple.of(false, true)).percentage(p -> p > 1);
            });
  }
}
