package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.CALENDAR;
import static io.github.vanphong.report.ReportFixtures.COMMUNE_1;
import static io.github.vanphong.report.ReportFixtures.COMMUNE_2;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_1;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_2;
import static io.github.vanphong.report.ReportFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.UnitKind;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportingObligationsTest {

  private static final Set<PeriodKind> QUARTERS =
      EnumSet.of(PeriodKind.FIRST_QUARTER, PeriodKind.SECOND_QUARTER, PeriodKind.THIRD_QUARTER, PeriodKind.FOURTH_QUARTER);
  private static final Recipient INSPECTORATE = Recipient.named("Thanh tra Chính phủ");

  private static ReportingObligations declared() {
    ReportingRegime regime = ReportFixtures.petitionWork();
    return ReportingObligations.of(
        List.of(
            ObligationRule.toParent(UnitKind.DISTRICT_COMMITTEE, regime, QUARTERS),
            ObligationRule.toParent(UnitKind.COMMUNE_COMMITTEE, regime, QUARTERS),
            ObligationRule.to(UnitKind.PROVINCIAL_COMMITTEE, regime, EnumSet.of(PeriodKind.YEAR), INSPECTORATE),
            ObligationRule.toParent(UnitKind.PROVINCIAL_COMMITTEE, regime, EnumSet.of(PeriodKind.YEAR))));
  }

  @Test
  void everyUnitOfAKindReportsToItsParent() {
    ReportingObligations obligations = declared();
    assertThat(obligations.owedBy(DISTRICT_1, ReportFixtures.tree()))
        .containsExactly(
            ReportingObligation.of(DISTRICT_1, Recipient.unit(PROVINCE), ReportFixtures.petitionWork(), QUARTERS));
    assertThat(obligations.owedBy(COMMUNE_2, ReportFixtures.tree()))
        .extracting(ReportingObligation::recipient)
        .containsExactly(Recipient.unit(DISTRICT_2));
  }

  @Test
  void aUnitAtTheTopReportsOnlyToANamedRecipient() {
    assertThat(declared().owedBy(PROVINCE, ReportFixtures.tree()))
        .extracting(ReportingObligation::recipient)
        .containsExactly(INSPECTORATE);
  }

  @Test
  void theObligationsOfATreeAreThoseOfEachUnit() {
    assertThat(declared().owedIn(ReportFixtures.tree()))
        .extracting(ReportingObligation::unit)
        .containsExactlyInAnyOrder(PROVINCE, DISTRICT_1, DISTRICT_2, COMMUNE_1, COMMUNE_2);
    assertThat(ReportingObligations.none().owedIn(ReportFixtures.tree())).isEmpty();
  }

  @Test
  void aUnitOutsideTheTreeOwesNothingItCanBeAskedAbout() {
    assertThatThrownBy(() -> declared().owedBy(UnitId.of("XX"), ReportFixtures.tree()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("XX");
  }

  @Test
  void aRuleGivenTwiceCountsOnce() {
    ReportingObligations obligations = declared();
    ObligationRule first = obligations.rules().get(0);
    assertThat(obligations.with(first)).isSameAs(obligations);
    ObligationRule more =
        ObligationRule.toParent(UnitKind.COMMUNE_COMMITTEE, ReportFixtures.petitionWork(), EnumSet.of(PeriodKind.YEAR));
    assertThat(obligations.with(more).rules()).hasSize(5).endsWith(more);
    assertThat(ReportingObligations.of(List.of(first, first)).rules()).containsExactly(first);
    assertThat(obligations).isEqualTo(declared()).hasSameHashCodeAs(declared());
    assertThat(obligations).isNotEqualTo(ReportingObligations.none());
    assertThat(obligations.toString()).startsWith("ReportingObligations[DISTRICT_COMMITTEE → parent");
  }

  @Test
  void aRuleOwesSomeKindsOfItsRegime() {
    ReportingRegime regime = ReportFixtures.petitionWork();
    assertThatThrownBy(() -> ObligationRule.toParent(UnitKind.OFFICE, regime, EnumSet.noneOf(PeriodKind.class)))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ObligationRule.toParent(UnitKind.OFFICE, regime, EnumSet.of(PeriodKind.MONTH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME");
    ObligationRule rule = ObligationRule.to(UnitKind.OFFICE, regime, QUARTERS, INSPECTORATE);
    assertThat(rule.unitKind()).isEqualTo(UnitKind.OFFICE);
    assertThat(rule.regime()).isEqualTo(regime);
    assertThat(rule.kinds()).isEqualTo(QUARTERS);
    assertThat(rule.recipient()).contains(INSPECTORATE);
    assertThat(rule).isEqualTo(ObligationRule.to(UnitKind.OFFICE, regime, QUARTERS, INSPECTORATE));
    assertThat(rule).hasSameHashCodeAs(ObligationRule.to(UnitKind.OFFICE, regime, QUARTERS, INSPECTORATE));
    assertThat(rule).isNotEqualTo(ObligationRule.toParent(UnitKind.OFFICE, regime, QUARTERS));
    assertThat(rule).isNotEqualTo(ObligationRule.to(UnitKind.SECTION, regime, QUARTERS, INSPECTORATE));
    assertThat(rule).isNotEqualTo(ObligationRule.to(UnitKind.OFFICE, regime, Set.of(PeriodKind.YEAR), INSPECTORATE));
    assertThat(rule).isNotEqualTo(ObligationRule.to(UnitKind.OFFICE, ReportingRegimes.PETITION_WORK_2021, QUARTERS, INSPECTORATE));
    assertThat(rule).isNotEqualTo("rule");
    assertThat(rule.toString()).startsWith("OFFICE → Thanh tra Chính phủ: ");
  }

  @Test
  void anObligationsDueDayIsItsRegimes() {
    ReportingObligation obligation =
        ReportingObligation.of(DISTRICT_1, Recipient.unit(PROVINCE), ReportFixtures.petitionWork(), QUARTERS);
    ReportingPeriod first = obligation.regime().period(PeriodKind.FIRST_QUARTER, 2023);
    // cut-off Tuesday 2023-03-14: Wednesday 15 and Thursday 16
    assertThat(obligation.dueDate(first, CALENDAR)).isEqualTo(LocalDate.of(2023, 3, 16));
    ReportingPeriod year = obligation.regime().period(PeriodKind.YEAR, 2023);
    assertThatThrownBy(() -> obligation.dueDate(year, CALENDAR))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PERIOD_OF_OBLIGATION");
    assertThat(obligation.unit()).isEqualTo(DISTRICT_1);
    assertThat(obligation.kinds()).isEqualTo(QUARTERS);
    assertThat(obligation.toString()).startsWith("HG-HU1 → HG-TU: ");
  }

  @Test
  void anObligationOwesKindsOfItsRegime() {
    assertThatThrownBy(
            () ->
                ReportingObligation.of(
                    DISTRICT_1, INSPECTORATE, ReportFixtures.petitionWork(), EnumSet.of(PeriodKind.MONTH)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("KIND_OF_REGIME");
  }

  @Test
  void aUnitDoesNotReportToItself() {
    assertThatThrownBy(
            () -> ReportingObligation.of(DISTRICT_1, Recipient.unit(DISTRICT_1), ReportFixtures.petitionWork(), QUARTERS))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("HG-HU1");
    ReportingObligation obligation =
        ReportingObligation.of(DISTRICT_1, INSPECTORATE, ReportFixtures.petitionWork(), QUARTERS);
    assertThat(obligation).isEqualTo(ReportingObligation.of(DISTRICT_1, INSPECTORATE, ReportFixtures.petitionWork(), QUARTERS));
    assertThat(obligation).hasSameHashCodeAs(ReportingObligation.of(DISTRICT_1, INSPECTORATE, ReportFixtures.petitionWork(), QUARTERS));
    assertThat(obligation).isNotEqualTo(ReportingObligation.of(DISTRICT_2, INSPECTORATE, ReportFixtures.petitionWork(), QUARTERS));
    assertThat(obligation).isNotEqualTo(ReportingObligation.of(DISTRICT_1, Recipient.unit(PROVINCE), ReportFixtures.petitionWork(), QUARTERS));
    assertThat(obligation).isNotEqualTo(ReportingObligation.of(DISTRICT_1, INSPECTORATE, ReportingRegimes.PETITION_WORK_2021, QUARTERS));
    assertThat(obligation).isNotEqualTo(ReportingObligation.of(DISTRICT_1, INSPECTORATE, ReportFixtures.petitionWork(), Set.of(PeriodKind.YEAR)));
    assertThat(obligation).isNotEqualTo("obligation");
  }

  @Test
  void aRecipientIsAUnitOrANamedBody() {
    assertThat(Recipient.unit(PROVINCE).unitId()).contains(PROVINCE);
    assertThat(Recipient.unit(PROVINCE).name()).isEmpty();
    assertThat(INSPECTORATE.name()).contains("Thanh tra Chính phủ");
    assertThat(INSPECTORATE.unitId()).isEmpty();
    assertThat(Recipient.named("Ban Nội chi\u0301nh").name()).contains("Ban Nội chính");
    assertThatThrownBy(() -> Recipient.named(" ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> Recipient.named("x".repeat(501))).isInstanceOf(IllegalArgumentException.class);
    assertThat(Recipient.named("x".repeat(500)).name()).isPresent();
    assertThat(Recipient.unit(PROVINCE)).isLessThan(INSPECTORATE);
    assertThat(INSPECTORATE).isGreaterThan(Recipient.unit(PROVINCE));
    assertThat(Recipient.unit(DISTRICT_1)).isLessThan(Recipient.unit(PROVINCE));
    assertThat(Recipient.named("A")).isLessThan(Recipient.named("B"));
    assertThat(Recipient.named("A").compareTo(Recipient.named("A"))).isZero();
    assertThat(Recipient.unit(PROVINCE)).isEqualTo(Recipient.unit(PROVINCE)).hasSameHashCodeAs(Recipient.unit(PROVINCE));
    assertThat(Recipient.unit(PROVINCE)).isNotEqualTo(Recipient.named("HG-TU")).isNotEqualTo("HG-TU");
    assertThat(Recipient.unit(PROVINCE)).hasToString("HG-TU");
    assertThat(INSPECTORATE).hasToString("Thanh tra Chính phủ");
  }
}
