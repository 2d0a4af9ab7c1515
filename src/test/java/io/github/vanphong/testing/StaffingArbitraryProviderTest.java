package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.staffing.Allocation;
import io.github.vanphong.staffing.Headcount;
import io.github.vanphong.staffing.QuotaCompliance;
import io.github.vanphong.staffing.StaffAssignment;
import io.github.vanphong.staffing.StaffingNorm;
import io.github.vanphong.staffing.StaffingSummary;
import io.github.vanphong.staffing.StaffingTransition;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.TypeUsage;
import org.junit.jupiter.api.Test;

class StaffingArbitraryProviderTest {

  private final StaffingArbitraryProvider provider = new StaffingArbitraryProvider();

  @Property(tries = 20)
  void aStaffingNormResolvesThroughTheProvider(@ForAll StaffingNorm norm) {
    assertThat(norm.staff().lowerEndpoint()).isBetween(0, 30);
  }

  @Property(tries = 20)
  void aStaffingTransitionResolvesThroughTheProvider(@ForAll StaffingTransition transition) {
    assertThat(transition.period().isNegative() || transition.period().isZero()).isFalse();
    assertThat(transition.bases()).isNotEmpty();
  }

  @Property(tries = 20)
  void everyStaffingValueResolvesThroughTheProvider(
      @ForAll Allocation allocation,
      @ForAll StaffAssignment assignment,
      @ForAll Headcount headcount,
      @ForAll QuotaCompliance compliance,
      @ForAll StaffingSummary summary) {
    assertThat(allocation.positions()).isBetween(0, 100);
    assertThat(assignment.unit().value()).matches("U[0-9]");
    assertThat(headcount.assignments()).hasSizeLessThanOrEqualTo(30);
    assertThat(compliance.counted()).isBetween(0, 40);
    assertThat(summary.units()).isBetween(0, 10);
  }

  @Test
  void theProviderProvidesOnlyTheStaffingTypes() {
    assertThat(provider.canProvideFor(TypeUsage.of(StaffingNorm.class))).isTrue();
    assertThat(provider.provideFor(TypeUsage.of(StaffingNorm.class), t -> java.util.Set.of())).hasSize(1);
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(String.class), t -> java.util.Set.of())).isEmpty();
  }

  @Test
  void theProviderIsRegisteredAsAService() {
    assertThat(java.util.ServiceLoader.load(net.jqwik.api.providers.ArbitraryProvider.class).stream()
            .map(java.util.ServiceLoader.Provider::type))
        .contains(StaffingArbitraryProvider.class);
  }
}
