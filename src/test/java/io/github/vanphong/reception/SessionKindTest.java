package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionKindTest {

  @Test
  void theHeadReceivesInPersonAtPeriodicAndAdHocSessionsOnly() {
    assertThat(SessionKind.HEAD_PERIODIC.isHeads()).isTrue();
    assertThat(SessionKind.HEAD_AD_HOC.isHeads()).isTrue();
    assertThat(SessionKind.REGULAR.isHeads()).isFalse();
    assertThat(SessionKind.REGULAR.vietnameseName()).isEqualTo("Tiếp công dân thường xuyên");
  }
}
