package io.github.vanphong.programme;

import static io.github.vanphong.programme.ProgrammeFixtures.CHIEF;
import static io.github.vanphong.programme.ProgrammeFixtures.planned;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.SummaryLaws;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ProgrammeSummaryTest {

  private static final LocalDate DAY = LocalDate.of(2016, 6, 30);

  @Test
  void oneItemCountsInItsStateOnTheDay() {
    assertThat(ProgrammeSummary.of(planned(), LocalDate.of(2016, 3, 24))).isEqualTo(ProgrammeSummary.empty());
    ProgrammeSummary one = ProgrammeSummary.of(planned(), DAY);
    assertThat(one.count(ProgrammeItemState.PLANNED)).isEqualTo(1);
    assertThat(one.total()).isEqualTo(1);
    assertThat(one.open()).isEqualTo(1);
    assertThat(one.late()).isEqualTo(1);
    assertThat(one.asOf()).contains(DAY);
    assertThat(one.isEmpty()).isFalse();
    assertThat(ProgrammeSummary.empty().isEmpty()).isTrue();
    assertThat(ProgrammeSummary.of(planned(), LocalDate.of(2016, 4, 30)).late()).isZero();
  }

  @Test
  void figuresOfAnotherDayAreRefused() {
    SummaryLaws.anotherDayIsRefused(
        ProgrammeSummary.of(planned(), DAY),
        ProgrammeSummary.of(planned(), DAY.plusDays(1)),
        ProgrammeSummary.empty(),
        ProgrammeSummary::asOf);
  }

  @Test
  void theFiguresObeyTheMergeLaws() {
    ProgrammeSummary a = ProgrammeSummary.of(planned(), DAY);
    ProgrammeSummary b = ProgrammeSummary.of(planned().drop("Rút", DAY, CHIEF), DAY);
    ProgrammeSummary c = ProgrammeSummary.of(DAY, Map.of(ProgrammeItemState.CONCLUDED, 3), 0);
    SummaryLaws.mergeLaws(ProgrammeSummary.empty(), a, b, c);
    assertThat(a.plus(b).plus(c).total()).isEqualTo(5);
    SummaryLaws.collectorLaws(
        List.of(planned(), planned().drop("Rút", DAY, CHIEF)),
        1,
        ProgrammeSummary.collector(DAY),
        i -> ProgrammeSummary.of(i, DAY),
        ProgrammeSummary.empty());
  }

  @Test
  void countsMustAgree() {
    assertThatThrownBy(() -> ProgrammeSummary.of(DAY, Map.of(ProgrammeItemState.PLANNED, 0), 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("positive");
    assertThatThrownBy(() -> ProgrammeSummary.of(DAY, Map.of(ProgrammeItemState.CONCLUDED, 2), 1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("late");
    assertThatThrownBy(() -> ProgrammeSummary.of(DAY, Map.of(ProgrammeItemState.PLANNED, 2), -1))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(ProgrammeSummary.of(DAY, Map.of(ProgrammeItemState.PLANNED, 2), 2).late()).isEqualTo(2);
    assertThat(ProgrammeSummary.of(DAY, Map.of(), 0)).isEqualTo(ProgrammeSummary.empty());
    assertThatThrownBy(
            () ->
                ProgrammeSummary.of(
                    DAY,
                    ImmutableMap.of(
                        ProgrammeItemState.PLANNED, Integer.MAX_VALUE, ProgrammeItemState.PREPARED, 1),
                    0))
        .isInstanceOf(ArithmeticException.class);
  }

  @Test
  void completionIsTheShareOfItemsNotDroppedThatWereConcluded() {
    ProgrammeSummary s =
        ProgrammeSummary.of(
            DAY,
            ImmutableMap.of(
                ProgrammeItemState.CONCLUDED, 9, ProgrammeItemState.POSTPONED, 2, ProgrammeItemState.SUBMITTED, 1,
                ProgrammeItemState.DROPPED, 4),
            1);
    assertThat(s.percentConcluded(1, RoundingMode.HALF_UP)).isEqualByComparingTo(new BigDecimal("75.0"));
    assertThat(s.concluded()).isEqualTo(9);
    assertThat(s.open()).isEqualTo(1);
    assertThat(s.total()).isEqualTo(16);
    assertThat(ProgrammeSummary.of(DAY, Map.of(ProgrammeItemState.DROPPED, 2), 0).percentConcluded(2,
            RoundingMode.HALF_UP))
        .isEqualTo(new BigDecimal("0.00"));
    assertThat(ProgrammeSummary.empty().percentConcluded(0, RoundingMode.HALF_UP)).isEqualTo(BigDecimal.ZERO);
    assertThat(s.toString())
        .isEqualTo(
            "ProgrammeSummary[as of 2016-06-30, 16 items {SUBMITTED=1, CONCLUDED=9, POSTPONED=2, DROPPED=4}, 1 late]");
    assertThat(ProgrammeSummary.empty()).hasToString("ProgrammeSummary[no item]");
    assertThat(ProgrammeSummary.of(planned().prepare(DAY, CHIEF).submit(DAY, CHIEF)
            .conclude(Optional.empty(), DAY, CHIEF), DAY).percentConcluded(0, RoundingMode.UNNECESSARY))
        .isEqualTo(new BigDecimal("100"));
  }
}
