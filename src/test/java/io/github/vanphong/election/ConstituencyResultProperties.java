package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.testing.ElectionArbitraries;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Laws of the constituency results: seats, determinism, refusals that change nothing. */
class ConstituencyResultProperties {

  private static final LocalDate DAY = LocalDate.of(2021, 5, 23);

  private static final CandidateList LIST = ResultFixtures.councilOfFive();

  @Provide
  Arbitrary<List<TallyRecord>> areas() {
    return ElectionArbitraries.tallyRecordsOf(LIST).list().ofMinSize(1).ofMaxSize(6);
  }

  @Property(tries = 200)
  void winnersNeverExceedTheSeats(@ForAll ConstituencyResult result) {
    assertThat(result.elected()).hasSizeLessThanOrEqualTo(result.seats()).doesNotHaveDuplicates();
    assertThat(result.filled()).isEqualTo(result.elected().size());
    assertThat(result.outcomes().stream().filter(CandidateOutcome::isElected).count())
        .isLessThanOrEqualTo(result.tally().seats());
    for (CandidateOutcome o : result.outcomes()) {
      if (o.isElected()) {
        assertThat(2L * o.votes()).as("a winner has more than half").isGreaterThan(result.tally().valid());
      }
    }
    assertThat(result.explain()).isNotBlank();
  }

  @Property(tries = 100)
  void resultsAreTheSameWhateverTheOrderOfThePollingAreas(@ForAll("areas") List<TallyRecord> areas, @ForAll long seed) {
    List<TallyRecord> shuffled = new ArrayList<>(areas);
    Collections.shuffle(shuffled, new Random(seed));
    ConstituencyResult inOrder =
        ConstituencyResult.of(LIST.level(), DAY, areas.stream().collect(TallyRecord.collector()));
    ConstituencyResult reordered =
        ConstituencyResult.of(LIST.level(), DAY, shuffled.parallelStream().collect(TallyRecord.collector()));
    assertThat(reordered).isEqualTo(inOrder);
    assertThat(reordered.outcomes()).isEqualTo(inOrder.outcomes());
    assertThat(reordered.explain()).isEqualTo(inOrder.explain());
  }

  @Property(tries = 100)
  void aRefusedRoundChangesNothing(@ForAll ConstituencyResult result, @ForAll TallyRecord other) {
    String before = result.explain();
    ConstituencyResult copy = result;
    for (Runnable round : List.<Runnable>of(() -> result.reRun(other), () -> result.topUp(other))) {
      try {
        round.run();
      } catch (IllegalArgumentException refused) {
        assertThat(refused.getMessage()).matches("[A-Z_]+: .*");
      }
    }
    assertThat(result.explain()).isEqualTo(before);
    assertThat(result).isEqualTo(copy);
    if (result.nextRound() != NextRound.RE_RUN) {
      assertThatThrownBy(() -> result.reRun(other)).isInstanceOf(IllegalArgumentException.class);
    }
    if (result.nextRound() != NextRound.TOP_UP) {
      assertThatThrownBy(() -> result.topUp(other)).isInstanceOf(IllegalArgumentException.class);
    }
  }
}
