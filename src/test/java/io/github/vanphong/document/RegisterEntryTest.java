package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentFixtures.march;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.text.Normalizer;
import org.junit.jupiter.api.Test;

class RegisterEntryTest {

  private static RegisterEntry.Builder report() {
    return RegisterEntry.builder()
        .symbol(DocumentSymbol.parse("12-BC/VPTU"))
        .type(DocumentCodeBook.REPORT)
        .issuedOn(march(4))
        .summary("Báo cáo kết quả giao ban");
  }

  @Test
  void anEntryCarriesItsNumberTypeDaySummaryAndMarks() {
    RegisterEntry e = report().build();
    assertThat(e.number()).isEqualTo(12);
    assertThat(e.secrecy()).isEqualTo(Secrecy.NONE);
    assertThat(e.isVoid()).isFalse();
    assertThat(e).hasToString("12-BC/VPTU 2016-03-04 Báo cáo kết quả giao ban");
    RegisterEntry marked =
        report().secrecy(Secrecy.CONFIDENTIAL).voiding(Voiding.of(march(5), "nhầm")).build();
    assertThat(marked).hasToString("12-BC/VPTU 2016-03-04 Báo cáo kết quả giao ban [Mật] (voided on 2016-03-05: nhầm)");
  }

  @Test
  void theSymbolNamesTheEntrysType() {
    assertThatThrownBy(() -> report().type(DocumentCodeBook.PLAN).build())
        .hasMessage("the symbol 12-BC/VPTU does not name the type KH (Party document: Kế hoạch)");
    assertThatThrownBy(() -> report().type(DocumentCodeBook.STATE_REPORT).build())
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aNumberIsVoidedOnceOnOrAfterItsIssueAndTheSummaryIsGiven() {
    assertThatThrownBy(() -> report().voiding(Voiding.of(march(3), "nhầm")).build())
        .hasMessage("a number is voided on or after its day of issue: 12-BC/VPTU was issued on 2016-03-04, voided on"
            + " 2016-03-03");
    assertThat(report().voiding(Voiding.of(march(4), "nhầm")).build().isVoid()).isTrue();
    assertThatThrownBy(() -> report().summary(" ").build()).hasMessageContaining("needs a summary");
    RegisterEntry once = report().build().voided(Voiding.of(march(5), "nhầm"));
    assertThatThrownBy(() -> once.voided(Voiding.of(march(6), "lại"))).hasMessageContaining("voided once");
  }

  @Test
  void theSummaryIsKeptInNfc() {
    assertThat(report().summary(Normalizer.normalize("Báo cáo", Normalizer.Form.NFD)).build().summary())
        .isEqualTo("Báo cáo");
  }
}
