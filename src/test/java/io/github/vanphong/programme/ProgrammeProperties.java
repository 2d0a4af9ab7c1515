package io.github.vanphong.programme;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.SummaryLaws;
import io.github.vanphong.organization.Unit;
import java.time.LocalDate;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/** Laws of programme items, their figures and their roll-up, over generated values. */
class ProgrammeProperties {

  private static final LocalDate DAY = LocalDate.of(2020, 6, 30);

  @Property(tries = 100)
  void replayingAHistoryGivesTheItemBack(@ForAll ProgrammeItem item) {
    assertThat(ProgrammeItem.replay(item.id(), item.matter(), item.preparedBy(), item.history())).isEqualTo(item);
    assertThat(item.stateOn(LocalDate.of(2199, 12, 31))).contains(item.state());
  }

  @Property(tries = 100)
  void summariesObeyTheMergeLaws(@ForAll WorkProgramme a, @ForAll WorkProgramme b, @ForAll WorkProgramme c) {
    SummaryLaws.mergeLaws(ProgrammeSummary.empty(), a.summary(DAY), b.summary(DAY), c.summary(DAY));
  }

  @Property(tries = 100)
  void theCollectorIsTheFoldOfItsItems(@ForAll WorkProgramme programme, @ForAll @IntRange(max = 10) int at) {
    SummaryLaws.collectorLaws(
        programme.items(),
        at,
        ProgrammeSummary.collector(DAY),
        i -> ProgrammeSummary.of(i, DAY),
        ProgrammeSummary.empty());
  }

  @Property(tries = 50)
  void aRollUpIsTheSumOfTheUnitsAtEveryLevel(@ForAll ProgrammeRollUp rollUp) {
    rollUp
        .rolledUp()
        .forEach(
            (unit, figures) -> {
              ProgrammeSummary own = rollUp.ownSummaryOf(unit);
              assertThat(figures.total()).isGreaterThanOrEqualTo(own.total());
            });
  }

  @Property(tries = 50)
  void aRollUpOverATreeEqualsTheSumOfEachUnitsSubtree(
      @ForAll List<WorkProgramme> programmes, @ForAll io.github.vanphong.organization.UnitTree tree) {
    ProgrammeRollUp rollUp = ProgrammeRollUp.of(programmes, DAY, tree);
    for (Unit unit : tree.units()) {
      ProgrammeSummary expected = rollUp.ownSummaryOf(unit.id());
      for (Unit below : tree.descendants(unit.id())) {
        expected = expected.plus(rollUp.ownSummaryOf(below.id()));
      }
      assertThat(rollUp.summaryOf(unit.id())).isEqualTo(expected);
    }
    ProgrammeSummary all = ProgrammeSummary.empty();
    for (WorkProgramme p : programmes) {
      all = all.plus(p.summary(DAY));
    }
    assertThat(rollUp.total()).isEqualTo(all);
  }
}
