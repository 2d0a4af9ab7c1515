package io.github.vanphong.testing;

import io.github.vanphong.calendar.WorkingCalendar;
import java.time.LocalDate;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The default of a plain {@code @ForAll LocalDate day} in a suite that has this jar: {@link
 * WorkingCalendarArbitraries#calendarDays()}, days from {@link WorkingCalendar#FIRST_DAY} (2006-01-01) to
 * 2198-12-31, a year short of the last day the calendar answers for. Without it jqwik draws days from 1900 to 2500,
 * its edge cases first, and a property that hands them to a {@link WorkingCalendar}, a deadline or a rule book is
 * refused on the first try.
 *
 * <p>The arbitrary is jqwik-time's, so its constraints still apply: {@code @ForAll @DateRange(min = "2016-01-01",
 * max = "2016-12-31") LocalDate day} gives the days of 2016, and a range outside the calendar's gives the days asked
 * for. The provider's priority is 1, above jqwik-time's own, which would otherwise be drawn from as often.
 *
 * <p>jqwik finds it through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider} on the class path
 * and through the module {@code io.github.vanphong.jqwik} on the module path.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class DayArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; called by jqwik through {@link java.util.ServiceLoader}. */
  public DayArbitraryProvider() {}

  /**
   * Tells whether the type is {@link LocalDate}.
   *
   * @param targetType the type of the parameter, not null
   * @return true for {@code LocalDate}
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(LocalDate.class);
  }

  /**
   * Returns the days of the working calendar.
   *
   * @param targetType the type of the parameter, not null, {@code LocalDate}
   * @param subtypeProvider jqwik's provider of type arguments, not null, unused
   * @return a set holding {@link WorkingCalendarArbitraries#calendarDays()}, not null
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(WorkingCalendarArbitraries.calendarDays());
  }

  /**
   * Returns 1, above the priority of jqwik-time's provider of days, so that only this one is drawn from.
   *
   * @return 1
   */
  @Override
  public int priority() {
    return 1;
  }
}
