package io.github.vanphong.testing;

import io.github.vanphong.calendar.Extension;
import io.github.vanphong.calendar.PublicHoliday;
import io.github.vanphong.calendar.TimeLimit;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider that makes {@code @ForAll TimeLimit limit}, {@code @ForAll Extension extension} and {@code
 * @ForAll PublicHoliday holiday} work in any property, from {@link WorkingCalendarArbitraries}. jqwik finds it
 * through {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}.
 *
 * <p>The public no-argument constructor is for {@link java.util.ServiceLoader}; applications need not call it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class WorkingCalendarArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; called by jqwik through {@link java.util.ServiceLoader}. */
  public WorkingCalendarArbitraryProvider() {}

  /**
   * Tells whether the target type is {@link TimeLimit}, {@link Extension} or {@link PublicHoliday}.
   *
   * @param targetType the type of the parameter, not null
   * @return true for those types
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(TimeLimit.class)
        || targetType.isOfType(Extension.class)
        || targetType.isOfType(PublicHoliday.class);
  }

  /**
   * Returns the arbitrary of the target type.
   *
   * @param targetType the type of the parameter, not null, one of those {@link #canProvideFor(TypeUsage) canProvideFor} accepts
   * @param subtypeProvider jqwik's provider of type arguments, not null, unused
   * @return a set holding the arbitrary, not null
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    if (targetType.isOfType(TimeLimit.class)) {
      return Set.of(WorkingCalendarArbitraries.timeLimits());
    }
    if (targetType.isOfType(Extension.class)) {
      return Set.of(WorkingCalendarArbitraries.extensions());
    }
    return Set.of(WorkingCalendarArbitraries.publicHolidays());
  }
}
