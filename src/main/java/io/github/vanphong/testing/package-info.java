/**
 * jqwik arbitraries for vanphong's public value types, for users' property-based suites and the library's own.
 *
 * <p>The providers are registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, so that
 * a parameter such as {@code @ForAll Unit unit} works in any jqwik property once this jar is on the test class
 * path. jqwik is an optional dependency of vanphong: only this package needs it, and an application that does not
 * use jqwik never loads it.
 */
// The public classes of this package return and take jqwik types, so javac's exports lint asks that the module
// `requires transitive net.jqwik.api`. It cannot: an application without jqwik would then fail to compile against
// the module ("module not found"). jqwik stays `requires static`, and each public class here says
// @SuppressWarnings("exports") for that reason alone; no other package suppresses the lint.
@NullMarked
package io.github.vanphong.testing;

import org.jspecify.annotations.NullMarked;
