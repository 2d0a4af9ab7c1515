package io.github.vanphong.petition;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AreaTypeTest {

  @Test
  void aRemoteAreaIsVungSauVungXa() {
    assertThat(AreaType.REMOTE.vietnameseName()).isEqualTo("Vùng sâu, vùng xa");
    assertThat(AreaType.REMOTE.englishName()).isEqualTo("Remote area");
    assertThat(AreaType.ORDINARY.vietnameseName()).isEqualTo("Địa bàn thông thường");
    assertThat(AreaType.ORDINARY.englishName()).isEqualTo("Ordinary area");
  }
}
