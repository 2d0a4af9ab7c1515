package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecrecyTest {

  @Test
  void theThreeLevelsOfSecrecyAndNone() {
    assertThat(Secrecy.values()).extracting(Secrecy::vietnameseName)
        .containsExactly("Không mật", "Mật", "Tối mật", "Tuyệt mật");
    assertThat(Secrecy.TOP_SECRET.englishName()).isEqualTo("Top secret");
  }
}
