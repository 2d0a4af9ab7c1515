package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentCodeBook.OFFICIAL_LETTER;
import static io.github.vanphong.document.DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE;
import static io.github.vanphong.document.DocumentCodeBook.REPORT;
import static io.github.vanphong.document.DocumentFixtures.goodReport;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.law.Confirmation;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatRuleTest {

  private static List<FormatRule> rulesBroken(DocumentForm form) {
    return FormatRule.checkAll(form, REPORT, PROVINCIAL_COMMITTEE_OFFICE).stream()
        .map(FormatFinding::rule)
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void aWellFormedDraftHasNoFinding() {
    assertThat(FormatRule.checkAll(goodReport(), REPORT, PROVINCIAL_COMMITTEE_OFFICE)).isEmpty();
  }

  @Test
  void everyFindingIsReportedAtOnce() {
    DocumentForm bad =
        DocumentForm.builder()
            .heading("Đảng Cộng sản Việt Nam")
            .issuingBody("")
            .symbolLine("Số: 12/BC-VPTU")
            .place(" ")
            .summary("")
            .signerTitle("")
            .signerName("")
            .build();
    assertThat(rulesBroken(bad))
        .containsExactly(
            FormatRule.HEADING_TEXT,
            FormatRule.ISSUING_BODY_NAMED,
            FormatRule.SYMBOL_LINE_FORM,
            FormatRule.NUMBER_LEFT_BLANK,
            FormatRule.PLACE_NAMED,
            FormatRule.TYPE_NAME_SHOWN,
            FormatRule.SUMMARY_GIVEN,
            FormatRule.SIGNER_TITLE_GIVEN,
            FormatRule.SIGNER_NAMED,
            FormatRule.RECIPIENTS_LISTED);
    FormatFinding heading = FormatRule.checkAll(bad, REPORT, PROVINCIAL_COMMITTEE_OFFICE).get(0);
    assertThat(heading.component()).isEqualTo(FormatComponent.HEADING);
    assertThat(heading.basis().instrument().name()).isEqualTo("Hướng dẫn 36-HD/VPTW");
    assertThat(heading.message())
        .isEqualTo("the heading reads 'ĐẢNG CỘNG SẢN VIỆT NAM'; the draft has 'Đảng Cộng sản Việt Nam'");
    assertThat(heading.toString()).startsWith("Tiêu đề, HEADING_TEXT: the heading reads");
  }

  @Test
  void theIssuingBodyAndTheSuperiorBodyAreInCapitals() {
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).issuingBody("Văn phòng Tỉnh ủy").build()))
        .containsExactly(FormatRule.ISSUING_BODY_IN_CAPITALS);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).superiorBody("Tỉnh ủy Hậu Giang").build()))
        .containsExactly(FormatRule.ISSUING_BODY_IN_CAPITALS);
  }

  @Test
  void thePartyLineHasNoColonAndTheDraftNoNumber() {
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số: -BC/VPTU").build()))
        .containsExactly(FormatRule.SYMBOL_LINE_FORM);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("-BC/VPTU").build()))
        .containsExactly(FormatRule.SYMBOL_LINE_FORM);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số -BC VPTU").build()))
        .containsExactly(FormatRule.SYMBOL_LINE_FORM);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số /BC-VPTU").build()))
        .containsExactly(FormatRule.SYMBOL_LINE_FORM);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số 12-BC/VPTU").build()))
        .containsExactly(FormatRule.NUMBER_LEFT_BLANK);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số     -BC/VPTU").build()))
        .isEmpty();
    assertThat(FormatRule.NUMBER_LEFT_BLANK.check(
            DocumentForm.builder().from(goodReport()).symbolLine("Số 12-BC/VPTU").build(), REPORT,
            PROVINCIAL_COMMITTEE_OFFICE).orElseThrow().message())
        .isEqualTo("the register gives the number at issue; the draft already writes 12");
    assertThat(FormatRule.NUMBER_LEFT_BLANK.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void theSymbolNamesTheDraftsTypeAndIssuer() {
    DocumentForm plan = DocumentForm.builder().from(goodReport()).symbolLine("Số -KH/TU").build();
    assertThat(rulesBroken(plan)).containsExactly(FormatRule.SYMBOL_NAMES_TYPE, FormatRule.SYMBOL_NAMES_ISSUER);
    assertThat(FormatRule.checkAll(plan, REPORT, PROVINCIAL_COMMITTEE_OFFICE))
        .extracting(FormatFinding::message)
        .containsExactly(
            "the symbol names the type KH; the draft is a Báo cáo (BC)",
            "the symbol names the issuer TU; the draft is issued by Văn phòng Tỉnh ủy (VPTU)");
  }

  @Test
  void aCongVanShowsNoTypeNameAndOtherTypesShowTheirOwn() {
    DocumentForm letter =
        DocumentForm.template(OFFICIAL_LETTER, PROVINCIAL_COMMITTEE_OFFICE)
            .place("Vị Thanh").summary("V/v báo cáo giao ban").signerTitle("CHÁNH VĂN PHÒNG").signerName("B")
            .addRecipients("Như trên").build();
    assertThat(letter.typeName()).isEmpty();
    assertThat(FormatRule.checkAll(letter, OFFICIAL_LETTER, PROVINCIAL_COMMITTEE_OFFICE)).isEmpty();
    DocumentForm named = DocumentForm.builder().from(letter).typeName("CÔNG VĂN").build();
    assertThat(FormatRule.checkAll(named, OFFICIAL_LETTER, PROVINCIAL_COMMITTEE_OFFICE))
        .extracting(FormatFinding::rule).containsExactly(FormatRule.TYPE_NAME_SHOWN);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).typeName("KẾ HOẠCH").build()))
        .containsExactly(FormatRule.TYPE_NAME_SHOWN);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).typeName("Báo cáo").build()))
        .containsExactly(FormatRule.TYPE_NAME_SHOWN);
    DocumentType stateLetter =
        DocumentType.of(DocumentSystem.STATE, "CV", "Công văn", "Official letter", REPORT.basis());
    assertThat(FormatRule.TYPE_NAME_SHOWN.check(letter, stateLetter, PROVINCIAL_COMMITTEE_OFFICE)).isPresent();
  }

  @Test
  void recipientsAreListedWithoutBlankLines() {
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).recipients(List.of()).build()))
        .containsExactly(FormatRule.RECIPIENTS_LISTED);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).addRecipients(" ").build()))
        .containsExactly(FormatRule.RECIPIENTS_LISTED);
  }

  @Test
  void everyRuleNamesAComponentAndABasisInHd36() {
    for (FormatRule rule : FormatRule.values()) {
      assertThat(rule.basis().instrument().name()).as("%s", rule).isEqualTo("Hướng dẫn 36-HD/VPTW");
      assertThat(rule.component()).isNotIn(FormatComponent.CONTENT, FormatComponent.SEAL);
    }
    assertThat(FormatRule.HEADING_TEXT.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void rulesHaveBilingualNamesAndTheirMessagesShowWhatTheDraftHas() {
    assertThat(FormatRule.HEADING_TEXT.vietnameseName()).isEqualTo("Tiêu đề ghi \"ĐẢNG CỘNG SẢN VIỆT NAM\"");
    assertThat(FormatRule.RECIPIENTS_LISTED.englishName()).isEqualTo("The recipients are listed");
    DocumentForm lower = DocumentForm.builder().from(goodReport()).superiorBody("Tỉnh ủy Hậu Giang").build();
    assertThat(FormatRule.ISSUING_BODY_IN_CAPITALS.check(lower, REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow()
        .message()).isEqualTo("the issuing body and the superior body are written in capitals; the draft has"
            + " 'Tỉnh ủy Hậu Giang' above 'VĂN PHÒNG TỈNH ỦY'");
    DocumentForm wrongName = DocumentForm.builder().from(goodReport()).typeName("KẾ HOẠCH").build();
    assertThat(FormatRule.TYPE_NAME_SHOWN.check(wrongName, REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow()
        .message()).isEqualTo("a Báo cáo shows the type name 'BÁO CÁO'; the draft shows 'KẾ HOẠCH'");
    DocumentForm noName = DocumentForm.builder().from(goodReport()).typeName(java.util.Optional.empty()).build();
    assertThat(FormatRule.TYPE_NAME_SHOWN.check(noName, REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow()
        .message()).isEqualTo("a Báo cáo shows the type name 'BÁO CÁO'; the draft shows none");
    assertThat(FormatRule.RECIPIENTS_LISTED.check(DocumentForm.builder().from(goodReport()).recipients(List.of())
        .build(), REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow().message())
        .isEqualTo("the draft lists no recipient (nơi nhận)");
  }

  @Test
  void aNumberOfAnyDigitsOrANumberAloneIsReadAsWritten() {
    for (String n : List.of("09", "90", "10", "1")) {
      DocumentForm numbered = DocumentForm.builder().from(goodReport()).symbolLine("Số " + n + "-BC/VPTU").build();
      assertThat(FormatRule.NUMBER_LEFT_BLANK.check(numbered, REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow()
          .message()).endsWith("already writes " + n);
      assertThat(FormatRule.SYMBOL_LINE_FORM.check(numbered, REPORT, PROVINCIAL_COMMITTEE_OFFICE)).isEmpty();
    }
    DocumentForm numberOnly = DocumentForm.builder().from(goodReport()).symbolLine("Số 12").build();
    assertThat(rulesBroken(numberOnly)).containsExactly(FormatRule.SYMBOL_LINE_FORM, FormatRule.NUMBER_LEFT_BLANK);
    DocumentForm letters = DocumentForm.builder().from(goodReport()).symbolLine("Số /-BC/VPTU").build();
    assertThat(rulesBroken(letters)).containsExactly(FormatRule.SYMBOL_LINE_FORM);
  }
}
