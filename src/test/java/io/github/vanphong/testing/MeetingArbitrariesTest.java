package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.meeting.ActionItem;
import io.github.vanphong.meeting.ActionItemCommand;
import io.github.vanphong.meeting.ActionItemEvent;
import io.github.vanphong.meeting.ActionItemState;
import io.github.vanphong.meeting.Briefing;
import io.github.vanphong.meeting.BriefingInconsistency;
import io.github.vanphong.meeting.BriefingRule;
import io.github.vanphong.meeting.Recurrence;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class MeetingArbitrariesTest {

  @Provide
  Arbitrary<ActionItem> items() {
    return MeetingArbitraries.actionItems();
  }

  @Provide
  Arbitrary<List<ActionItem>> distinct() {
    return MeetingArbitraries.distinctActionItems();
  }

  @Provide
  Arbitrary<Briefing> briefings() {
    return MeetingArbitraries.briefings();
  }

  @Property(tries = 100)
  void generatedItemsRebuildFromTheirHistory(@ForAll("items") ActionItem item) {
    assertThat(
            ActionItem.replay(
                item.id(), item.briefing(), item.conclusion(), item.owner(), item.initialDeadline(), item.history()))
        .isEqualTo(item);
    assertThat(item.owner().value()).matches("U\\d");
    assertThat(item.assignedOn()).isBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2031, 1, 6));
    assertThat(item.history()).hasSizeBetween(1, 7);
  }

  @Property(tries = 50)
  void distinctItemsHaveDistinctIdentifiers(@ForAll("distinct") List<ActionItem> items) {
    assertThat(items.stream().map(ActionItem::id).distinct().count()).isEqualTo(items.size());
    assertThat(items).hasSizeLessThanOrEqualTo(10);
  }

  @Property(tries = 100)
  void generatedBriefingsNumberTheirConclusionsInOrder(@ForAll("briefings") Briefing briefing) {
    for (int i = 0; i < briefing.conclusions().size(); i++) {
      assertThat(briefing.conclusions().get(i).number()).isEqualTo(i + 1);
    }
    assertThat(briefing.chairPost().unit()).isEqualTo(briefing.convenedBy());
    assertThat(briefing.invitedUnits()).hasSizeLessThanOrEqualTo(5);
  }

  @Property(tries = 50)
  void generatedInconsistenciesNameARuleAndTheValuesAtFault(@ForAll BriefingInconsistency found) {
    assertThat(found.values()).isNotEmpty();
    assertThat(found.message()).isNotBlank();
    assertThat(found.units().size() + found.persons().size()).isPositive();
  }

  @Test
  void generatedInconsistenciesReachEveryRule() {
    Set<BriefingRule> rules =
        MeetingArbitraries.briefingInconsistencies().sampleStream().limit(300).map(BriefingInconsistency::rule)
            .collect(Collectors.toSet());
    assertThat(rules).contains(BriefingRule.CHAIR_KNOWN, BriefingRule.CONVENER_ALIVE, BriefingRule.INVITED_UNIT_ALIVE,
        BriefingRule.INVITED_PERSON_KNOWN);
    assertThat(MeetingArbitraries.briefingRules().sampleStream().limit(100).collect(Collectors.toSet()))
        .isEqualTo(EnumSet.allOf(BriefingRule.class));
  }

  @Test
  void generatedItemsReachEveryState() {
    Set<ActionItemState> states =
        MeetingArbitraries.actionItems().sampleStream().limit(400).map(ActionItem::state).collect(Collectors.toSet());
    assertThat(states).isEqualTo(EnumSet.allOf(ActionItemState.class));
  }

  @Test
  void generatedEventsCoverEveryCommand() {
    Set<ActionItemCommand> commands =
        MeetingArbitraries.actionItemEvents().sampleStream().limit(200).map(ActionItemEvent::command)
            .collect(Collectors.toSet());
    assertThat(commands).isEqualTo(EnumSet.allOf(ActionItemCommand.class));
  }

  @Test
  void generatedRecurrencesMoveForward() {
    MeetingArbitraries.recurrences()
        .sampleStream()
        .limit(100)
        .forEach((Recurrence r) -> assertThat(r.occurrence(1)).isAfter(r.first()));
  }

  @Test
  void generatedNoticesAreNumberedByTheirRegister() {
    MeetingArbitraries.conclusionNotices()
        .sampleStream()
        .limit(50)
        .forEach(
            notice -> {
              assertThat(notice.symbol().number()).isBetween(1, 21);
              assertThat(notice.symbol().issuerCode()).isEqualTo("VPTU");
              assertThat(notice.issuedOn()).isAfterOrEqualTo(notice.briefingDate());
            });
  }

  @Test
  void daysAroundNoItemAreAnyDay() {
    assertThat(MeetingArbitraries.daysAround(List.of()).sample()).isBetween(LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31));
  }
}
