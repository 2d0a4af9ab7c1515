/**
 * jqwik arbitraries for vanphong's public value types, for users' property-based suites and the library's own.
 *
 * <p>The providers are registered in {@code META-INF/services/net.jqwik.api.providers.ArbitraryProvider}, so that
 * a parameter such as {@code @ForAll Unit unit} works in any jqwik property once this jar is on the test class
 * path. jqwik is an optional dependency of vanphong: only this package needs it, and an application that does not
 * use jqwik never loads it.
 */
@NullMarked
package io.github.vanphong.testing;

import org.jspecify.annotations.NullMarked;
