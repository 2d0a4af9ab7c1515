package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentCodeBook.PROVINCIAL_COMMITTEE_OFFICE;
import static io.github.vanphong.document.DocumentCodeBook.REPORT;
import static io.github.vanphong.document.DocumentFixtures.goodReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatRuleBookTest {

  private static final LocalDate DAY_OF_2016 = LocalDate.of(2016, 3, 4);
  private static final LocalDate FIRST_DAY_OF_36 = LocalDate.of(2018, 4, 3);
  private static final LegalBasis QUY_CHE =
      LegalBasis.of(Instrument.of("Quy chế công tác văn thư 05-QC/TU", LocalDate.of(2016, 1, 1)), "Điều 9");

  private static DocumentForm lowerCaseHeading() {
    return DocumentForm.builder().from(goodReport()).heading("Đảng Cộng sản Việt Nam").build();
  }

  /**
   * Hướng dẫn 11-HD/VPTW (28/5/2004), Mục I, điểm 1 and 2, as reproduced: the heading "Đảng Cộng sản Việt Nam" and
   * the issuing body are mandatory components. A draft of 2016 is checked under that guide.
   */
  @Test
  void aDraftOf2016IsCheckedUnderHuongDan11HdVptwMucI() {
    List<FormatFinding> findings =
        FormatRuleBook.standard().check(lowerCaseHeading(), REPORT, PROVINCIAL_COMMITTEE_OFFICE, DAY_OF_2016);
    assertThat(findings).singleElement().satisfies(f -> {
      assertThat(f.rule().name()).isEqualTo("HEADING_TEXT_2004");
      assertThat(f.rule().formatCheck()).isEqualTo(FormatCheck.HEADING_TEXT);
      assertThat(f.basis().instrument()).isEqualTo(Instruments.PARTY_DOCUMENT_FORMAT_2004);
      assertThat(f.basis().article()).isEqualTo("Mục I, điểm 1 (tiêu đề \"Đảng Cộng sản Việt Nam\")");
      assertThat(f.basis().confirmation()).isEqualTo(Confirmation.REPORTED);
      assertThat(f.message())
          .isEqualTo("the heading reads 'ĐẢNG CỘNG SẢN VIỆT NAM'; the draft has 'Đảng Cộng sản Việt Nam'");
    });
    assertThat(FormatRuleBook.standard().rule("ISSUING_BODY_NAMED_2004").orElseThrow().basis().article())
        .isEqualTo("Mục I, điểm 2 (tên cơ quan ban hành văn bản)");
  }

  /** Hướng dẫn 36-HD/VPTW (03/4/2018) replaced 11-HD/VPTW: from 2018-04-03 a draft is checked under it. */
  @Test
  void fromTheThirdOfApril2018ADraftIsCheckedUnderHuongDan36HdVptw() {
    assertThat(FormatRuleBook.standard()
            .check(lowerCaseHeading(), REPORT, PROVINCIAL_COMMITTEE_OFFICE, FIRST_DAY_OF_36))
        .extracting(FormatFinding::rule)
        .containsExactly(FormatRuleBook.HEADING_TEXT);
    assertThat(FormatRuleBook.standard().rulesOn(FIRST_DAY_OF_36))
        .extracting(r -> r.basis().instrument())
        .containsOnly(Instruments.PARTY_DOCUMENT_FORMAT_2018);
    assertThat(FormatRuleBook.standard().rulesOn(FIRST_DAY_OF_36.minusDays(1)))
        .extracting(r -> r.basis().instrument())
        .containsOnly(Instruments.PARTY_DOCUMENT_FORMAT_2004);
    assertThat(Instruments.PARTY_DOCUMENT_FORMAT_2004.replacedBy()).contains(Instruments.PARTY_DOCUMENT_FORMAT_2018);
  }

  /**
   * Of Hướng dẫn 11-HD/VPTW only Mục I, điểm 1 and 2 were read: every other rule is carried over from 36-HD/VPTW with
   * the same check, marked unconfirmed, and no requirement is added.
   */
  @Test
  void theRulesOf11HdVptwNotReadAreCarriedOverFrom36HdVptwUnconfirmed() {
    FormatRuleBook book = FormatRuleBook.standard();
    assertThat(book.rules()).hasSize(2 * FormatCheck.values().length);
    assertThat(book.rulesOn(DAY_OF_2016)).extracting(FormatRule::formatCheck).containsExactly(FormatCheck.values());
    assertThat(book.rulesOn(FIRST_DAY_OF_36)).extracting(FormatRule::formatCheck)
        .containsExactly(FormatCheck.values());
    for (FormatRule rule : book.rulesOn(DAY_OF_2016)) {
      assertThat(rule.name()).endsWith(FormatRuleBook.UNDER_11_HD);
      assertThat(rule.validity().end()).contains(LocalDate.of(2018, 4, 2));
      assertThat(rule.validity().start()).isEqualTo(LocalDate.of(2004, 5, 28));
      if (rule.formatCheck() == FormatCheck.HEADING_TEXT || rule.formatCheck() == FormatCheck.ISSUING_BODY_NAMED) {
        assertThat(rule.basis().confirmation()).as("%s", rule).isEqualTo(Confirmation.REPORTED);
      } else {
        assertThat(rule.basis().confirmation()).as("%s", rule).isEqualTo(Confirmation.UNCONFIRMED);
        assertThat(rule.basis().article()).as("%s", rule).startsWith("chưa đọc; như Hướng dẫn 36-HD/VPTW, ");
      }
    }
    assertThat(book.rule("SYMBOL_LINE_FORM_2004").orElseThrow().basis().article())
        .isEqualTo("chưa đọc; như Hướng dẫn 36-HD/VPTW, Mục II, điểm 1.3 (số và ký hiệu văn bản)");
  }

  @Test
  void noRuleIsBuiltInBeforeHuongDan11HdVptw() {
    LocalDate before = LocalDate.of(2004, 5, 27);
    assertThat(FormatRuleBook.standard().rulesOn(before)).isEmpty();
    assertThat(FormatRuleBook.standard().check(lowerCaseHeading(), REPORT, PROVINCIAL_COMMITTEE_OFFICE, before))
        .isEmpty();
    assertThat(FormatRuleBook.standard().rulesOn(LocalDate.of(2004, 5, 28))).hasSize(FormatCheck.values().length);
  }

  @Test
  void anApplicationsRuleOfTheSameNameReplacesTheBooksInItsPlace() {
    FormatRule own = FormatRule.of("HEADING_TEXT_2004", FormatCheck.HEADING_TEXT, QUY_CHE);
    FormatRuleBook book = FormatRuleBook.standard().with(own);
    assertThat(book.rules()).hasSize(FormatRuleBook.standard().rules().size());
    assertThat(book.rule("HEADING_TEXT_2004")).contains(own);
    assertThat(book.rules().indexOf(own))
        .isEqualTo(FormatRuleBook.standard().rules().indexOf(
            FormatRuleBook.standard().rule("HEADING_TEXT_2004").orElseThrow()));
    assertThat(book.check(lowerCaseHeading(), REPORT, PROVINCIAL_COMMITTEE_OFFICE, DAY_OF_2016))
        .extracting(FormatFinding::basis)
        .containsExactly(QUY_CHE);
    assertThat(FormatRuleBook.standard().rule("HEADING_TEXT_2004").orElseThrow().basis()).isNotEqualTo(QUY_CHE);
  }

  @Test
  void aNewRuleComesLastAndTakesPrecedenceForItsCheckOnTheDaysBothAreInForce() {
    FormatRule own = FormatRule.of("HEADING_TEXT_QUY_CHE", FormatCheck.HEADING_TEXT, QUY_CHE);
    FormatRuleBook book = FormatRuleBook.standard().with(own);
    assertThat(book.rules()).last().isEqualTo(own);
    assertThat(book.rulesOn(DAY_OF_2016)).hasSize(FormatCheck.values().length).contains(own)
        .doesNotContain(book.rule("HEADING_TEXT_2004").orElseThrow());
    assertThat(book.check(lowerCaseHeading(), REPORT, PROVINCIAL_COMMITTEE_OFFICE, DAY_OF_2016))
        .extracting(FormatFinding::rule)
        .containsExactly(own);
    assertThat(book.check(lowerCaseHeading(), REPORT, PROVINCIAL_COMMITTEE_OFFICE, LocalDate.of(2015, 12, 31)))
        .extracting(f -> f.rule().name())
        .containsExactly("HEADING_TEXT_2004");
  }

  @Test
  void aRuleIsTakenOutByNameAndAnUnknownNameIsRefused() {
    FormatRuleBook book = FormatRuleBook.standard().without("NUMBER_LEFT_BLANK_2004");
    assertThat(book.rule("NUMBER_LEFT_BLANK_2004")).isEmpty();
    assertThat(book.rules()).hasSize(FormatRuleBook.standard().rules().size() - 1);
    DocumentForm numbered = DocumentForm.builder().from(goodReport()).symbolLine("Số 12-BC/VPTU").build();
    assertThat(book.check(numbered, REPORT, PROVINCIAL_COMMITTEE_OFFICE, DAY_OF_2016)).isEmpty();
    assertThat(book.check(numbered, REPORT, PROVINCIAL_COMMITTEE_OFFICE, FIRST_DAY_OF_36))
        .extracting(FormatFinding::rule)
        .containsExactly(FormatRuleBook.NUMBER_LEFT_BLANK);
    assertThatThrownBy(() -> book.without("NUMBER_LEFT_BLANK_2004"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("this format rule book has no rule named 'NUMBER_LEFT_BLANK_2004'");
    assertThat(FormatRuleBook.standard().rule("NUMBER_LEFT_BLANK_2004")).isPresent();
  }

  @Test
  void aBookHasOneRuleOfEachName() {
    assertThatThrownBy(() -> FormatRuleBook.of(FormatRuleBook.HEADING_TEXT, FormatRuleBook.HEADING_TEXT))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a rule book has one rule of each name; 'HEADING_TEXT' is given twice");
    assertThatThrownBy(() -> FormatRuleBook.of(FormatRuleBook.HEADING_TEXT, null))
        .isInstanceOf(NullPointerException.class);
    assertThatThrownBy(() -> FormatRuleBook.standard().with(null)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void aBookOfGivenRulesChecksOnlyThose() {
    FormatRuleBook only = FormatRuleBook.of(FormatRuleBook.SIGNER_NAMED);
    DocumentForm bad = DocumentForm.builder().from(lowerCaseHeading()).signerName("").build();
    assertThat(only.check(bad, REPORT, PROVINCIAL_COMMITTEE_OFFICE, FIRST_DAY_OF_36))
        .extracting(FormatFinding::rule)
        .containsExactly(FormatRuleBook.SIGNER_NAMED);
    assertThat(only.check(bad, REPORT, PROVINCIAL_COMMITTEE_OFFICE, DAY_OF_2016)).isEmpty();
    assertThat(FormatRuleBook.of(List.of())).isEqualTo(FormatRuleBook.of()).hasToString("FormatRuleBook[0 rules]");
  }

  @Test
  void booksAreEqualWhenTheirRulesAre() {
    assertThat(FormatRuleBook.standard())
        .isEqualTo(FormatRuleBook.of(FormatRuleBook.standard().rules()))
        .hasSameHashCodeAs(FormatRuleBook.of(FormatRuleBook.standard().rules()))
        .isNotEqualTo(FormatRuleBook.standard().without("HEADING_TEXT"))
        .isNotEqualTo("book")
        .hasToString("FormatRuleBook[26 rules]");
  }
}
