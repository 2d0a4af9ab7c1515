package io.github.vanphong.jqwik;

import io.github.vanphong.testing.VanphongArbitraryProvider;
import net.jqwik.api.providers.ArbitraryProvider;

/**
 * Declares {@link VanphongArbitraryProvider}, the providers of every value type of {@code
 * io.github.vanphong.testing}, to the service loader of the module path: {@code @ForAll LunarDate}, {@code @ForAll
 * Petition} and the others.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class ValueTypes {

  private ValueTypes() {}

  /**
   * Returns the provider; the service loader calls this for the {@code provides} clause of the module.
   *
   * @return a new provider, not null
   */
  public static ArbitraryProvider provider() {
    return new VanphongArbitraryProvider();
  }
}
