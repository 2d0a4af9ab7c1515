package io.github.vanphong.testing;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.vanphong.finance.DuesLedger;
import io.github.vanphong.finance.DuesRollUp;
import io.github.vanphong.finance.DuesSplitRule;
import io.github.vanphong.finance.DuesSplitRuleBook;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.finance.DuesViolation;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import java.time.LocalDate;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/**
 * The generators of the ledgers, the split and its roll-up give values whose figures hold together; the mutation run
 * sees these tests, not the properties of the finance package.
 */
class DuesArbitrariesTest {

  @Property(tries = 50)
  void generatedLedgersOweNeverLessThanNothingAndFindOnlyTheirMembers(@ForAll DuesLedger ledger) {
    LocalDate asOf = LocalDate.of(2026, 12, 31);
    for (PersonId member : ledger.members()) {
      assertThat(ledger.unpaidMonths(member, asOf)).isSorted();
    }
    for (DuesViolation finding : ledger.findings(2026, asOf)) {
      assertThat(ledger.members()).contains(finding.member());
      assertThat(finding.unpaidMonths()).hasSizeGreaterThanOrEqualTo(3);
    }
  }

  @Property(tries = 100)
  void generatedSplitRulesKeepAShareWithinTheirRange(@ForAll DuesSplitRule rule) {
    assertThat(rule.lowestKept().compareTo(rule.highestKept())).isLessThanOrEqualTo(0);
    Money held = Money.ofDong(1_234_567);
    Money kept = rule.isChosen() ? rule.keptOf(held, rule.highestKept()) : rule.keptOf(held);
    assertThat(kept.isNegative()).isFalse();
    assertThat(kept.isGreaterThan(held)).isFalse();
  }

  @Property(tries = 50)
  void generatedSplitBooksAnswerForEachOfTheirRules(@ForAll DuesSplitRuleBook book) {
    for (DuesSplitRule rule : book.rules()) {
      java.time.YearMonth month = java.time.YearMonth.from(rule.validity().start());
      assertThat(book.ruleFor(rule.level(), month)).contains(rule);
    }
  }

  @Property(tries = 100)
  void generatedSummariesKeepAndSendUpWhatTheyHold(@ForAll DuesSummary summary) {
    assertThat(summary.kept().plus(summary.sentUp())).isEqualTo(summary.collected().plus(summary.received()));
  }

  @Property(tries = 50)
  void generatedRollUpsSendAboveWhatTheTreeDoesNotKeep(@ForAll DuesRollUp rollUp) {
    DuesSummary all = rollUp.summary();
    assertThat(all.collected()).isEqualTo(all.kept().plus(rollUp.sentAbove()));
  }
}
