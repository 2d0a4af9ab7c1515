package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The rules of Quy định 342-QĐ/TW (April 2011 to January 2026), each by name, at the bounds of its band. */
class DuesRuleBook342Test {

  private static final DuesRuleBook BOOK = DuesRuleBook.standard();
  private static final YearMonth FIRST = YearMonth.of(2011, 4);
  private static final YearMonth LAST = YearMonth.of(2026, 1);
  private static final List<DuesRule> RULES_342 =
      List.of(
          DuesRuleBook.CIVIL_SERVANT_2011,
          DuesRuleBook.EMPLOYEE_2011,
          DuesRuleBook.PENSIONER_2011,
          DuesRuleBook.STUDENT_2011,
          DuesRuleBook.OTHER_BELOW_RETIREMENT_AGE_2011,
          DuesRuleBook.OTHER_AT_RETIREMENT_AGE_2011);

  @Test
  void everyRuleOf342HoldsFromApril2011ToJanuary2026AndIsReported() {
    for (DuesRule rule : RULES_342) {
      assertThat(rule.basis().instrument()).as(rule.name()).isEqualTo(Instruments.PARTY_DUES_REGULATION_342_2010);
      assertThat(rule.basis().confirmation()).as(rule.name()).isEqualTo(Confirmation.REPORTED);
      assertThat(rule.isChosenFor(FIRST)).as(rule.name()).isTrue();
      assertThat(rule.isChosenFor(LAST)).as(rule.name()).isTrue();
      assertThat(rule.isChosenFor(FIRST.minusMonths(1))).as(rule.name()).isFalse();
      assertThat(rule.isChosenFor(LAST.plusMonths(1))).as(rule.name()).isFalse();
      assertThat(BOOK.rules()).as(rule.name()).contains(rule);
      assertThat(BOOK.ruleFor(rule.category(), FIRST)).as(rule.name()).contains(rule);
    }
  }

  @Test
  void civilServant2011() {
    DuesRule rule = DuesRuleBook.CIVIL_SERVANT_2011;
    assertThat(rule.category()).isEqualTo(MemberCategory.CIVIL_SERVANT);
    assertThat(rule.base()).isEqualTo(DuesBase.SALARY_AND_ALLOWANCES);
    assertThat(rule.rate()).contains(Rate.percent("1"));
    assertThat(rule.duesOn(Money.ofDong(5_555_550))).isEqualTo(Money.ofDong(55_556));
  }

  @Test
  void employee2011() {
    DuesRule rule = DuesRuleBook.EMPLOYEE_2011;
    assertThat(rule.category()).isEqualTo(MemberCategory.EMPLOYEE);
    assertThat(rule.base()).isEqualTo(DuesBase.SALARY_AND_ALLOWANCES);
    assertThat(rule.rate()).contains(Rate.percent("1"));
    assertThat(rule.lowestBase()).isEmpty();
    assertThat(rule.highestBase()).isEmpty();
    assertThat(BOOK.duesOf(MemberCategory.EMPLOYEE, YearMonth.of(2020, 6), Money.ofDong(8_000_049)))
        .isEqualTo(Money.ofDong(80_000));
  }

  @Test
  void pensioner2011() {
    assertThat(DuesRuleBook.PENSIONER_2011.base()).isEqualTo(DuesBase.PENSION);
    assertThat(BOOK.duesOf(MemberCategory.PENSIONER, LAST, Money.ofDong(5_000_100))).isEqualTo(Money.ofDong(25_001));
  }

  @Test
  void student2011() {
    setAmountWithinTheBand(DuesRuleBook.STUDENT_2011, MemberCategory.STUDENT, "100");
    assertThat(BOOK.duesOf(MemberCategory.STUDENT, FIRST, Money.ofDong(30_000))).isEqualTo(Money.ofDong(30_000));
  }

  @Test
  void otherBelowRetirementAge2011() {
    setAmountWithinTheBand(DuesRuleBook.OTHER_BELOW_RETIREMENT_AGE_2011, MemberCategory.OTHER_BELOW_RETIREMENT_AGE, "100");
    assertThat(BOOK.duesOf(MemberCategory.OTHER_BELOW_RETIREMENT_AGE, LAST, Money.ofDong(2_000)))
        .isEqualTo(Money.ofDong(2_000));
  }

  @Test
  void otherAtRetirementAge2011() {
    setAmountWithinTheBand(DuesRuleBook.OTHER_AT_RETIREMENT_AGE_2011, MemberCategory.OTHER_AT_RETIREMENT_AGE, "50");
    DuesRule rule = DuesRuleBook.OTHER_AT_RETIREMENT_AGE_2011;
    assertThat(rule.duesOn(Money.ofDong(2_000))).isEqualTo(Money.ofDong(1_000));
    assertThat(rule.duesOn(Money.ofDong(2_001))).isEqualTo(Money.ofDong(1_001));
    assertThat(rule.duesOn(Money.ofDong(30_000))).isEqualTo(Money.ofDong(15_000));
    assertThatThrownBy(() -> rule.duesOn(Money.ofDong(30_001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OTHER_AT_RETIREMENT_AGE_2011: the base is at most VND 30000; it was VND 30001");
  }

  private static void setAmountWithinTheBand(DuesRule rule, MemberCategory category, String percent) {
    assertThat(rule.category()).isEqualTo(category);
    assertThat(rule.base()).isEqualTo(DuesBase.AMOUNT_SET_BY_ORGANISATION);
    assertThat(rule.rate()).contains(Rate.percent(percent));
    assertThat(rule.lowestBase()).contains(Money.ofDong(2_000));
    assertThat(rule.highestBase()).contains(Money.ofDong(30_000));
    assertThatThrownBy(() -> rule.duesOn(Money.ofDong(1_999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(rule.name() + ": the base is at least VND 2000; it was VND 1999");
    assertThatThrownBy(() -> rule.duesOn(Money.ofDong(30_001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(rule.name() + ": the base is at most VND 30000; it was VND 30001");
  }

  @Test
  void aLedgerRefusesAnAmountOutsideTheBandAndStaysAsItWas() {
    PersonId member = PersonId.of("DV-11");
    DuesLedger ledger =
        DuesLedger.of(UnitId.of("HG-CB-VP"), BOOK)
            .assess(DuesAssessment.of(member, YearMonth.of(2016, 3), MemberCategory.OTHER_AT_RETIREMENT_AGE, Money.ofDong(10_000)));
    DuesLedger before = ledger;
    assertThatThrownBy(
            () ->
                ledger.assess(
                    DuesAssessment.of(member, YearMonth.of(2016, 4), MemberCategory.OTHER_AT_RETIREMENT_AGE, Money.ofDong(40_000))))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("OTHER_AT_RETIREMENT_AGE_2011: the base is at most VND 30000; it was VND 40000");
    assertThat(ledger).isEqualTo(before);
    assertThat(ledger.assessments()).hasSize(1);
    assertThat(ledger.duesOf(member, YearMonth.of(2016, 3))).contains(Money.ofDong(5_000));
  }
}
