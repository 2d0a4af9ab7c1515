package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatFindingTest {

  @Test
  void aFindingNamesItsComponentRuleAndBasis() {
    FormatFinding f = FormatFinding.of(FormatRule.SIGNER_NAMED, "the draft names no signer");
    assertThat(f.component()).isEqualTo(FormatComponent.SIGNATURE);
    assertThat(f.basis()).isEqualTo(FormatRule.SIGNER_NAMED.basis());
    assertThat(f).hasToString("Quyền hạn, chức vụ, họ tên và chữ ký, SIGNER_NAMED: the draft names no signer"
        + " (Hướng dẫn 36-HD/VPTW, Mục II (thành phần thể thức bắt buộc của văn bản))");
  }

  @Test
  void aFindingStatesItsFacts() {
    assertThatThrownBy(() -> FormatFinding.of(FormatRule.SIGNER_NAMED, " "))
        .hasMessage("a format finding states its facts: SIGNER_NAMED");
  }
}
