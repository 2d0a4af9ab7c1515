package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentFixtures.CHIEF;
import static io.github.vanphong.document.DocumentFixtures.goodReport;
import static io.github.vanphong.document.DocumentFixtures.march;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class DraftEventTest {

  private static DraftEvent.Builder event(DraftCommand command) {
    return DraftEvent.builder().command(command).by(CHIEF).on(march(2));
  }

  @Test
  void aStartAndARevisionCarryAFormAndNothingElseDoes() {
    assertThatThrownBy(() -> event(DraftCommand.START).build()).hasMessage("START carries the form written");
    assertThatThrownBy(() -> event(DraftCommand.REVISE).build()).hasMessage("REVISE carries the form written");
    assertThatThrownBy(() -> event(DraftCommand.SUBMIT).form(goodReport()).build())
        .hasMessage("SUBMIT carries no form");
    assertThat(event(DraftCommand.REVISE).form(goodReport()).build().form()).contains(goodReport());
  }

  @Test
  void onlyAnIssueCarriesASymbol() {
    assertThatThrownBy(() -> event(DraftCommand.ISSUE).build()).hasMessage("ISSUE carries the number and symbol given");
    assertThatThrownBy(() -> event(DraftCommand.SIGN).symbol(DocumentSymbol.parse("01-BC/VPTU")).build())
        .hasMessage("SIGN carries no number and symbol");
  }

  @Test
  void onlyAReturnCarriesFindingsAndAReturnCarriesFindingsOrANote() {
    FormatFinding finding = FormatFinding.of(FormatRuleBook.HEADING_TEXT, "the heading is missing");
    assertThatThrownBy(() -> event(DraftCommand.SUBMIT).addFindings(finding).build())
        .hasMessage("only a return carries format findings, not a SUBMIT event");
    assertThatThrownBy(() -> event(DraftCommand.RETURN).build())
        .hasMessage("a draft is returned with format findings or a note; this return on 2016-03-02 has neither");
    assertThat(event(DraftCommand.RETURN).addFindings(finding).build().findings()).containsExactly(finding);
    assertThat(event(DraftCommand.RETURN).note("sửa").build().note()).contains("sửa");
    assertThatThrownBy(() -> event(DraftCommand.RETURN).note(" ").build())
        .hasMessage("a note of a RETURN event is not blank");
  }

  @Test
  void aNoteIsKeptInNfcAndShown() {
    DraftEvent e = event(DraftCommand.SUBMIT).note(Normalizer.normalize("trình gấp", Normalizer.Form.NFD)).build();
    assertThat(e.note()).contains("trình gấp");
    assertThat(e).hasToString("SUBMIT 2016-03-02 by HG-CVP: trình gấp");
    FormatFinding finding = FormatFinding.of(FormatRuleBook.HEADING_TEXT, "x");
    assertThat(event(DraftCommand.RETURN).addFindings(finding).note("sửa").build())
        .hasToString("RETURN 2016-03-02 by HG-CVP: 1 findings, sửa");
    assertThat(event(DraftCommand.ISSUE).symbol(DocumentSymbol.parse("01-BC/VPTU")).build())
        .hasToString("ISSUE 2016-03-02 by HG-CVP: 01-BC/VPTU");
    assertThat(event(DraftCommand.SIGN).build()).hasToString("SIGN 2016-03-02 by HG-CVP");
  }
}
