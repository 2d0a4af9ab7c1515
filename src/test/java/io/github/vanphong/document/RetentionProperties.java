package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Year;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

class RetentionProperties {

  @Property
  void aFileIsDisposableOnlyAfterItsYearsHaveRunInFull(
      @ForAll RetentionPeriod period, @ForAll @IntRange(min = 1900, max = 2200) int formed) {
    Year formedIn = Year.of(formed);
    if (period.isPermanent()) {
      assertThat(period.disposableFrom(formedIn)).isEmpty();
    } else {
      Year from = period.disposableFrom(formedIn).orElseThrow();
      assertThat(from.getValue() - formed - 1).isEqualTo(period.years().getAsInt());
    }
  }

  @Property
  void theLastRuleOfAGroupDecides(@ForAll RetentionSchedule schedule, @ForAll RetentionRule rule) {
    RetentionSchedule with = schedule.with(rule);
    assertThat(with.rule(rule.group())).contains(rule);
    assertThat(with.disposableFrom(rule.group(), Year.of(2016))).isEqualTo(rule.period().disposableFrom(Year.of(2016)));
    assertThat(with.outsideTwoLevelScheme().contains(rule)).isEqualTo(!rule.period().isInTwoLevelScheme());
    assertThat(schedule.rules()).hasSize(with.rules().size() - 1);
  }
}
