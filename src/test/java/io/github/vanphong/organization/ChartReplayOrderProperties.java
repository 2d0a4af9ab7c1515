package io.github.vanphong.organization;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The orders a full replay gives, which the building of a chart takes without comparing again: events sorted compare
 * as equal only when they are equal, and the lives come strictly increasing in their order.
 */
class ChartReplayOrderProperties {

  @Property(tries = 300)
  void sortedEventsCompareAsEqualExactlyWhenTheyAreEqual(@ForAll OrgChart chart, @ForAll Random random) {
    List<Restructuring> events = new ArrayList<>(chart.events());
    // some given twice
    for (int i = 0; i < events.size(); i += 3) {
      events.add(events.get(i));
    }
    Collections.shuffle(events, random);
    events.sort(RestructuringOrder.ORDER);
    for (int i = 1; i < events.size(); i++) {
      int order = RestructuringOrder.ORDER.compare(events.get(i - 1), events.get(i));
      assertThat(order).isLessThanOrEqualTo(0);
      assertThat(order == 0).isEqualTo(events.get(i - 1).equals(events.get(i)));
    }
  }

  @Property(tries = 300)
  void aFullReplayGivesTheLivesStrictlyIncreasingInTheirOrder(@ForAll OrgChart chart) {
    List<Restructuring> events = new ArrayList<>(chart.events());
    events.sort(RestructuringOrder.ORDER);
    ChartReplay.Result result = ChartReplay.replay(events, ImmutableMap.of(), List.of());
    assertThat(result.violations).isEmpty();
    for (int i = 1; i < result.lives.size(); i++) {
      assertThat(UnitLife.ORDER.compare(result.lives.get(i - 1), result.lives.get(i))).isNegative();
    }
  }
}
