package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.finance.DuesRelief;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MinimumWage;
import io.github.vanphong.finance.MinimumWageTable;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.finance}. */
class FinanceJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

  @Property(tries = 100)
  void duesRulesObeyTheLaws(@ForAll DuesRule rule) {
    JsonLaws.assertLaws(rule, DuesRule.class);
  }

  @Property(tries = 20)
  void duesRuleBooksRoundTrip(@ForAll DuesRuleBook book) {
    JsonLaws.assertRoundTrip(book, DuesRuleBook.class);
  }

  @Property(tries = 100)
  void minimumWagesObeyTheLaws(@ForAll MinimumWage wage) {
    JsonLaws.assertLaws(wage, MinimumWage.class);
  }

  @Property(tries = 20)
  void minimumWageTablesRoundTrip(@ForAll MinimumWageTable table) {
    JsonLaws.assertRoundTrip(table, MinimumWageTable.class);
  }

  @Property(tries = 200)
  void reliefsObeyTheLaws(@ForAll DuesRelief relief) {
    JsonLaws.assertLaws(relief, DuesRelief.class);
  }

  @Property(tries = 100)
  void assessmentsObeyTheLaws(@ForAll io.github.vanphong.finance.DuesAssessment assessment) {
    JsonLaws.assertLaws(assessment, io.github.vanphong.finance.DuesAssessment.class);
  }

  @Property(tries = 100)
  void paymentsObeyTheLaws(@ForAll io.github.vanphong.finance.DuesPayment payment) {
    JsonLaws.assertLaws(payment, io.github.vanphong.finance.DuesPayment.class);
  }

  @Property(tries = 100)
  void findingsObeyTheLaws(@ForAll io.github.vanphong.finance.DuesViolation finding) {
    JsonLaws.assertLaws(finding, io.github.vanphong.finance.DuesViolation.class);
  }

  @Property(tries = 50)
  void ledgersRoundTrip(@ForAll io.github.vanphong.finance.DuesLedger ledger) {
    JsonLaws.assertRoundTrip(ledger, io.github.vanphong.finance.DuesLedger.class);
  }

  @Example
  void theStandardBookAndTableObeyTheLaws() {
    // a rule's last day removed may make it overlap its successor, which the book refuses as a whole: round trips only
    JsonLaws.assertRoundTrip(DuesRuleBook.standard(), DuesRuleBook.class);
    JsonLaws.assertLaws(MinimumWageTable.standard(), MinimumWageTable.class);
    for (DuesRule rule : DuesRuleBook.standard().rules()) {
      JsonLaws.assertLaws(rule, DuesRule.class);
    }
  }

  @Example
  void aReliefIsWrittenWithItsMonths() {
    assertThat(JsonLaws.write(DuesRelief.hardship(io.github.vanphong.money.Rate.percent("50"),
            java.time.YearMonth.of(2026, 3), java.time.YearMonth.of(2026, 8))))
        .isEqualTo("{\"ground\":\"hardship\",\"reduction\":\"50%\",\"from\":\"2026-03\",\"until\":\"2026-08\"}");
    JsonLaws.assertRefusedAt(
        "{\"ground\":\"hardship\",\"reduction\":\"50%\",\"from\":\"2026-03\",\"until\":\"2027-08\"}",
        DuesRelief.class,
        "$");
  }
}
