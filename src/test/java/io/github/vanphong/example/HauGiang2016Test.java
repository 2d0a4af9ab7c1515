package io.github.vanphong.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.organization.Level;
import io.github.vanphong.organization.PostKind;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.QuotaReport;
import io.github.vanphong.staffing.QuotaStatus;
import io.github.vanphong.staffing.StaffingSummary;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The example scenario says what the 2016 briefing report says, and what the library makes of it. */
class HauGiang2016Test {

  @Test
  void theEightDistrictLevelOfficesHaveNearlyEightyStaffAndOneHasFour() {
    QuotaReport report = HauGiang2016.quotaReport();
    List<QuotaCompliance> district =
        report.compliances().stream().filter(c -> c.unit().level() == Level.DISTRICT).toList();
    assertThat(district).hasSize(8);
    int total = district.stream().mapToInt(QuotaCompliance::counted).sum();
    assertThat(total).isBetween(75, 79);
    assertThat(district).filteredOn(c -> c.counted() == 4).singleElement().satisfies(c -> {
      assertThat(c.status()).isEqualTo(QuotaStatus.BELOW);
      assertThat(c.shortfall()).isEqualTo(7);
      assertThat(c.norm().orElseThrow().staff().lowerEndpoint()).isEqualTo(11);
      assertThat(c.norm().orElseThrow().staff().upperEndpoint()).isEqualTo(13);
    });
  }

  @Test
  void theProvincialOfficeHasFiftyStaffMostlyGraduates() {
    var headcount = HauGiang2016.headcount();
    var rule = io.github.vanphong.staffing.CountingRule.officialsOnly();
    List<io.github.vanphong.organization.UnitId> office = List.of(HauGiang2016.PROVINCIAL_OFFICE);
    assertThat(headcount.count(office, HauGiang2016.BRIEFING_DAY, rule)).isEqualTo(50);
    assertThat(headcount.countWithUniversityDegree(office, HauGiang2016.BRIEFING_DAY, rule)).isGreaterThan(25);
  }

  @Test
  void theChairHeldTwoPostsOnTheDayOfTheBriefing() {
    var chart = HauGiang2016.orgChart();
    assertThat(chart.postsOf(HauGiang2016.HUYNH_THANH_TAO, HauGiang2016.BRIEFING_DAY))
        .extracting(p -> p.kind())
        .containsExactlyInAnyOrder(PostKind.STANDING_DEPUTY_SECRETARY, PostKind.CHAIR);
  }

  @Test
  void theDistrictLevelEndsAndHauGiangMergesIntoCanTho() {
    var chart = HauGiang2016.orgChart();
    assertThat(chart.asOf(HauGiang2016.TWO_TIER_DAY).unitsAtLevel(Level.DISTRICT)).isEmpty();
    assertThat(chart.asOf(HauGiang2016.TWO_TIER_DAY.minusDays(1)).unitsAtLevel(Level.DISTRICT)).hasSize(16);
    assertThat(chart.historyCarrier(HauGiang2016.PROVINCIAL_COMMITTEE, HauGiang2016.TWO_TIER_DAY))
        .contains(HauGiang2016.CAN_THO_COMMITTEE);
  }

  @Test
  void theSummaryOfTheReportFlagsTheOfficesBelowNorm() {
    StaffingSummary summary = HauGiang2016.quotaReport().summary();
    assertThat(summary.unitsBelowNorm()).hasSize(4);
  }

  @Test
  void theScenarioPrintsTheComplianceTableAndSaysItIsIllustrative() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    HauGiang2016.print(new PrintStream(bytes, true, StandardCharsets.UTF_8));
    String out = bytes.toString(StandardCharsets.UTF_8);
    assertThat(out)
        .contains("Illustrative distribution")
        .contains("Văn phòng Thị ủy Long Mỹ")
        .contains("District-level offices: 8, 79 staff in all; 4 below norm")
        .contains("Provincial office (Văn phòng Tỉnh ủy Hậu Giang): 50 staff")
        .contains("(unconfirmed)")
        .contains("Huỳnh Thanh Tạo")
        .contains("Thị ủy Ngã Bảy in 2016, Thành ủy Ngã Bảy in 2024");
    assertThat(out.lines().filter(l -> l.startsWith("Văn phòng ")).count()).isEqualTo(8);
    assertThat(out.lines().filter(l -> l.contains("far below norm")).toList())
        .singleElement()
        .asString()
        .contains("Long Mỹ")
        .contains(" 4 ");
  }
}
