package io.github.vanphong.programme;

import static io.github.vanphong.programme.ProgrammeFixtures.CHIEF;
import static io.github.vanphong.programme.ProgrammeFixtures.OFFICE;
import static io.github.vanphong.programme.ProgrammeFixtures.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.EnumSet;
import java.util.Optional;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class ProgrammeItemTest {

  private static final LocalDate DAY = LocalDate.of(2016, 4, 1);

  /** Each command given to an item on DAY. */
  private static ProgrammeItem give(ProgrammeItem item, ProgrammeItemCommand command) {
    return switch (command) {
      case PLAN -> item.apply(ProgrammeItemEvent.scheduling(command, item.due(), DAY, CHIEF));
      case PREPARE -> item.prepare(DAY, CHIEF);
      case SUBMIT -> item.submit(DAY, CHIEF);
      case CONCLUDE -> item.conclude(Optional.of("Thống nhất"), DAY, CHIEF);
      case POSTPONE -> item.postpone("Chưa đủ số liệu", DAY, CHIEF);
      case CARRY_OVER -> item.carryOver(item.due().plusMonths(1), DAY, CHIEF);
      case DROP -> item.drop("Không còn cần thiết", DAY, CHIEF);
    };
  }

  private static ProgrammeItem inState(ProgrammeItemState state) {
    ProgrammeItem item = planned();
    return switch (state) {
      case PLANNED -> item;
      case PREPARED -> item.prepare(DAY, CHIEF);
      case SUBMITTED -> item.prepare(DAY, CHIEF).submit(DAY, CHIEF);
      case CONCLUDED -> item.prepare(DAY, CHIEF).submit(DAY, CHIEF).conclude(Optional.empty(), DAY, CHIEF);
      case POSTPONED -> item.postpone("Lùi", DAY, CHIEF);
      case DROPPED -> item.drop("Rút", DAY, CHIEF);
    };
  }

  @Test
  void everyAllowedCommandLeadsToItsStateAndAddsOneEvent() {
    for (ProgrammeItemState state : ProgrammeItemState.values()) {
      ProgrammeItem item = inState(state);
      assertThat(item.state()).isEqualTo(state);
      for (ProgrammeItemCommand command : state.allowedCommands()) {
        ProgrammeItem next = give(item, command);
        assertThat(next.state()).as("%s then %s", state, command).isEqualTo(command.leadsTo());
        assertThat(next.history()).hasSize(item.history().size() + 1);
        assertThat(next.history().get(next.history().size() - 1).command()).isEqualTo(command);
      }
    }
  }

  @Test
  void everyRefusedCommandThrowsAndChangesNothing() {
    for (ProgrammeItemState state : ProgrammeItemState.values()) {
      ProgrammeItem item = inState(state);
      ProgrammeItem copy = ProgrammeItem.replay(item.id(), item.matter(), item.preparedBy(), item.history());
      EnumSet<ProgrammeItemCommand> refused = EnumSet.allOf(ProgrammeItemCommand.class);
      refused.removeAll(state.allowedCommands());
      for (ProgrammeItemCommand command : refused) {
        assertThatThrownBy(() -> give(item, command))
            .as("%s then %s", state, command)
            .isInstanceOfSatisfying(
                ProgrammeWorkflowException.class,
                e -> {
                  assertThat(e.subject()).isEqualTo(item.id());
                  assertThat(e.state()).isEqualTo(state);
                  assertThat(e.command()).isEqualTo(command);
                  assertThat(e.allowedCommands()).isEqualTo(state.allowedCommands());
                  assertThat(e.rule()).isEmpty();
                });
        assertThat(item).isEqualTo(copy);
        assertThat(item.state()).isEqualTo(state);
      }
    }
  }

  @Test
  void theWorkflowRunsFromPlannedToConcluded() {
    ProgrammeItem item =
        planned()
            .prepare(LocalDate.of(2016, 4, 5), CHIEF)
            .submit(LocalDate.of(2016, 4, 10), CHIEF)
            .conclude(Optional.of("Đồng ý"), LocalDate.of(2016, 4, 15), CHIEF);
    assertThat(item.state()).isEqualTo(ProgrammeItemState.CONCLUDED);
    assertThat(item.concludedOn()).contains(LocalDate.of(2016, 4, 15));
    assertThat(item.allowedCommands()).isEmpty();
    assertThat(item.plannedOn()).isEqualTo(LocalDate.of(2016, 3, 25));
    assertThat(item.matter()).isEqualTo("Sơ kết quý I năm 2016");
    assertThat(item.preparedBy()).isEqualTo(OFFICE);
    assertThat(planned().concludedOn()).isEmpty();
  }

  @Test
  void anEventDatedBeforeTheLastIsRefusedAndChangesNothing() {
    ProgrammeItem item = planned();
    assertThatThrownBy(() -> item.prepare(LocalDate.of(2016, 3, 24), CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("date order");
    assertThat(item.prepare(LocalDate.of(2016, 3, 25), CHIEF).state()).isEqualTo(ProgrammeItemState.PREPARED);
    assertThat(item).isEqualTo(planned());
  }

  @Test
  void aCarryOverIsNotDueEarlierThanTheItemWas() {
    ProgrammeItem postponed = planned().postpone("Lùi", DAY, CHIEF);
    assertThatThrownBy(() -> postponed.carryOver(YearMonth.of(2016, 3), DAY, CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("not due earlier");
    assertThat(postponed.carryOver(YearMonth.of(2016, 4), DAY, CHIEF).due()).isEqualTo(YearMonth.of(2016, 4));
    assertThat(postponed.carryOver(YearMonth.of(2016, 5), DAY, CHIEF).due()).isEqualTo(YearMonth.of(2016, 5));
  }

  @Test
  void aPostponementAndADropRecordTheirReason() {
    assertThatThrownBy(() -> planned().postpone(" \u200B", DAY, CHIEF)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ProgrammeItemEvent.of(ProgrammeItemCommand.DROP, DAY, CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reason");
    assertThatThrownBy(() -> ProgrammeItemEvent.of(ProgrammeItemCommand.PLAN, DAY, CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("month due");
    assertThatThrownBy(
            () -> ProgrammeItemEvent.scheduling(ProgrammeItemCommand.PREPARE, YearMonth.of(2016, 4), DAY, CHIEF))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> ProgrammeItemEvent.scheduling(ProgrammeItemCommand.PLAN, YearMonth.of(1930, 1), DAY, CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("1930-02");
    assertThat(ProgrammeItemEvent.scheduling(ProgrammeItemCommand.PLAN, YearMonth.of(1930, 2), DAY, CHIEF).due())
        .contains(YearMonth.of(1930, 2));
    assertThat(ProgrammeItemEvent.scheduling(ProgrammeItemCommand.PLAN, YearMonth.of(2199, 12), DAY, CHIEF).due())
        .contains(YearMonth.of(2199, 12));
    assertThatThrownBy(
            () -> ProgrammeItemEvent.scheduling(ProgrammeItemCommand.PLAN, YearMonth.of(2200, 1), DAY, CHIEF))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void notesAndMattersAreKeptInNfc() {
    ProgrammeItem item =
        ProgrammeItem.plan(
            ProgrammeItemId.of("A"), "Tie\u0302\u0301p da\u0302n", OFFICE, YearMonth.of(2016, 4), DAY, CHIEF);
    assertThat(item.matter()).isEqualTo("Tiếp dân");
    ProgrammeItem postponed = item.postpone("Lu\u0300i", DAY, CHIEF);
    assertThat(postponed.history().get(1).note()).contains("Lùi");
    assertThat(postponed.history().get(1).toString()).isEqualTo("2016-04-01 POSTPONE by HG-P-CVP: 'Lùi'");
    assertThat(item.history().get(0).toString()).isEqualTo("2016-04-01 PLAN due 2016-04 by HG-P-CVP");
    assertThatThrownBy(
            () -> ProgrammeItem.plan(ProgrammeItemId.of("A"), "\u200B", OFFICE, YearMonth.of(2016, 4), DAY, CHIEF))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("matter");
  }

  @Test
  void replayRebuildsTheItemAndRefusesABadHistory() {
    ProgrammeItem item = planned().prepare(DAY, CHIEF).postpone("Lùi", DAY, CHIEF);
    assertThat(ProgrammeItem.replay(item.id(), item.matter(), OFFICE, item.history())).isEqualTo(item);
    assertThat(ProgrammeItem.replay(item.id(), item.matter(), OFFICE, item.history()).hashCode())
        .isEqualTo(item.hashCode());
    assertThatThrownBy(() -> ProgrammeItem.replay(item.id(), item.matter(), OFFICE, java.util.List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("empty");
    assertThatThrownBy(
            () -> ProgrammeItem.replay(item.id(), item.matter(), OFFICE, item.history().subList(1, 3)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with its plan");
  }

  @Test
  void theStateOnADayIsThatOfTheLastEventByThen() {
    ProgrammeItem item =
        planned().prepare(LocalDate.of(2016, 4, 5), CHIEF).submit(LocalDate.of(2016, 4, 10), CHIEF);
    assertThat(item.stateOn(LocalDate.of(2016, 3, 24))).isEmpty();
    assertThat(item.stateOn(LocalDate.of(2016, 3, 25))).contains(ProgrammeItemState.PLANNED);
    assertThat(item.stateOn(LocalDate.of(2016, 4, 4))).contains(ProgrammeItemState.PLANNED);
    assertThat(item.stateOn(LocalDate.of(2016, 4, 5))).contains(ProgrammeItemState.PREPARED);
    assertThat(item.stateOn(LocalDate.of(2016, 4, 10))).contains(ProgrammeItemState.SUBMITTED);
  }

  @Test
  void anOpenItemIsLateOnceTheMonthItWasDueIsOver() {
    ProgrammeItem item = planned();
    assertThat(item.isLateOn(LocalDate.of(2016, 3, 24))).isFalse();
    assertThat(item.isLateOn(LocalDate.of(2016, 4, 30))).isFalse();
    assertThat(item.isLateOn(LocalDate.of(2016, 5, 1))).isTrue();
    ProgrammeItem carried =
        item.postpone("Lùi", LocalDate.of(2016, 4, 20), CHIEF)
            .carryOver(YearMonth.of(2016, 7), LocalDate.of(2016, 6, 28), CHIEF);
    assertThat(carried.isLateOn(LocalDate.of(2016, 5, 2))).as("postponed, not open").isFalse();
    assertThat(carried.isLateOn(LocalDate.of(2016, 6, 28))).as("due July since the carry-over").isFalse();
    assertThat(carried.isLateOn(LocalDate.of(2016, 8, 1))).isTrue();
    ProgrammeItem concluded =
        item.prepare(DAY, CHIEF).submit(DAY, CHIEF).conclude(Optional.empty(), DAY, CHIEF);
    assertThat(concluded.isLateOn(LocalDate.of(2016, 9, 1))).isFalse();
  }

  @Test
  void theReadableFormNamesTheItem() {
    assertThat(planned().toString())
        .isEqualTo(
            "ProgrammeItem[HG-BTV-2016-07, 'Sơ kết quý I năm 2016', prepared by HG-VPTU, PLANNED, due 2016-04]");
    assertThat(planned()).isNotEqualTo(planned().prepare(DAY, CHIEF));
    Function<String, ProgrammeItem> withMatter =
        m -> ProgrammeItem.plan(ProgrammeItemId.of("HG-BTV-2016-07"), m, OFFICE, YearMonth.of(2016, 4),
            LocalDate.of(2016, 3, 25), CHIEF);
    assertThat(withMatter.apply("Khác")).isNotEqualTo(planned());
    assertThat(withMatter.apply("Sơ kết quý I năm 2016")).isEqualTo(planned());
  }
}
