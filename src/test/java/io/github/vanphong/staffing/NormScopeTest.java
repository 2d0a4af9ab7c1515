package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.Bilingual;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class NormScopeTest {

  @Test
  void eachScopeHasItsVietnameseName() {
    assertThat(NormScope.UNIT_ITSELF.vietnameseName()).isEqualTo("Chỉ đơn vị");
    assertThat(NormScope.UNIT_AND_DESCENDANTS.displayName(Bilingual.VIETNAMESE))
        .isEqualTo("Đơn vị và các đơn vị trực thuộc");
    assertThat(NormScope.UNIT_AND_DESCENDANTS.displayName(Locale.ENGLISH))
        .isEqualTo("The unit and every unit under it");
    assertThat(NormScope.UNIT_ITSELF.englishName()).isEqualTo("The unit itself");
  }
}
