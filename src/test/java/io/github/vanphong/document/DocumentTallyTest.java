package io.github.vanphong.document;

import static io.github.vanphong.document.DocumentCodeBook.PLAN;
import static io.github.vanphong.document.DocumentCodeBook.REPORT;
import static io.github.vanphong.document.DocumentCodeBook.STATE_REPORT;
import static io.github.vanphong.document.DocumentFixtures.march;
import static io.github.vanphong.document.DocumentFixtures.officeRegister;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DocumentTallyTest {

  private static OutgoingRegister marchAndApril() {
    OutgoingRegister r = officeRegister();
    r = r.issue(REPORT, march(1), "a").register();
    r = r.issue(REPORT, march(2), "b").register();
    r = r.issue(PLAN, march(2), "c").register();
    r = r.issue(REPORT, LocalDate.of(2016, 4, 1), "d").register();
    return r.voidNumber(DocumentSymbol.parse("02-BC/VPTU"), march(3), "nhầm");
  }

  @Test
  void documentsAreCountedByTypeAndMonthAndVoidedOnesApart() {
    DocumentTally t = DocumentTally.of(marchAndApril());
    assertThat(t.issued(REPORT, YearMonth.of(2016, 3))).isEqualTo(1);
    assertThat(t.issued(REPORT, YearMonth.of(2016, 4))).isEqualTo(1);
    assertThat(t.issued(PLAN, YearMonth.of(2016, 3))).isEqualTo(1);
    assertThat(t.issued(PLAN, YearMonth.of(2016, 4))).isZero();
    assertThat(t.issued(REPORT)).isEqualTo(2);
    assertThat(t.issued(YearMonth.of(2016, 3))).isEqualTo(2);
    assertThat(t.totalIssued()).isEqualTo(3);
    assertThat(t.totalVoided()).isEqualTo(1);
    assertThat(t.months()).containsExactly(YearMonth.of(2016, 3), YearMonth.of(2016, 4));
    assertThat(t.byTypeAndMonth(DocumentSystem.PARTY))
        .isEqualTo(Map.of("BC", Map.of(YearMonth.of(2016, 3), 1, YearMonth.of(2016, 4), 1),
            "KH", Map.of(YearMonth.of(2016, 3), 1)));
    assertThat(t.byTypeAndMonth(DocumentSystem.STATE)).isEmpty();
    assertThat(t).hasToString("DocumentTally[3 issued, 1 voided, {PARTY BC 2016-03=1, PARTY BC 2016-04=1,"
        + " PARTY KH 2016-03=1}]");
  }

  @Test
  void aPartyReportAndAStateReportAreCountedApart() {
    RegisterEntry state =
        OutgoingRegister.forStateYear(DocumentCodeBook.PEOPLES_COMMITTEE, Year.of(2016))
            .issue(STATE_REPORT, march(1), "x").entry();
    RegisterEntry party = officeRegister().issue(REPORT, march(1), "x").entry();
    DocumentTally t = DocumentTally.of(state).plus(DocumentTally.of(party));
    assertThat(t.issued(REPORT, YearMonth.of(2016, 3))).isEqualTo(1);
    assertThat(t.issued(STATE_REPORT, YearMonth.of(2016, 3))).isEqualTo(1);
    assertThat(t.issued(REPORT)).isEqualTo(1);
    assertThat(t.byTypeAndMonth(DocumentSystem.STATE)).containsOnlyKeys("BC");
  }

  @Test
  void theEmptyTallyCountsNothingAndMonthsOfVoidsCount() {
    assertThat(DocumentTally.empty().totalIssued()).isZero();
    assertThat(DocumentTally.empty().months()).isEmpty();
    Issued only = officeRegister().issue(REPORT, march(1), "a");
    DocumentTally voided = DocumentTally.of(only.register().voidNumber(only.symbol(), march(1), "nhầm"));
    assertThat(voided.months()).containsExactly(YearMonth.of(2016, 3));
    assertThat(voided.totalIssued()).isZero();
    assertThat(voided).isNotEqualTo(DocumentTally.of(only.register())).isNotEqualTo("tally");
    assertThat(voided.plus(DocumentTally.empty())).isEqualTo(voided).hasSameHashCodeAs(voided);
  }

  @Test
  void distinctTalliesHaveDistinctHashCodesAndKeysCompareBySystemCodeAndMonth() {
    DocumentTally one = DocumentTally.of(officeRegister().issue(REPORT, march(1), "a").entry());
    assertThat(one.hashCode()).isNotEqualTo(DocumentTally.empty().hashCode());
    DocumentTally.Key a = new DocumentTally.Key(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 3));
    assertThat(a).isEqualTo(new DocumentTally.Key(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 3)))
        .hasSameHashCodeAs(new DocumentTally.Key(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 3)));
    assertThat(a).isNotEqualTo(new DocumentTally.Key(DocumentSystem.STATE, "BC", YearMonth.of(2016, 3)))
        .isNotEqualTo(new DocumentTally.Key(DocumentSystem.PARTY, "KH", YearMonth.of(2016, 3)))
        .isNotEqualTo(new DocumentTally.Key(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 4)))
        .isNotEqualTo("PARTY BC 2016-03");
    assertThat(a.hashCode()).isNotEqualTo(new DocumentTally.Key(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 4))
        .hashCode());
    assertThat(a).hasToString("PARTY BC 2016-03");
  }

  @Test
  void aTallyMadeFromItsCountsEqualsTheTallyOfTheEntries() {
    DocumentTally made =
        DocumentTally.of(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 3), 1, 1)
            .plus(DocumentTally.of(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 4), 1, 0))
            .plus(DocumentTally.of(DocumentSystem.PARTY, "KH", YearMonth.of(2016, 3), 1, 0));
    assertThat(made).isEqualTo(DocumentTally.of(marchAndApril()));
    assertThat(made.voidedByTypeAndMonth(DocumentSystem.PARTY)).isEqualTo(Map.of("BC", Map.of(YearMonth.of(2016, 3), 1)));
    assertThat(made.voidedByTypeAndMonth(DocumentSystem.STATE)).isEmpty();
    assertThat(DocumentTally.of(DocumentSystem.STATE, "BC", YearMonth.of(2016, 3), 0, 0)).isSameAs(DocumentTally.empty());
    assertThat(DocumentTally.of(DocumentSystem.STATE, "BC", YearMonth.of(2016, 3), 2, 0))
        .isNotEqualTo(DocumentTally.of(DocumentSystem.PARTY, "BC", YearMonth.of(2016, 3), 2, 0))
        .isNotEqualTo(DocumentTally.of(DocumentSystem.STATE, "BC", YearMonth.of(2016, 3), 0, 2));
  }

  @Test
  void aTallyOfANegativeCountOrAMalformedTypeCodeIsRefusedNamingIt() {
    YearMonth march = YearMonth.of(2016, 3);
    assertThatThrownBy(() -> DocumentTally.of(DocumentSystem.PARTY, "BC", march, -1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("issued must not be negative: -1 of PARTY 'BC' in 2016-03");
    assertThatThrownBy(() -> DocumentTally.of(DocumentSystem.PARTY, "BC", march, 0, -2))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("voided must not be negative: -2 of PARTY 'BC' in 2016-03");
    assertThatThrownBy(() -> DocumentTally.of(DocumentSystem.PARTY, "B C", march, 1, 0))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a type code is one or more letters")
        .hasMessageContaining("'B C'");
  }
}
