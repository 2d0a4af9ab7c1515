package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SessionCommandTest {

  @Test
  void theNoticesAreNamedAsTheFormsAre() {
    assertThat(SessionCommand.ISSUE_CONCLUSION_NOTICE.vietnameseName())
        .isEqualTo("Ban hành thông báo kết luận việc tiếp công dân");
    assertThat(SessionCommand.NOTIFY_REFUSAL.vietnameseName()).isEqualTo("Ban hành thông báo từ chối tiếp công dân");
    assertThat(SessionCommand.REFUSE.englishName()).isEqualTo("Refuse a citizen");
  }
}
