/**
 * vanphong's jqwik arbitraries for property-based suites that run on the module path.
 *
 * <p>The library's own module, {@code io.github.vanphong}, needs jqwik only optionally: it cannot declare the
 * providers of {@code io.github.vanphong.testing} with {@code provides}, because a {@code provides} clause for a
 * type of a module that is absent stops the module from resolving in every application without jqwik. On the class
 * path, jqwik finds those providers through {@code META-INF/services}; a named module ignores that file. This
 * module, shipped as the second jar of the same build (classifier {@code jqwik}), requires jqwik and declares them,
 * so that {@code @ForAll LunarDate} and every other provided type resolve on the module path too.
 */
module io.github.vanphong.jqwik {
  requires io.github.vanphong;
  requires net.jqwik.api;
  requires net.jqwik.time; // the default arbitrary of days is jqwik-time's, so that @DateRange still narrows it
  requires static org.jspecify;

  provides net.jqwik.api.providers.ArbitraryProvider with
      io.github.vanphong.jqwik.ValueTypes,
      io.github.vanphong.jqwik.Days;
}
