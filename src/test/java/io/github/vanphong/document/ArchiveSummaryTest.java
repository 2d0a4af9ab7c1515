package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ArchiveSummaryTest {

  private static final LocalDate DAY = LocalDate.of(2017, 6, 1);

  @Test
  void aFileCountsInItsStateOnTheDay() {
    ArchiveSummary one = ArchiveSummary.of(ArchiveFixtures.handedOverElectionFile(), DAY);
    assertThat(one.byState()).containsExactly(Map.entry(ArchiveFileState.HANDED_OVER, 1));
    assertThat(one.asOf()).contains(DAY);
    assertThat(one.total()).isEqualTo(1);
    assertThat(one).hasToString("ArchiveSummary[as of 2017-06-01, {HANDED_OVER=1}]");
    assertThat(ArchiveSummary.of(ArchiveFixtures.handedOverElectionFile(), LocalDate.of(2015, 1, 1)))
        .isEqualTo(ArchiveSummary.empty());
  }

  @Test
  void summariesOfOneDayAddAndOfAnotherDayAreRefused() {
    ArchiveSummary a = ArchiveSummary.of(DAY, Map.of(ArchiveFileState.HANDED_OVER, 2, ArchiveFileState.OPEN, 0));
    ArchiveSummary b = ArchiveSummary.of(DAY, Map.of(ArchiveFileState.HANDED_OVER, 3, ArchiveFileState.CLOSED, 1));
    ArchiveSummary sum = a.plus(b);
    assertThat(sum.count(ArchiveFileState.HANDED_OVER)).isEqualTo(5);
    assertThat(sum.count(ArchiveFileState.CLOSED)).isEqualTo(1);
    assertThat(sum.count(ArchiveFileState.OPEN)).isZero();
    assertThat(sum.total()).isEqualTo(6);
    assertThat(a.plus(ArchiveSummary.empty())).isSameAs(a);
    assertThat(ArchiveSummary.empty().plus(a)).isSameAs(a);
    ArchiveSummary other = ArchiveSummary.of(DAY.plusDays(1), Map.of(ArchiveFileState.OPEN, 1));
    assertThatThrownBy(() -> a.plus(other))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2017-06-01")
        .hasMessageContaining("2017-06-02");
    assertThat(ArchiveSummary.empty()).hasToString("ArchiveSummary[no file]");
    assertThat(ArchiveSummary.empty().asOf()).isEmpty();
    assertThat(ArchiveSummary.empty().total()).isZero();
  }

  @Test
  void countsAreNotNegativeAndZeroCountsCountNothing() {
    assertThatThrownBy(() -> ArchiveSummary.of(DAY, Map.of(ArchiveFileState.OPEN, -1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("-1");
    assertThat(ArchiveSummary.of(DAY, Map.of(ArchiveFileState.OPEN, 0))).isEqualTo(ArchiveSummary.empty());
  }

  @Test
  void theCollectorCountsEveryFileOpenedByTheDay() {
    List<ArchiveFile> files =
        List.of(ArchiveFixtures.handedOverElectionFile(), ArchiveFixtures.handedOverResolutionFile());
    ArchiveSummary summary = files.stream().collect(ArchiveSummary.collector(DAY));
    assertThat(summary).isEqualTo(ArchiveSummary.of(DAY, Map.of(ArchiveFileState.HANDED_OVER, 2)));
    assertThat(summary.hashCode()).isEqualTo(ArchiveSummary.of(DAY, Map.of(ArchiveFileState.HANDED_OVER, 2)).hashCode());
    assertThat(summary).isNotEqualTo(ArchiveSummary.of(DAY.plusDays(1), Map.of(ArchiveFileState.HANDED_OVER, 2)));
    assertThat(files.stream().collect(ArchiveSummary.collector(LocalDate.of(2000, 1, 1))))
        .isEqualTo(ArchiveSummary.empty());
  }
}
