package io.github.vanphong.reception;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SessionIdTest {

  @Test
  void aSessionIdIsItsTextAndComparesByIt() {
    SessionId id = SessionId.of("HG-TCD-2016-01-15");
    assertThat(id.value()).isEqualTo("HG-TCD-2016-01-15");
    assertThat(id).hasToString("HG-TCD-2016-01-15").isEqualTo(SessionId.of("HG-TCD-2016-01-15"));
    assertThat(id.compareTo(SessionId.of("HG-TCD-2016-02-15"))).isNegative();
  }

  @Test
  void aSessionIdIsRefusedWhenItIsNotOfTheIdentifiersForm() {
    assertThatThrownBy(() -> SessionId.of("buổi tiếp"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("reception session id");
  }
}
