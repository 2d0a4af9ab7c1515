package io.github.vanphong.meeting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import io.github.vanphong.calendar.Extension;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.testing.MeetingArbitraries;
import io.github.vanphong.testing.WorkingCalendarArbitraries;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random sequences of commands, accepted or not, on random items: a refused command changes nothing, an accepted one
 * appends one event, and the history always replays to the same item.
 */
class ActionItemProperties {

  /** One command to try: what, how many days after the last event (negative: before it), by whom. */
  record Command(ActionItemCommand command, int gap, PersonId actor, Extension extension) {
    ActionItemEvent on(ActionItem item) {
      var day = item.history().get(item.history().size() - 1).date().plusDays(gap);
      return switch (command) {
        case EXTEND -> ActionItemEvent.extension(extension, day, actor);
        case CANCEL -> ActionItemEvent.cancellation("Không còn phù hợp", day, actor);
        default -> ActionItemEvent.of(command, day, actor);
      };
    }
  }

  @Provide
  Arbitrary<List<Command>> commands() {
    return Combinators.combine(
            Arbitraries.of(ActionItemCommand.class),
            Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(9, Arbitraries.integers().between(0, 30)),
                net.jqwik.api.Tuple.of(1, Arbitraries.integers().between(-10, -1))),
            MeetingArbitraries.personIds(),
            WorkingCalendarArbitraries.extensions())
        .as(Command::new)
        .list()
        .ofMaxSize(12);
  }

  @Property
  void aRefusedCommandChangesNothingAndAnAcceptedOneAppendsOneEvent(
      @ForAll ActionItem start, @ForAll("commands") List<Command> commands) {
    ActionItem item = start;
    for (Command command : commands) {
      ActionItem before = item;
      ActionItem copy = replay(before);
      ActionItemEvent event = command.on(before);
      boolean allowed = before.state().allows(event.command());
      boolean inOrder = command.gap() >= 0;
      Throwable refused = catchThrowable(() -> before.apply(event));
      if (!allowed) {
        assertThat(refused)
            .isInstanceOfSatisfying(
                ActionItemWorkflowException.class,
                e -> {
                  assertThat(e.item()).isEqualTo(before.id());
                  assertThat(e.state()).isEqualTo(before.state());
                  assertThat(e.command()).isEqualTo(event.command());
                  assertThat(e.allowedCommands()).isEqualTo(before.allowedCommands()).doesNotContain(event.command());
                });
      } else if (!inOrder) {
        assertThat(refused).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("in date order");
      } else {
        assertThat(refused).isNull();
        ActionItem after = before.apply(event);
        assertThat(after.history()).hasSize(before.history().size() + 1).startsWith(
            before.history().toArray(new ActionItemEvent[0])).endsWith(event);
        assertThat(after.state()).isEqualTo(event.command().leadsTo());
        item = after;
      }
      assertThat(before).isEqualTo(copy);
      assertThat(before.history()).isEqualTo(copy.history());
    }
    assertThat(replay(item)).isEqualTo(item);
  }

  @Property
  void theHistoryReplaysToTheSameStateAndDeadline(@ForAll ActionItem item) {
    ActionItem replayed = replay(item);
    assertThat(replayed).isEqualTo(item);
    assertThat(replayed.state()).isEqualTo(item.state());
    assertThat(replayed.deadline()).isEqualTo(item.deadline());
    assertThat(replayed.hashCode()).isEqualTo(item.hashCode());
  }

  @Property
  void theDerivedFactsAgreeWithTheHistory(@ForAll ActionItem item) {
    long extensions = item.history().stream().filter(e -> e.command() == ActionItemCommand.EXTEND).count();
    assertThat(item.deadline().extensions()).hasSize((int) extensions);
    assertThat(item.deadline().dueDate()).isAfterOrEqualTo(item.initialDeadline().dueDate());
    var last = item.history().get(item.history().size() - 1).date();
    assertThat(item.stateOn(last)).contains(item.state());
    assertThat(item.stateOn(item.assignedOn().minusDays(1))).isEmpty();
    assertThat(item.deadlineOn(last)).isEqualTo(item.deadline());
    assertThat(item.history().get(0).command()).isEqualTo(ActionItemCommand.ASSIGN);
    assertThat(item.history()).isSortedAccordingTo(java.util.Comparator.comparing(ActionItemEvent::date));
    assertThat(item.reportedDoneOn().isPresent()).isEqualTo(item.state() == ActionItemState.REPORTED_DONE);
    if (item.isOverdueOn(last)) {
      assertThat(item.state().isOpen()).isTrue();
    }
  }

  private static ActionItem replay(ActionItem item) {
    return ActionItem.replay(
        item.id(), item.briefing(), item.conclusion(), item.owner(), item.initialDeadline(), item.history());
  }
}
