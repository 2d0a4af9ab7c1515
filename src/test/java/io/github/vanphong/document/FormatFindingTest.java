package io.github.vanphong.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatFindingTest {

  @Test
  void aFindingNamesItsComponentRuleAndBasis() {
    FormatFinding f = FormatFinding.of(FormatRuleBook.SIGNER_NAMED, "the draft names no signer");
    assertThat(f.component()).isEqualTo(FormatComponent.SIGNATURE);
    assertThat(f.basis()).isEqualTo(FormatRuleBook.SIGNER_NAMED.basis());
    assertThat(f).hasToString("Quyền hạn, chức vụ, họ tên và chữ ký, SIGNER_NAMED: the draft names no signer"
        + " (Hướng dẫn 36-HD/VPTW, Mục II (thành phần thể thức bắt buộc của văn bản))");
  }

  @Test
  void aFindingNamesTheValuesAtFault() {
    DocumentForm form =
        DocumentForm.builder().from(DocumentFixtures.goodReport()).heading("Đảng Cộng sản Việt Nam").build();
    FormatFinding heading =
        FormatRuleBook.HEADING_TEXT
            .check(form, DocumentCodeBook.REPORT, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE)
            .orElseThrow();
    assertThat(heading.values()).containsExactly("Đảng Cộng sản Việt Nam");
    assertThat(heading.rule().citation()).contains(FormatRuleBook.HEADING_TEXT.basis().citation());
    DocumentForm plan = DocumentForm.builder().from(DocumentFixtures.goodReport()).symbolLine("Số -KH/VPTU").build();
    assertThat(
            FormatRuleBook.SYMBOL_NAMES_TYPE
                .check(plan, DocumentCodeBook.REPORT, DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE)
                .orElseThrow()
                .values())
        .containsExactly("Số -KH/VPTU", DocumentCodeBook.REPORT);
    assertThat(FormatFinding.of(FormatRuleBook.SIGNER_NAMED, "no signer").values()).isEmpty();
  }

  @Test
  void aFindingStatesItsFacts() {
    assertThatThrownBy(() -> FormatFinding.of(FormatRuleBook.SIGNER_NAMED, " "))
        .hasMessage("a format finding states its facts: SIGNER_NAMED");
  }
}
