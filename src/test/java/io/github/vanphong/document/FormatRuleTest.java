package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentCodeBook.OFFICIAL_LETTER;
import static io.github.vanphong.document.DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE;
import static io.github.vanphong.document.DocumentCodeBook.REPORT;
import static io.github.vanphong.document.DocumentFixtures.goodReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatRuleTest {

  /** A day under Hướng dẫn 36-HD/VPTW. */
  private static final LocalDate TODAY = LocalDate.of(2026, 3, 1);

  private static List<FormatRule> rulesBroken(DocumentForm form) {
    return FormatRuleBook.standard().check(form, REPORT, PROVINCIAL_COMMITTEE_OFFICE, TODAY).stream()
        .map(FormatFinding::rule)
        .collect(java.util.stream.Collectors.toList());
  }

  @Test
  void aWellFormedDraftHasNoFinding() {
    assertThat(FormatRuleBook.standard().check(goodReport(), REPORT, PROVINCIAL_COMMITTEE_OFFICE, TODAY)).isEmpty();
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
            FormatRuleBook.HEADING_TEXT,
            FormatRuleBook.ISSUING_BODY_NAMED,
            FormatRuleBook.SYMBOL_LINE_FORM,
            FormatRuleBook.NUMBER_LEFT_BLANK,
            FormatRuleBook.PLACE_NAMED,
            FormatRuleBook.TYPE_NAME_SHOWN,
            FormatRuleBook.SUMMARY_GIVEN,
            FormatRuleBook.SIGNER_TITLE_GIVEN,
            FormatRuleBook.SIGNER_NAMED,
            FormatRuleBook.RECIPIENTS_LISTED);
    FormatFinding heading = FormatRuleBook.standard().check(bad, REPORT, PROVINCIAL_COMMITTEE_OFFICE, TODAY).get(0);
    assertThat(heading.component()).isEqualTo(FormatComponent.HEADING);
    assertThat(heading.basis().instrument().name()).isEqualTo("Hướng dẫn 36-HD/VPTW");
    assertThat(heading.message())
        .isEqualTo("the heading reads 'ĐẢNG CỘNG SẢN VIỆT NAM'; the draft has 'Đảng Cộng sản Việt Nam'");
    assertThat(heading.toString()).startsWith("Tiêu đề, HEADING_TEXT: the heading reads");
  }

  @Test
  void theIssuingBodyAndTheSuperiorBodyAreInCapitals() {
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).issuingBody("Văn phòng Tỉnh ủy").build()))
        .containsExactly(FormatRuleBook.ISSUING_BODY_IN_CAPITALS);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).superiorBody("Tỉnh ủy Hậu Giang").build()))
        .containsExactly(FormatRuleBook.ISSUING_BODY_IN_CAPITALS);
  }

  @Test
  void thePartyLineHasNoColonAndTheDraftNoNumber() {
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số: -BC/VPTU").build()))
        .containsExactly(FormatRuleBook.SYMBOL_LINE_FORM);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("-BC/VPTU").build()))
        .containsExactly(FormatRuleBook.SYMBOL_LINE_FORM);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số -BC VPTU").build()))
        .containsExactly(FormatRuleBook.SYMBOL_LINE_FORM);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số /BC-VPTU").build()))
        .containsExactly(FormatRuleBook.SYMBOL_LINE_FORM);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số 12-BC/VPTU").build()))
        .containsExactly(FormatRuleBook.NUMBER_LEFT_BLANK);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).symbolLine("Số     -BC/VPTU").build()))
        .isEmpty();
    assertThat(FormatRuleBook.NUMBER_LEFT_BLANK.check(
            DocumentForm.builder().from(goodReport()).symbolLine("Số 12-BC/VPTU").build(), REPORT,
            PROVINCIAL_COMMITTEE_OFFICE).orElseThrow().message())
        .isEqualTo("the register gives the number at issue; the draft already writes 12");
    assertThat(FormatRuleBook.NUMBER_LEFT_BLANK.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
  }

  @Test
  void theSymbolNamesTheDraftsTypeAndIssuer() {
    DocumentForm plan = DocumentForm.builder().from(goodReport()).symbolLine("Số -KH/TU").build();
    assertThat(rulesBroken(plan)).containsExactly(FormatRuleBook.SYMBOL_NAMES_TYPE, FormatRuleBook.SYMBOL_NAMES_ISSUER);
    assertThat(FormatRuleBook.standard().check(plan, REPORT, PROVINCIAL_COMMITTEE_OFFICE, TODAY))
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
    assertThat(FormatRuleBook.standard().check(letter, OFFICIAL_LETTER, PROVINCIAL_COMMITTEE_OFFICE, TODAY)).isEmpty();
    DocumentForm named = DocumentForm.builder().from(letter).typeName("CÔNG VĂN").build();
    assertThat(FormatRuleBook.standard().check(named, OFFICIAL_LETTER, PROVINCIAL_COMMITTEE_OFFICE, TODAY))
        .extracting(FormatFinding::rule).containsExactly(FormatRuleBook.TYPE_NAME_SHOWN);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).typeName("KẾ HOẠCH").build()))
        .containsExactly(FormatRuleBook.TYPE_NAME_SHOWN);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).typeName("Báo cáo").build()))
        .containsExactly(FormatRuleBook.TYPE_NAME_SHOWN);
    DocumentType stateLetter =
        DocumentType.of(DocumentSystem.STATE, "CV", "Công văn", "Official letter", REPORT.basis());
    assertThat(FormatRuleBook.TYPE_NAME_SHOWN.check(letter, stateLetter, PROVINCIAL_COMMITTEE_OFFICE)).isPresent();
  }

  @Test
  void recipientsAreListedWithoutBlankLines() {
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).recipients(List.of()).build()))
        .containsExactly(FormatRuleBook.RECIPIENTS_LISTED);
    assertThat(rulesBroken(DocumentForm.builder().from(goodReport()).addRecipients(" ").build()))
        .containsExactly(FormatRuleBook.RECIPIENTS_LISTED);
  }

  @Test
  void everyRuleOfTodayNamesAComponentAndABasisInHd36() {
    assertThat(FormatRuleBook.standard().rulesOn(TODAY)).hasSize(FormatCheck.values().length);
    for (FormatRule rule : FormatRuleBook.standard().rulesOn(TODAY)) {
      assertThat(rule.basis().instrument().name()).as("%s", rule).isEqualTo("Hướng dẫn 36-HD/VPTW");
      assertThat(rule.component()).isNotIn(FormatComponent.CONTENT, FormatComponent.SEAL);
    }
    assertThat(FormatRuleBook.HEADING_TEXT.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
  }

  @Test
  void rulesHaveBilingualNamesAndTheirMessagesShowWhatTheDraftHas() {
    assertThat(FormatRuleBook.HEADING_TEXT.vietnameseName()).isEqualTo("Tiêu đề ghi \"ĐẢNG CỘNG SẢN VIỆT NAM\"");
    assertThat(FormatRuleBook.RECIPIENTS_LISTED.englishName()).isEqualTo("The recipients are listed");
    DocumentForm lower = DocumentForm.builder().from(goodReport()).superiorBody("Tỉnh ủy Hậu Giang").build();
    assertThat(FormatRuleBook.ISSUING_BODY_IN_CAPITALS.check(lower, REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow()
        .message()).isEqualTo("the issuing body and the superior body are written in capitals; the draft has"
            + " 'Tỉnh ủy Hậu Giang' above 'VĂN PHÒNG TỈNH ỦY'");
    DocumentForm wrongName = DocumentForm.builder().from(goodReport()).typeName("KẾ HOẠCH").build();
    assertThat(FormatRuleBook.TYPE_NAME_SHOWN.check(wrongName, REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow()
        .message()).isEqualTo("a Báo cáo shows the type name 'BÁO CÁO'; the draft shows 'KẾ HOẠCH'");
    DocumentForm noName = DocumentForm.builder().from(goodReport()).typeName(java.util.Optional.empty()).build();
    assertThat(FormatRuleBook.TYPE_NAME_SHOWN.check(noName, REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow()
        .message()).isEqualTo("a Báo cáo shows the type name 'BÁO CÁO'; the draft shows none");
    assertThat(FormatRuleBook.RECIPIENTS_LISTED.check(DocumentForm.builder().from(goodReport()).recipients(List.of())
        .build(), REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow().message())
        .isEqualTo("the draft lists no recipient (nơi nhận)");
  }

  @Test
  void aRuleIsACheckNamedAndCitedForTheDaysOfItsBasis() {
    FormatRule heading = FormatRuleBook.HEADING_TEXT;
    assertThat(heading.name()).isEqualTo("HEADING_TEXT");
    assertThat(heading.formatCheck()).isEqualTo(FormatCheck.HEADING_TEXT);
    assertThat(heading.component()).isEqualTo(FormatComponent.HEADING);
    assertThat(heading.validity()).isEqualTo(heading.basis().validity());
    assertThat(heading.isInForceOn(LocalDate.of(2018, 4, 3))).isTrue();
    assertThat(heading.isInForceOn(LocalDate.of(2018, 4, 2))).isFalse();
    assertThat(heading.citation()).contains("Hướng dẫn 36-HD/VPTW, Mục II (thành phần thể thức bắt buộc của văn bản)");
    assertThat(heading).hasToString(
        "HEADING_TEXT (Hướng dẫn 36-HD/VPTW, Mục II (thành phần thể thức bắt buộc của văn bản) [2018-04-03..)"
            + " (reported by a secondary source))");
    FormatRule own =
        FormatRule.of(
            "HEADING_TEXT",
            FormatCheck.HEADING_TEXT,
            LegalBasis.of(Instrument.of("Quy chế 05-QC/TU", LocalDate.of(2019, 1, 1)), "Điều 4"));
    assertThat(own).isNotEqualTo(heading).isEqualTo(FormatRule.of(own.name(), own.formatCheck(), own.basis()));
  }

  @Test
  void aRuleHasAName() {
    assertThatThrownBy(() -> FormatRule.of(" ", FormatCheck.HEADING_TEXT, FormatRuleBook.HEADING_TEXT.basis()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a format rule has a name: ' ' for HEADING_TEXT");
  }

  @Test
  void aNumberOfAnyDigitsOrANumberAloneIsReadAsWritten() {
    for (String n : List.of("09", "90", "10", "1")) {
      DocumentForm numbered = DocumentForm.builder().from(goodReport()).symbolLine("Số " + n + "-BC/VPTU").build();
      assertThat(FormatRuleBook.NUMBER_LEFT_BLANK.check(numbered, REPORT, PROVINCIAL_COMMITTEE_OFFICE).orElseThrow()
          .message()).endsWith("already writes " + n);
      assertThat(FormatRuleBook.SYMBOL_LINE_FORM.check(numbered, REPORT, PROVINCIAL_COMMITTEE_OFFICE)).isEmpty();
    }
    DocumentForm numberOnly = DocumentForm.builder().from(goodReport()).symbolLine("Số 12").build();
    assertThat(rulesBroken(numberOnly)).containsExactly(FormatRuleBook.SYMBOL_LINE_FORM, FormatRuleBook.NUMBER_LEFT_BLANK);
    DocumentForm letters = DocumentForm.builder().from(goodReport()).symbolLine("Số /-BC/VPTU").build();
    assertThat(rulesBroken(letters)).containsExactly(FormatRuleBook.SYMBOL_LINE_FORM);
  }
}
