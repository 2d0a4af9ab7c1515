package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE;
import static io.github.vanphong.document.DocumentCodeBook.REPORT;
import static io.github.vanphong.document.DocumentFixtures.goodReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FormatCheckTest {

  @Test
  void everyCheckHasAComponentAndBilingualNames() {
    for (FormatCheck check : FormatCheck.values()) {
      assertThat(check.component()).as("%s", check).isNotIn(FormatComponent.CONTENT, FormatComponent.SEAL);
      assertThat(check.vietnameseName()).isNotBlank();
      assertThat(check.englishName()).isNotBlank();
    }
    assertThat(FormatCheck.SUMMARY_GIVEN.vietnameseName()).isEqualTo("Ghi trích yếu nội dung");
    assertThat(FormatCheck.SUMMARY_GIVEN.englishName()).isEqualTo("The summary is written");
  }

  @Test
  void aCheckIsMadeForARuleAndItsFindingNamesThatRule() {
    FormatRule own = FormatRule.of("SIGNER_NAMED_OWN", FormatCheck.SIGNER_NAMED, FormatRuleBook.SIGNER_NAMED.basis());
    DocumentForm unsigned = DocumentForm.builder().from(goodReport()).signerName("").build();
    assertThat(FormatCheck.SIGNER_NAMED.apply(own, unsigned, REPORT, PROVINCIAL_COMMITTEE_OFFICE))
        .hasValueSatisfying(f -> assertThat(f.rule()).isEqualTo(own));
    assertThat(FormatCheck.SIGNER_NAMED.apply(own, goodReport(), REPORT, PROVINCIAL_COMMITTEE_OFFICE)).isEmpty();
    assertThatThrownBy(() -> FormatCheck.SIGNER_NAMED.apply(own, null, REPORT, PROVINCIAL_COMMITTEE_OFFICE))
        .isInstanceOf(NullPointerException.class)
        .hasMessage("form");
  }
}
