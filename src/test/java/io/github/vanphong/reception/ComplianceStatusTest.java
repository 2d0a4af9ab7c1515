package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ComplianceStatusTest {

  @Test
  void aPostMeetsFallsShortWaitsOrHasNoDuty() {
    assertThat(ComplianceStatus.values())
        .containsExactly(
            ComplianceStatus.MET, ComplianceStatus.SHORT, ComplianceStatus.PENDING, ComplianceStatus.NO_DUTY);
    assertThat(ComplianceStatus.NO_DUTY.vietnameseName()).isEqualTo("Không có quy định về tiếp công dân định kỳ");
  }
}
