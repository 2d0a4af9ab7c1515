package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReceptionPlaceTest {

  @Test
  void theProvincialReceptionOfficeIsTheTruSoTiepCongDanTinh() {
    assertThat(ReceptionPlace.PROVINCIAL_RECEPTION_OFFICE.vietnameseName()).isEqualTo("Trụ sở tiếp công dân tỉnh");
    assertThat(ReceptionPlace.ONLINE.englishName()).isEqualTo("Online");
    assertThat(ReceptionPlace.values()).hasSize(5);
  }
}
