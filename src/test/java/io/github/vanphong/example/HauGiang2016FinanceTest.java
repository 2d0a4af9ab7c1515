package io.github.vanphong.example;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.asset.CarNormBook;
import io.github.vanphong.asset.FleetViolation;
import io.github.vanphong.asset.VehicleRule;
import io.github.vanphong.finance.DuesLedger;
import io.github.vanphong.money.Money;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The example's Party dues and office cars: the figures printed are the rates applied to the bases given. */
class HauGiang2016FinanceTest {

  private static String printed = "";
  private static List<String> lines = List.of();

  @BeforeAll
  static void printTheSection() {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      HauGiang2016Finance.print(out);
    }
    printed = bytes.toString(StandardCharsets.UTF_8);
    lines = printed.lines().toList();
  }

  @Test
  void theDuesOf2016AreTheRatesOfTheBasesGiven() {
    DuesLedger ledger = HauGiang2016Finance.ledger();
    assertThat(ledger.duesOf(HauGiang2016Finance.CIVIL_SERVANT, HauGiang2016Finance.MONTH_2016))
        .contains(Money.ofDong(HauGiang2016Finance.SALARY_2016.dong() / 100))
        .contains(Money.ofDong(62_100));
    assertThat(ledger.duesOf(HauGiang2016Finance.PENSIONER, HauGiang2016Finance.MONTH_2016))
        .contains(Money.ofDong(HauGiang2016Finance.PENSION_2016.dong() / 200))
        .contains(Money.ofDong(21_750));
    assertThat(ledger.duesOf(HauGiang2016Finance.SET_AMOUNT_MEMBER, HauGiang2016Finance.MONTH_2016))
        .contains(HauGiang2016Finance.SET_AMOUNT);
    assertThat(ledger.duesOf(HauGiang2016Finance.OLDER_MEMBER, HauGiang2016Finance.MONTH_2016))
        .contains(Money.ofDong(HauGiang2016Finance.SET_AMOUNT.dong() / 2));
    assertThat(printed)
        .contains("the members are made up; their salaries, pensions and the amount the cell set are illustrative")
        .contains("civil servant: base salary and allowances, 6,210,000 đồng; 1% is 62,100 đồng")
        .contains("pensioner: base pension, 4,350,000 đồng; 0.5% is 21,750 đồng")
        .contains("other member below retirement age: base amount set by the organisation, 20,000 đồng; 100% is 20,000 đồng")
        .contains("other member at or above retirement age: base amount set by the organisation, 20,000 đồng; 50% is 10,000 đồng")
        .contains("The cell's dues for 2016-03: 113,850 đồng");
  }

  @Test
  void theDuesOf2026FollowTheNewRules() {
    DuesLedger ledger = HauGiang2016Finance.ledger();
    assertThat(ledger.duesOf(HauGiang2016Finance.CIVIL_SERVANT, HauGiang2016Finance.MONTH_2026))
        .contains(Money.ofDong(HauGiang2016Finance.SALARY_2026.dong() / 100))
        .contains(Money.ofDong(124_800));
    assertThat(ledger.duesOf(HauGiang2016Finance.PENSIONER, HauGiang2016Finance.MONTH_2026))
        .contains(Money.ofDong(35_100));
    assertThat(ledger.duesOf(HauGiang2016Finance.SET_AMOUNT_MEMBER, HauGiang2016Finance.MONTH_2026)).isEmpty();
    assertThat(printed)
        .contains("civil servant: base social-insurance salary of last month, 12,480,000 đồng; 1% is 124,800 đồng")
        .contains("pensioner: base pension, 7,020,000 đồng; 0.5% is 35,100 đồng");
  }

  /** Each member's line is followed by the citation of its rule: 342-QĐ/TW in 2016, 01-QĐ/TW in 2026. */
  @Test
  void eachMemberLineIsFollowedByItsRulesBasis() {
    List<String> bases = lines.stream().filter(l -> l.startsWith("    Quy định ")).toList();
    assertThat(bases).hasSize(6);
    assertThat(bases.subList(0, 4)).allMatch(l -> l.startsWith("    Quy định 342-QĐ/TW, "));
    assertThat(bases.subList(4, 6)).allMatch(l -> l.startsWith("    Quy định 01-QĐ/TW, "));
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith("    Quy định ")) {
        assertThat(lines.get(i - 1)).endsWith("the rule's basis (reported by a secondary source):");
      }
    }
  }

  @Test
  void theFleetHasOneFindingTheCarOver250000Km() {
    CarNormBook norms = CarNormBook.standard();
    assertThat(norms.pooledCarsAllowed(HauGiang2016Finance.MERGED_PROVINCE, HauGiang2016Finance.FLEET_DAY)).contains(6);
    List<FleetViolation> findings =
        norms.check(HauGiang2016Finance.fleet(), HauGiang2016Finance.MERGED_PROVINCE, HauGiang2016Finance.FLEET_DAY);
    assertThat(findings).hasSize(1);
    assertThat(findings.get(0).rule()).isEqualTo(VehicleRule.MAY_BE_RETIRED);
    assertThat(findings.get(0).vehicles()).containsExactly(HauGiang2016Finance.OLD_CAR);
    assertThat(printed)
        .contains("Assumed profile of the merged province: 6,360 km², not mostly mountainous")
        .contains("the car of the Provincial Party Secretary, cap 1,550,000,000 đồng: bought for 1,480,000,000 đồng")
        .contains("the car of the Provincial Deputy Party Secretary, cap 1,400,000,000 đồng: bought for 1,320,000,000 đồng")
        .contains("Pooled cars: 3, the norm 6; a car may be retired above 250,000 km")
        .contains("Findings: 1");
    int at =
        lines.indexOf(
            "  The car may be replaced or disposed of: CT-VP-05 has run 263400 km, above 250000; the rule's basis"
                + " (verified against the text):");
    assertThat(at).isPositive();
    assertThat(lines.get(at + 1)).isEqualTo("    Nghị định 72/2023/NĐ-CP, Điều 3, khoản 4");
  }

  @Test
  void theMainScenarioPrintsTheSection() {
    PrintStream original = System.out;
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream capture = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      System.setOut(capture);
      HauGiang2016.main(new String[0]);
    } finally {
      System.setOut(original);
    }
    assertThat(bytes.toString(StandardCharsets.UTF_8)).contains(printed);
  }
}
