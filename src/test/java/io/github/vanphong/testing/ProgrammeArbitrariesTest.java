package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.programme.ProgrammeItem;
import io.github.vanphong.programme.ProgrammeRollUp;
import io.github.vanphong.programme.RhythmReport;
import io.github.vanphong.programme.WorkProgramme;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

/** The generators of work programmes and meeting rhythms give values the package accepts, by type and by name. */
class ProgrammeArbitrariesTest {

  @Property(tries = 100)
  void generatedItemsReplayToThemselves(@ForAll ProgrammeItem item) {
    assertThat(ProgrammeItem.replay(item.id(), item.matter(), item.preparedBy(), item.history())).isEqualTo(item);
  }

  @Property(tries = 50)
  void generatedProgrammesHoldItemsDueWithinTheirPeriod(@ForAll WorkProgramme programme) {
    assertThat(programme.body().drawsUp(programme.period().scope())).isTrue();
    for (ProgrammeItem item : programme.items()) {
      assertThat(programme.period().overlaps(item.due())).isTrue();
    }
  }

  @Property(tries = 30)
  void generatedRollUpsAddUpToTheirTotal(@ForAll ProgrammeRollUp rollUp) {
    int placed = rollUp.total().total() - rollUp.unplaced().values().stream().mapToInt(s -> s.total()).sum();
    assertThat(placed).isNotNegative();
  }

  @Property(tries = 50)
  void generatedReportsCountOnlyMeetingsWithinTheirDays(@ForAll RhythmReport report) {
    assertThat(report.regularHeld()).isNotNegative();
    report.extraordinary().forEach(m -> assertThat(m.date()).isBetween(report.from(), report.to()));
    report.missing().forEach(v -> assertThat(v.periodStart()).isBetween(report.from(), report.to()));
  }

  @Test
  void theProviderProvidesTheProgrammeTypesOnly() {
    ProgrammeArbitraryProvider provider = new ProgrammeArbitraryProvider();
    assertThat(provider.canProvideFor(TypeUsage.of(WorkProgramme.class))).isTrue();
    assertThat(provider.canProvideFor(TypeUsage.of(RhythmReport.class))).isTrue();
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(WorkProgramme.class), t -> java.util.Set.of())).hasSize(1);
    assertThat(provider.provideFor(TypeUsage.of(String.class), t -> java.util.Set.of())).isEmpty();
  }
}
