package io.github.vanphong.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.meeting.ActionItemSummary;
import io.github.vanphong.meeting.Progress;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of a programme item linked to the session that concluded it, over generated links. */
class ProgrammeConclusionProperties {

  @Property(tries = 200)
  void theFollowUpOfADayAgreesWithTheItemsOfThatDay(
      @ForAll ProgrammeConclusion link, @ForAll @IntRange(min = -5, max = 400) int after) {
    LocalDate day = link.concludedOn().plusDays(after);
    Progress progress = link.progress(day);
    long assigned = link.actionItems().stream().filter(a -> !a.assignedOn().isAfter(day)).count();
    assertThat(progress.total()).isEqualTo(assigned);
    assertThat(link.summary(day).total()).isEqualTo(progress);
    assertThat(link.overdueOn(day)).hasSize(progress.overdue());
    assertThat(link.isDoneOn(day))
        .isEqualTo(progress.done() == link.actionItems().size());
    assertThat(link.summary(day))
        .isEqualTo(
            link.actionItems().stream()
                .map(a -> ActionItemSummary.of(a, day))
                .reduce(ActionItemSummary.empty(), ActionItemSummary::plus));
  }

  @Property(tries = 100)
  void onceDoneTheWorkStaysDone(
      @ForAll ProgrammeConclusion link,
      @ForAll @IntRange(min = 0, max = 400) int after,
      @ForAll @IntRange(min = 0, max = 400) int later) {
    LocalDate day = link.concludedOn().plusDays(after);
    if (link.isDoneOn(day)) {
      assertThat(link.isDoneOn(day.plusDays(later))).isTrue();
    }
  }

  @Property(tries = 100)
  void aLinkIsRebuiltFromItsPartsAndFromItsActionItemsOneByOne(@ForAll ProgrammeConclusion link) {
    assertThat(ProgrammeConclusion.of(link.item(), link.briefing(), link.conclusionNumber(), link.actionItems()))
        .isEqualTo(link);
    ProgrammeConclusion built = ProgrammeConclusion.of(link.item(), link.briefing(), link.conclusionNumber(), List.of());
    for (ActionItem item : link.actionItems()) {
      built = built.withActionItem(item);
    }
    assertThat(built).isEqualTo(link);
    for (ActionItem item : link.actionItems()) {
      assertThat(link.withActionItem(item)).isEqualTo(link);
    }
  }

  @Property(tries = 100)
  void anActionItemGivenTwiceIsRefused(@ForAll ProgrammeConclusion link) {
    if (link.actionItems().isEmpty()) {
      return;
    }
    List<ActionItem> twice = new ArrayList<>(link.actionItems());
    twice.add(link.actionItems().get(0));
    assertThatThrownBy(() -> ProgrammeConclusion.of(link.item(), link.briefing(), link.conclusionNumber(), twice))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(ConclusionLinkRule.ACTION_ITEM_ONCE.name());
  }

  @Property(tries = 100)
  void anotherConclusionOfTheSessionRefusesTheWorkOfThisOne(@ForAll ProgrammeConclusion link) {
    int count = link.briefing().conclusions().size();
    if (count < 2 || link.actionItems().isEmpty()) {
      return;
    }
    int other = link.conclusionNumber() % count + 1;
    assertThat(ProgrammeConclusion.of(link.item(), link.briefing(), other, List.of()).conclusion().number())
        .isEqualTo(other);
    assertThatThrownBy(() -> ProgrammeConclusion.of(link.item(), link.briefing(), other, link.actionItems()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith(ConclusionLinkRule.ACTION_ITEM_OF_THE_CONCLUSION.name());
  }

  @Property(tries = 100)
  void theOverdueItemsAreOpenOnTheDay(
      @ForAll ProgrammeConclusion link, @ForAll @IntRange(min = 0, max = 400) int after) {
    LocalDate day = link.concludedOn().plusDays(after);
    for (ActionItem item : link.overdueOn(day)) {
      assertThat(item.stateOn(day).map(ActionItemState::isOpen)).contains(true);
    }
  }
}
