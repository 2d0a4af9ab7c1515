package io.github.vanphong.calendar;

import io.github.vanphong.law.Instruments;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ExtensionTest {

  private static final LegalBasis ARTICLE_30 = LegalBasis.of(Instruments.DENUNCIATIONS_LAW_2018, "Điều 30");

  @Test
  void anExtensionAddsAtLeastOneDay() {
    assertThat(Extension.of(1, ARTICLE_30).days()).isEqualTo(1);
    assertThat(Extension.of(30, ARTICLE_30).toString()).isEqualTo("+30 days (Luật Tố cáo 25/2018/QH14, Điều 30)");
    assertThat(Extension.of(30, ARTICLE_30).basis()).isEqualTo(ARTICLE_30);
    assertThatThrownBy(() -> Extension.of(0, ARTICLE_30))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("an extension adds at least 1 day; Luật Tố cáo 25/2018/QH14, Điều 30 adds 0");
  }
}
