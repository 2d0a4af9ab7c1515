package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.COMMUNE_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.CT_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.CT_XA_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_HT_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.HG_SECRETARY;
import static io.github.vanphong.reception.ReceptionFixtures.HG_TU;
import static io.github.vanphong.reception.ReceptionFixtures.HG_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static io.github.vanphong.reception.ReceptionFixtures.chairsDay;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ComplianceSummaryTest {

  private static final ReportPeriod Q1 = ReportPeriod.quarter(2016, 1, CutOff.monthEnd());
  private static final LocalDate MARCH_END = LocalDate.of(2016, 3, 31);
  private static final ComplianceCheck CHECK = ComplianceCheck.of(STANDARD, PROVINCE);

  private static ReceptionCompliance chair() {
    return CHECK.assess(HG_CHAIR, Q1, MARCH_END, List.of(chairsDay("S1", LocalDate.of(2016, 1, 15))), List.of());
  }

  private static ReceptionCompliance secretary() {
    return CHECK.assess(HG_SECRETARY, Q1, MARCH_END, List.of(), List.of());
  }

  private static ReceptionCompliance communeChair() {
    return CHECK.assess(COMMUNE_CHAIR, Q1, MARCH_END, List.of(), List.of());
  }

  @Test
  void theSummaryAddsUpThePostsByTheirUnits() {
    ComplianceSummary summary = Stream.of(chair(), secretary(), communeChair()).collect(ComplianceSummary.collector());
    assertThat(summary.asOf()).contains(MARCH_END);
    assertThat(summary.posts()).isEqualTo(3);
    assertThat(summary.postsWithDuty()).isEqualTo(2);
    assertThat(summary.postsShort()).isEqualTo(2);
    assertThat(summary.required()).isEqualTo(3 + 13);
    assertThat(summary.held()).isEqualTo(1);
    assertThat(summary.shortfall()).as("the week from 2016-03-28 is not over").isEqualTo(2 + 12);
    assertThat(summary.pending()).isEqualTo(1);
    assertThat(summary.units()).containsExactly(HG_HT_UBND, HG_TU, HG_UBND);
    assertThat(summary.forUnit(HG_TU).posts()).isEqualTo(1);
    assertThat(summary.forUnit(CT_UBND)).isEqualTo(ComplianceSummary.empty());
    assertThat(summary).isEqualTo(ComplianceSummary.of(chair()).plus(ComplianceSummary.of(secretary())).plus(ComplianceSummary.of(communeChair())));
  }

  @Test
  void summariesOfDifferentDaysDoNotMerge() {
    ComplianceSummary march = ComplianceSummary.of(chair());
    ComplianceSummary april =
        ComplianceSummary.of(CHECK.assess(HG_CHAIR, Q1, LocalDate.of(2016, 4, 30), List.of(), List.of()));
    assertThatThrownBy(() -> march.plus(april))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("2016-03-31")
        .hasMessageContaining("2016-04-30");
    assertThatThrownBy(() -> Stream.of(chair(), CHECK.assess(HG_CHAIR, Q1, LocalDate.of(2016, 4, 30), List.of(), List.of())).collect(ComplianceSummary.collector()))
        .isInstanceOf(IllegalArgumentException.class);
    assertThat(march.plus(ComplianceSummary.empty())).isEqualTo(march);
    assertThat(ComplianceSummary.empty().plus(march)).isEqualTo(march);
  }

  @Test
  void afterTheMergersOf2025TheFiguresOfHauGiangCountUnderCanTho() {
    ComplianceSummary summary = Stream.of(chair(), communeChair()).collect(ComplianceSummary.collector());
    ComplianceSummary moved = summary.reassignedTo(PROVINCE, LocalDate.of(2026, 1, 1));
    assertThat(moved.units()).containsExactly(CT_UBND, CT_XA_UBND);
    assertThat(moved.required()).isEqualTo(summary.required());
    assertThat(moved.asOf()).isEqualTo(summary.asOf());
    assertThat(summary.reassignedTo(PROVINCE, LocalDate.of(2016, 1, 1))).isEqualTo(summary);
  }

  @Test
  void theReadableFormGivesTheDayAndTheTotals() {
    assertThat(ComplianceSummary.empty()).hasToString("ComplianceSummary[empty]");
    assertThat(ComplianceSummary.of(chair()))
        .hasToString(
            "ComplianceSummary[as of 2016-03-31: 1 posts, 1 with a duty, 1 short; 3 days required, 1 held, 2 missing,"
                + " 0 pending; ad hoc 0/0; units [HG-UBND]]");
    assertThat(ComplianceSummary.of(chair()).adHocCalls()).isZero();
    assertThat(ComplianceSummary.of(chair()).adHocAnswered()).isZero();
  }

  @Test
  void aSummaryOfFiguresThatNoSetOfPostsHasIsRefusedNamingTheFigure() {
    LocalDate day = LocalDate.of(2016, 3, 31);
    UnitId unit = UnitId.of("HG-VPTU");
    assertThat(ComplianceSummary.of(day, unit, 3, 2, 1, 12, 10, 2, 0, 1, 1).posts()).isEqualTo(3);
    assertThatThrownBy(() -> ComplianceSummary.of(day, unit, 0, 0, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a summary of HG-VPTU counts at least one post: posts 0");
    assertThatThrownBy(() -> ComplianceSummary.of(day, unit, 2, 3, 0, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postsWithDuty of HG-VPTU are some of its posts: 3 of 2");
    assertThatThrownBy(() -> ComplianceSummary.of(day, unit, 2, 1, 2, 0, 0, 0, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("postsShort of HG-VPTU are some of its posts with a duty: 2 of 1");
    assertThatThrownBy(() -> ComplianceSummary.of(day, unit, 2, 1, 0, 4, 5, -1, 0, 0, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("shortfall of HG-VPTU must not be negative: -1");
    assertThatThrownBy(() -> ComplianceSummary.of(day, unit, 2, 1, 0, 4, 5, 0, 0, 0, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("adHocAnswered of HG-VPTU must not be negative: -2");
  }
}
