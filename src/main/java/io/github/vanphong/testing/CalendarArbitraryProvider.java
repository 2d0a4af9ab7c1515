package io.github.vanphong.testing;

import io.github.vanphong.calendar.LunarDate;
import java.util.Set;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.providers.ArbitraryProvider;
import net.jqwik.api.providers.TypeUsage;

/**
 * The jqwik provider that makes {@code @ForAll LunarDate date} work in any property: it supplies {@link
 * CalendarArbitraries#lunarDates()}. jqwik finds it through {@code
 * META-INF/services/net.jqwik.api.providers.ArbitraryProvider}; it does not provide {@link java.time.LocalDate},
 * which jqwik provides itself (use {@link CalendarArbitraries#supportedDays()} for days the lunar calendar
 * supports).
 *
 * <p>The public no-argument constructor is for {@link java.util.ServiceLoader}; applications need not call it.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // jqwik types in an optional module: see package-info.java
public final class CalendarArbitraryProvider implements ArbitraryProvider {

  /** Creates the provider; called by jqwik through {@link java.util.ServiceLoader}. */
  public CalendarArbitraryProvider() {}

  /**
   * Tells whether the target type is {@link LunarDate}.
   *
   * @param targetType the type of the parameter, not null
   * @return true for {@code LunarDate}
   */
  @Override
  public boolean canProvideFor(TypeUsage targetType) {
    return targetType.isOfType(LunarDate.class);
  }

  /**
   * Returns the arbitrary of every supported lunar date.
   *
   * @param targetType the type of the parameter, not null, {@code LunarDate}
   * @param subtypeProvider jqwik's provider of type arguments, not null, unused
   * @return a set holding {@link CalendarArbitraries#lunarDates()}, not null
   */
  @Override
  public Set<Arbitrary<?>> provideFor(TypeUsage targetType, SubtypeProvider subtypeProvider) {
    return Set.of(CalendarArbitraries.lunarDates());
  }
}
