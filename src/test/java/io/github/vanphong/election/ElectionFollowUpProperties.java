package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.testing.ElectionArbitraries;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The laws of the follow-up: statuses only move forward in time, and a refused record changes nothing. */
class ElectionFollowUpProperties {

  /** The statuses a milestone may have later, given its status on a day. */
  private static final Map<MilestoneStatus, Set<MilestoneStatus>> LATER =
      Map.of(
          MilestoneStatus.DUE, Set.of(MilestoneStatus.values()),
          MilestoneStatus.OVERDUE, Set.of(MilestoneStatus.OVERDUE, MilestoneStatus.DONE_LATE),
          MilestoneStatus.DONE, Set.of(MilestoneStatus.DONE),
          MilestoneStatus.DONE_LATE, Set.of(MilestoneStatus.DONE_LATE));

  /** A follow-up and two days to ask it about, in order. */
  @Provide
  Arbitrary<List<Object>> followUpAndTwoDays() {
    return ElectionArbitraries.followUps()
        .flatMap(
            f ->
                Combinators.combine(ElectionArbitraries.daysOf(f), ElectionArbitraries.daysOf(f))
                    .as((a, b) -> List.<Object>of(f, a.isBefore(b) ? a : b, a.isBefore(b) ? b : a)));
  }

  @Property(tries = 150)
  void aMilestonesStatusOnlyMovesForward(@ForAll("followUpAndTwoDays") List<Object> given) {
    ElectionFollowUp followUp = (ElectionFollowUp) given.get(0);
    List<MilestoneCheck> earlier = followUp.checks((LocalDate) given.get(1));
    List<MilestoneCheck> later = followUp.checks((LocalDate) given.get(2));
    for (int i = 0; i < earlier.size(); i++) {
      assertThat(LATER.get(earlier.get(i).status()))
          .as("%s then %s", earlier.get(i), later.get(i))
          .contains(later.get(i).status());
    }
  }

  @Property(tries = 150)
  void aMilestoneIsDoneExactlyWhenRecordedByTheDayAsked(@ForAll("followUpAndTwoDays") List<Object> given) {
    ElectionFollowUp followUp = (ElectionFollowUp) given.get(0);
    LocalDate asOf = (LocalDate) given.get(1);
    for (MilestoneCheck check : followUp.checks(asOf)) {
      boolean recorded = followUp.doneOn(check.milestone().name()).filter(d -> !d.isAfter(asOf)).isPresent();
      assertThat(check.status() == MilestoneStatus.DONE || check.status() == MilestoneStatus.DONE_LATE)
          .isEqualTo(recorded);
      assertThat(check.daysLeft()).isEqualTo(check.milestone().date().toEpochDay() - asOf.toEpochDay());
    }
  }

  @Provide
  Arbitrary<ElectionFollowUp> followUps() {
    return ElectionArbitraries.followUps();
  }

  @Property(tries = 150)
  void aRefusedRecordChangesNothing(
      @ForAll("followUps") ElectionFollowUp followUp, @ForAll("offsets") int offset) {
    ElectionFollowUp copy = followUp;
    String text = followUp.toString();
    int hash = followUp.hashCode();
    assertThatThrownBy(() -> followUp.recordDone("NO_SUCH_MILESTONE", followUp.startsOn().plusDays(offset)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("NO_SUCH_MILESTONE");
    for (Map.Entry<String, LocalDate> done : followUp.done().entrySet()) {
      assertThatThrownBy(() -> followUp.recordDone(done.getKey(), done.getValue().plusDays(offset)))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining(done.getKey());
    }
    for (Milestone m : followUp.timeline().milestones()) {
      if (followUp.doneOn(m.name()).isEmpty()) {
        assertThatThrownBy(() -> followUp.recordDone(m.name(), followUp.startsOn().minusDays(1 + offset)))
            .isInstanceOf(IllegalArgumentException.class)
            .hasMessageContaining(followUp.startsOn().toString());
      }
    }
    assertThat(followUp).isEqualTo(copy);
    assertThat(followUp.toString()).isEqualTo(text);
    assertThat(followUp.hashCode()).isEqualTo(hash);
  }

  @Provide
  Arbitrary<Integer> offsets() {
    return Arbitraries.integers().between(0, 400);
  }

  @Property(tries = 100)
  void aRecordAddsOneMilestoneAndKeepsTheOthers(@ForAll("followUps") ElectionFollowUp followUp) {
    for (Milestone m : followUp.timeline().milestones()) {
      if (followUp.doneOn(m.name()).isEmpty()) {
        ElectionFollowUp next = followUp.recordDone(m.name(), m.date());
        assertThat(next.done()).hasSize(followUp.done().size() + 1).containsAllEntriesOf(followUp.done());
        assertThat(next.check(m.name(), m.date()).status()).isEqualTo(MilestoneStatus.DONE);
        return;
      }
    }
  }
}
