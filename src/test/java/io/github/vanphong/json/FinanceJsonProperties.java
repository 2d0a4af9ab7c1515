package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.finance.DuesRelief;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MinimumWage;
import io.github.vanphong.finance.MinimumWageTable;
// the split of dues up the hierarchy
import io.github.vanphong.finance.DuesRollUp;
import io.github.vanphong.finance.DuesSplitRule;
import io.github.vanphong.finance.DuesSplitRuleBook;
import io.github.vanphong.finance.DuesSummary;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the types of {@code io.github.vanphong.finance}. */
class FinanceJsonProperties {
  /** The public types of the package without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.of(
          // the split of dues up the hierarchy
          DuesRollUp.class,
          "a view computed from a tree, a split book and the dues collected; its summary has a JSON form");

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

  @Property(tries = 100)
  void advanceFindingsObeyTheLaws(@ForAll io.github.vanphong.finance.DuesAdvanceViolation finding) {
    JsonLaws.assertLaws(finding, io.github.vanphong.finance.DuesAdvanceViolation.class);
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

  // --- the split of dues up the hierarchy ---

  @Property(tries = 100)
  void duesSplitRulesObeyTheLaws(@ForAll DuesSplitRule rule) {
    JsonLaws.assertLaws(rule, DuesSplitRule.class);
  }

  @Property(tries = 20)
  void duesSplitRuleBooksRoundTrip(@ForAll DuesSplitRuleBook book) {
    JsonLaws.assertRoundTrip(book, DuesSplitRuleBook.class);
  }

  @Property(tries = 50)
  void duesSummariesRoundTrip(@ForAll DuesSummary summary) {
    JsonLaws.assertRoundTrip(summary, DuesSummary.class);
  }

  @Example
  void aSummaryLineThatKeepsMoreThanItHoldsIsRefused() {
    JsonLaws.assertRefusedAt(
        "{\"lines\":[{\"unit\":\"HG-CB1\",\"month\":\"2020-03\",\"collected\":\"VND 100\",\"received\":\"VND 0\","
            + "\"kept\":\"VND 200\"}]}",
        DuesSummary.class,
        "$.lines[0]");
  }
}
