package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.RoundingMode;

/**
 * The JSON form of the types of {@code io.github.vanphong.money}: an amount and a rate as their canonical texts, a
 * rounding as an object of its mode and step.
 */
final class MoneyCodecs {
  private MoneyCodecs() {}

  /** {@code "VND 1250000"}. */
  static final Codec<Money> MONEY =
      Codecs.text(Money.class, "an amount such as \"VND 1250000\"", Money::toString, Money::parse);

  /** {@code "0.5%"}. */
  static final Codec<Rate> RATE = Codecs.text(Rate.class, "a rate such as \"0.5%\"", Rate::toString, Rate::parse);

  /**
   * The JDK's rounding modes, used only inside a rounding: not registered on its own, so that the module does not
   * change how an application writes a {@link RoundingMode} elsewhere.
   */
  static final EnumCodec<RoundingMode> ROUNDING_MODE =
      Codecs.codes(RoundingMode.class)
          .code(RoundingMode.UP, "up")
          .code(RoundingMode.DOWN, "down")
          .code(RoundingMode.CEILING, "ceiling")
          .code(RoundingMode.FLOOR, "floor")
          .code(RoundingMode.HALF_UP, "half-up")
          .code(RoundingMode.HALF_DOWN, "half-down")
          .code(RoundingMode.HALF_EVEN, "half-even")
          .code(RoundingMode.UNNECESSARY, "unnecessary")
          .build();

  /** {@code {"mode": "half-up", "step": 1000}}. */
  static final Codec<Rounding> ROUNDING =
      Codecs.object(
          Rounding.class,
          (out, r) -> out.put("mode", ROUNDING_MODE, r.mode()).put("step", Codecs.LONG, r.step()),
          in -> Rounding.of(in.get("mode", ROUNDING_MODE), in.get("step", Codecs.LONG)));

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(MONEY, RATE, ROUNDING);
  }
}
