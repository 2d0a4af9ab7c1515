package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.providers.TypeUsage;
import net.jqwik.api.statistics.Statistics;
import net.jqwik.api.statistics.StatisticsReport;
import net.jqwik.time.api.constraints.DateRange;
import org.junit.jupiter.api.Test;

/**
 * A plain {@code @ForAll LocalDate} is a day the working calendar answers for, a year short of its last day, and
 * jqwik-time's constraints still narrow it.
 */
class DayArbitraryProviderTest {

  private static final LocalDate LAST = LocalDate.of(2198, 12, 31);

  @Test
  void itProvidesDaysOnlyAndOutranksJqwiksOwn() {
    DayArbitraryProvider provider = new DayArbitraryProvider();
    assertThat(provider.canProvideFor(TypeUsage.of(LocalDate.class))).isTrue();
    assertThat(provider.canProvideFor(TypeUsage.of(String.class))).isFalse();
    assertThat(provider.provideFor(TypeUsage.of(LocalDate.class), t -> Set.of())).hasSize(1);
    assertThat(provider.priority()).isGreaterThan(0);
  }

  @StatisticsReport(StatisticsReport.StatisticsReportMode.OFF) // coverage is checked; the figures are not printed
  @Property(tries = 300)
  void aPlainDayIsOneTheWorkingCalendarAnswersForAYearAhead(@ForAll LocalDate day) {
    assertThat(day).isBetween(WorkingCalendar.FIRST_DAY, LAST);
    // a year of working days counted from it still ends within the calendar
    assertThat(WorkingCalendar.vietnam().plusWorkingDays(day, 250)).isBeforeOrEqualTo(WorkingCalendar.LAST_DAY);
    Statistics.label("century").collect(day.getYear() / 100);
    Statistics.label("century").coverage(c -> {
      c.check(20).count(n -> n > 0);
      c.check(21).count(n -> n > 0);
    });
  }

  @Property(tries = 100)
  void jqwikTimesRangeNarrowsIt(@ForAll @DateRange(min = "2016-01-01", max = "2016-12-31") LocalDate day) {
    assertThat(day.getYear()).isEqualTo(2016);
  }

  @Example
  void theEdgesAreTheFirstDayOfTheCalendarAndAYearShortOfItsLast() {
    List<LocalDate> edges = new ArrayList<>();
    WorkingCalendarArbitraries.calendarDays().edgeCases().forEach(e -> edges.add(e.value()));
    assertThat(edges).contains(WorkingCalendar.FIRST_DAY, LAST);
  }

}
