package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.Range;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class QuotaComplianceProperties {

  @Property
  void shortfallMinusExcessIsTheDistanceToTheRange(@ForAll QuotaCompliance c) {
    int counted = c.counted();
    int nearest =
        c.norm()
            .map(StaffingNorm::staff)
            .map((Range<Integer> r) -> Math.max(r.lowerEndpoint(), Math.min(r.upperEndpoint(), counted)))
            .orElse(counted);
    assertThat(c.shortfall() - c.excess()).isEqualTo(nearest - counted);
    assertThat(c.shortfall()).isNotNegative();
    assertThat(c.excess()).isNotNegative();
    assertThat(c.shortfall() * c.excess()).isZero();
  }

  @Property
  void theStatusAgreesWithTheCounts(@ForAll QuotaCompliance c) {
    switch (c.status()) {
      case NO_NORM:
        assertThat(c.norm()).isEmpty();
        assertThat(c.shortfall() + c.excess()).isZero();
        break;
      case BELOW:
        assertThat(c.shortfall()).isPositive();
        assertThat(c.counted()).isLessThan(c.norm().orElseThrow().staff().lowerEndpoint());
        break;
      case ABOVE:
        assertThat(c.excess()).isPositive();
        assertThat(c.counted()).isGreaterThan(c.norm().orElseThrow().staff().upperEndpoint());
        assertThat(c.norm().orElseThrow().isInTransitionOn(c.date())).isFalse();
        break;
      case ABOVE_IN_TRANSITION:
        assertThat(c.excess()).isPositive();
        assertThat(c.norm().orElseThrow().isInTransitionOn(c.date())).isTrue();
        break;
      case WITHIN:
        assertThat(c.norm().orElseThrow().staff().contains(c.counted())).isTrue();
        assertThat(c.shortfall() + c.excess()).isZero();
        break;
    }
  }

  @Property
  void vacanciesMinusOverAllocationIsPositionsMinusStaff(@ForAll QuotaCompliance c) {
    c.allocation()
        .ifPresentOrElse(
            a -> assertThat(c.vacancies().orElseThrow() - c.overAllocation()).isEqualTo(a.positions() - c.counted()),
            () -> {
              assertThat(c.vacancies()).isEmpty();
              assertThat(c.overAllocation()).isZero();
            });
  }

  /** Above the norm within its transition breaks no rule (Hướng dẫn 31-HD/BTCTW, as reported). */
  @Property
  void thereIsOneViolationPerRuleBroken(@ForAll QuotaCompliance c) {
    boolean aboveInBreach = c.excess() > 0 && c.status() != QuotaStatus.ABOVE_IN_TRANSITION;
    int expected = (c.shortfall() > 0 ? 1 : 0) + (aboveInBreach ? 1 : 0) + (c.overAllocation() > 0 ? 1 : 0);
    assertThat(c.violations()).hasSize(expected);
    assertThat(c.violations()).allSatisfy(v -> assertThat(v.unit()).isEqualTo(c.unit().id()));
  }
}
