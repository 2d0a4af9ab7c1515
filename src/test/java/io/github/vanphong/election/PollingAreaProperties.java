package io.github.vanphong.election;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

class PollingAreaProperties {

  @Property
  void anAreaHasAFindingExactlyWhenItsVotersAreOutsideItsKindsBounds(@ForAll PollingArea area) {
    int fewest =
        switch (area.kind()) {
          case ORDINARY -> PollingArea.FEWEST_VOTERS;
          case CARE_FACILITY -> PollingArea.FEWEST_VOTERS_OF_A_CARE_FACILITY;
          case SPARSE, ARMED_UNIT, CLOSED_FACILITY -> 1;
        };
    boolean within = area.voters() >= fewest && area.voters() <= PollingArea.MOST_VOTERS;
    assertThat(area.findings()).hasSize(within ? 0 : 1);
    area.findings().forEach(f -> assertThat(f.areas()).containsExactly(area));
  }

  @Property
  void theFindingsOfAreasAreEachAreasInOrder(@ForAll List<PollingArea> areas) {
    ImmutableList.Builder<PollingAreaViolation> each = ImmutableList.builder();
    areas.forEach(a -> each.addAll(a.findings()));
    assertThat(PollingArea.findings(areas)).isEqualTo(each.build());
  }
}
