/**
 * jqwik arbitraries for vanphong's public value types, for users' property-based suites and the library's own.
 *
 * <p>Each value type is provided by type, so that a parameter such as {@code @ForAll LunarDate date},
 * {@code @ForAll Petition petition} or {@code @ForAll OrgChart chart} works in any jqwik property:
 *
 * <ul>
 *   <li>on the class path, with {@code net.jqwik:jqwik} in the test scope: the providers are registered in this
 *       jar's {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider};
 *   <li>on the module path, with {@code net.jqwik:jqwik} and this library's jar of classifier {@code jqwik} in the
 *       test scope: that jar is the module {@code io.github.vanphong.jqwik}, which declares {@link
 *       io.github.vanphong.testing.VanphongArbitraryProvider} and {@link
 *       io.github.vanphong.testing.DayArbitraryProvider} with {@code provides}. A named module ignores {@code
 *       META-INF/services}, and the library's own module cannot declare them: a {@code provides} clause for a type
 *       of jqwik, an optional dependency, would stop it resolving in applications without jqwik.
 * </ul>
 *
 * <p>A plain {@code @ForAll LocalDate day} is, in either case, a day that the working calendar answers for: from
 * 2006-01-01 to 2198-12-31, a year short of the calendar's last day so that a deadline counted from it still fits
 * ({@link io.github.vanphong.testing.WorkingCalendarArbitraries#calendarDays()}). jqwik-time's constraints still
 * apply: {@code @ForAll @DateRange(min = "2016-01-01", max = "2016-12-31") LocalDate day} gives the days of 2016,
 * and a range beyond the calendar's gives the days asked for. The generic arbitraries (days within a span, unit and
 * person identifiers, validities) are defined once, in {@link io.github.vanphong.testing.GenericArbitraries}, and
 * every other class draws from them.
 *
 * <p>jqwik is an optional dependency of vanphong: only this package needs it, and an application that does not use
 * jqwik never loads it.
 */
// The public classes of this package return and take jqwik types, so javac's exports lint asks that the module
// `requires transitive net.jqwik.api`. It cannot: an application without jqwik would then fail to compile against
// the module ("module not found"). jqwik stays `requires static`, and each public class here says
// @SuppressWarnings("exports") for that reason alone, as the json package does for Jackson.
@NullMarked
package io.github.vanphong.testing;

import org.jspecify.annotations.NullMarked;
