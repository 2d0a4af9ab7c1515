package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RefusalNoticeTest {

  @Test
  void aCitizenIsToldInPersonOrInWriting() {
    assertThat(RefusalNotice.values())
        .containsExactly(RefusalNotice.SPOKEN_EXPLANATION, RefusalNotice.WRITTEN_NOTICE);
    assertThat(RefusalNotice.WRITTEN_NOTICE.vietnameseName()).startsWith("Thông báo từ chối tiếp công dân");
  }
}
