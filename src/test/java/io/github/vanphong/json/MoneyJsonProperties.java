package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.RoundingMode;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.money}. */
class MoneyJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property(tries = 200)
  void amountsObeyTheLaws(@ForAll Money amount) {
    JsonLaws.assertLaws(amount, Money.class);
  }

  @Property(tries = 200)
  void ratesObeyTheLaws(@ForAll Rate rate) {
    JsonLaws.assertLaws(rate, Rate.class);
  }

  @Property(tries = 100)
  void roundingsObeyTheLaws(@ForAll Rounding rounding) {
    JsonLaws.assertLaws(rounding, Rounding.class);
  }

  @Example
  void theFormsAreTheCanonicalTextsAndAnObject() {
    assertThat(JsonLaws.write(Money.ofDong(-5_000))).isEqualTo("\"VND -5000\"");
    assertThat(JsonLaws.write(Rate.percent("0.50"))).isEqualTo("\"0.5%\"");
    assertThat(JsonLaws.write(Rounding.of(RoundingMode.HALF_UP, 1_000)))
        .isEqualTo("{\"mode\":\"half-up\",\"step\":1000}");
    assertThat(JsonLaws.read("{\"mode\":\"unnecessary\",\"step\":1}", Rounding.class)).isEqualTo(Rounding.EXACT);
  }

  @Example
  void badValuesAreRefusedAtTheirPath() {
    JsonLaws.assertRefusedAt("\"VND 1.000\"", Money.class, "$");
    JsonLaws.assertRefusedAt("\"0.50%\"", Rate.class, "$");
    JsonLaws.assertRefusedAt("{\"mode\":\"half-up\",\"step\":0}", Rounding.class, "$");
    JsonLaws.assertRefusedAt("{\"mode\":\"nearest\",\"step\":1}", Rounding.class, "$.mode");
  }
}
