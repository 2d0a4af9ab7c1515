/**
 * Amounts of money in Vietnamese đồng and the exact shares taken of them: {@link io.github.vanphong.money.Money}
 * (whole đồng, no minor unit), {@link io.github.vanphong.money.Rate} (a percentage held exactly, never a binary
 * fraction) and {@link io.github.vanphong.money.Rounding} (how an amount computed from a rate becomes whole đồng).
 *
 * <p>The package sits between {@code organization} and the domain packages, so that Party finance and Party assets
 * share one notion of an amount without using each other. Nothing here rounds unless asked: {@link
 * io.github.vanphong.money.Money#times(Rate, Rounding)} takes the rounding that the rule's text sets, and arithmetic
 * that would leave the range of {@code long} throws {@link java.lang.ArithmeticException} instead of wrapping.
 */
@NullMarked
package io.github.vanphong.money;

import org.jspecify.annotations.NullMarked;
