package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormatComponentTest {

  @Test
  void theNineMandatoryComponentsOfHd36InTheirOrder() {
    assertThat(FormatComponent.values()).hasSize(9);
    assertThat(FormatComponent.values()[0]).isEqualTo(FormatComponent.HEADING);
    assertThat(FormatComponent.HEADING.vietnameseName()).isEqualTo("Tiêu đề");
    assertThat(FormatComponent.values()[8]).isEqualTo(FormatComponent.RECIPIENTS);
    assertThat(FormatComponent.RECIPIENTS.englishName()).isEqualTo("Recipients");
  }
}
