package io.github.vanphong.reception;

import static io.github.vanphong.reception.ReceptionFixtures.COMMUNE_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.CT_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.CT_XA_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.HG_CHAIR;
import static io.github.vanphong.reception.ReceptionFixtures.HG_HT_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.HG_PH_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.HG_UBND;
import static io.github.vanphong.reception.ReceptionFixtures.PROVINCE;
import static io.github.vanphong.reception.ReceptionFixtures.STANDARD;
import static io.github.vanphong.reception.ReceptionFixtures.chairsDay;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.Post;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ComplianceRollUpTest {

  private static final ReportPeriod Q1 = ReportPeriod.quarter(2016, 1, CutOff.monthEnd());
  private static final LocalDate MARCH_END = LocalDate.of(2016, 3, 31);
  private static final ComplianceCheck CHECK = ComplianceCheck.of(STANDARD, PROVINCE);

  private static ComplianceSummary summary() {
    return Stream.of(
            CHECK.assess(HG_CHAIR, Q1, MARCH_END, List.of(chairsDay("S1", LocalDate.of(2016, 1, 15))), List.of()),
            CHECK.assess(COMMUNE_CHAIR, Q1, MARCH_END, List.of(), List.of()),
            CHECK.assess(Post.of(UnitId.of("XX-UBND"), PostKind.CHAIR), Q1, MARCH_END, List.of(), List.of()))
        .collect(ComplianceSummary.collector());
  }

  @Test
  void aUnitsFiguresIncludeThoseOfTheUnitsUnderIt() {
    ComplianceRollUp rollUp = ComplianceRollUp.of(summary(), PROVINCE, MARCH_END);
    assertThat(rollUp.date()).isEqualTo(MARCH_END);
    assertThat(rollUp.summaryOf(HG_UBND).posts()).isEqualTo(2);
    assertThat(rollUp.ownSummaryOf(HG_UBND).posts()).isEqualTo(1);
    assertThat(rollUp.summaryOf(HG_PH_UBND).posts()).isEqualTo(1);
    assertThat(rollUp.summaryOf(HG_HT_UBND).required()).isEqualTo(13);
    assertThat(rollUp.unplaced()).containsOnlyKeys(UnitId.of("XX-UBND"));
    assertThat(rollUp.total().posts()).isEqualTo(3);
    assertThat(rollUp.rolledUp()).containsKeys(HG_UBND, HG_PH_UBND, HG_HT_UBND);
    assertThat(rollUp).hasToString("ComplianceRollUp[2016-03-31, 3 posts, 3 units, 1 unplaced]");
  }

  @Test
  void afterTheMergersTheFiguresRollUpUnderCanTho() {
    ComplianceRollUp rollUp = ComplianceRollUp.of(summary(), PROVINCE, LocalDate.of(2026, 1, 1));
    assertThat(rollUp.summaryOf(CT_UBND).posts()).isEqualTo(2);
    assertThat(rollUp.ownSummaryOf(CT_XA_UBND).posts()).isEqualTo(1);
    assertThat(rollUp.summaryOf(HG_UBND)).isEqualTo(ComplianceSummary.empty());
    assertThat(rollUp.summaryOf(CT_UBND).asOf()).contains(MARCH_END);
  }

  @Test
  void aRollUpOverATreeKeepsTheUnitsAsTheyAre() {
    ComplianceRollUp rollUp = ComplianceRollUp.of(summary(), PROVINCE.asOf(MARCH_END));
    assertThat(rollUp).isEqualTo(ComplianceRollUp.of(summary(), PROVINCE, MARCH_END));
    assertThat(rollUp.hashCode()).isEqualTo(ComplianceRollUp.of(summary(), PROVINCE, MARCH_END).hashCode());
  }
}
