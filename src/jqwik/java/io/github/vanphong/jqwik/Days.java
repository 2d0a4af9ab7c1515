package io.github.vanphong.jqwik;

import io.github.vanphong.testing.DayArbitraryProvider;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * Declares {@link DayArbitraryProvider}, the default of a plain {@code @ForAll LocalDate} within the working
 * calendar's range, to the service loader of the module path.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Days {

  private Days() {}

  /**
   * Returns the provider; the service loader calls this for the {@code provides} clause of the module.
   *
   * @return a new provider, not null
   */
  public static ArbitraryProvider provider() {
    return new DayArbitraryProvider();
  }
}
