package io.github.vanphong.staffing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EmploymentTest {

  @Test
  void anOfficialIsACongChucAndAContractIsAHopDongLaoDong() {
    assertThat(Employment.OFFICIAL.vietnameseName()).isEqualTo("Công chức");
    assertThat(Employment.OFFICIAL.englishName()).isEqualTo("Official");
    assertThat(Employment.CONTRACT.vietnameseName()).isEqualTo("Hợp đồng lao động");
    assertThat(Employment.CONTRACT.englishName()).isEqualTo("Labour contract");
  }
}
