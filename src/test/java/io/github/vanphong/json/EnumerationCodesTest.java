package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import org.junit.jupiter.api.Test;

/** Every enumeration of the format reads back from its code, and no two constants share one. */
class EnumerationCodesTest {
  @Test
  void everyConstantOfEveryEnumerationReadsBackFromItsCode() {
    int checked = 0;
    for (Codec<?> codec : VanphongModule.codecs()) {
      if (codec instanceof EnumCodec<?> enumCodec) {
        checked += checkAll(enumCodec);
      }
    }
    assertThat(checked).isGreaterThan(0);
  }

  private static <E extends Enum<E>> int checkAll(EnumCodec<E> codec) {
    for (E constant : EnumSet.allOf(codec.type())) {
      assertThat(JsonLaws.read(JsonLaws.write(constant), codec.type())).isEqualTo(constant);
      assertThat(JsonLaws.write(constant)).isEqualTo("\"" + codec.code(constant) + "\"");
    }
    return codec.type().getEnumConstants().length;
  }
}
