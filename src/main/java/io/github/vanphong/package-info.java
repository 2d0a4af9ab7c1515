/**
 * vanphong: the rules of a Vietnamese party committee office (văn phòng cấp ủy) as a pure Java library.
 *
 * <p>This root package holds what every other package shares: {@link io.github.vanphong.Bilingual}, the contract
 * of every enum that names a thing of the domain in English and in Vietnamese, and {@link
 * io.github.vanphong.VanphongStyle}, the one Immutables style behind all value types. The domain lives in the
 * sub-packages: {@code law}, {@code organization}, {@code staffing} and, for users' property-based tests, {@code
 * testing}.
 */
@NullMarked
package io.github.vanphong;

import org.jspecify.annotations.NullMarked;
