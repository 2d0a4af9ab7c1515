package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.junit.jupiter.api.Test;

class DuesRuleBookTest {

  private static final DuesRuleBook BOOK = DuesRuleBook.standard();
  private static final YearMonth FEBRUARY_2026 = YearMonth.of(2026, 2);
  private static final YearMonth JANUARY_2026 = YearMonth.of(2026, 1);
  private static final Money REGION_I_2026 = Money.ofDong(5_310_000);

  @Test
  void quyDinh01ReplacesQuyDinh342FromFebruary2026() {
    assertThat(Instruments.PARTY_DUES_REGULATION_342_2010.inForceFrom()).isEqualTo(LocalDate.of(2011, 4, 1));
    assertThat(Instruments.PARTY_DUES_REGULATION_342_2010.inForceUntil()).contains(LocalDate.of(2026, 1, 31));
    assertThat(Instruments.PARTY_DUES_REGULATION_342_2010.replacedBy())
        .contains(Instruments.PARTY_DUES_REGULATION_01_2026);
    assertThat(Instruments.PARTY_DUES_REGULATION_01_2026.inForceFrom()).isEqualTo(LocalDate.of(2026, 2, 1));
    assertThat(BOOK.ruleFor(MemberCategory.CIVIL_SERVANT, JANUARY_2026)).contains(DuesRuleBook.CIVIL_SERVANT_2011);
    assertThat(BOOK.ruleFor(MemberCategory.CIVIL_SERVANT, FEBRUARY_2026)).contains(DuesRuleBook.CIVIL_SERVANT_2026);
    assertThat(BOOK.ruleFor(MemberCategory.CIVIL_SERVANT, YearMonth.of(2011, 3))).isEmpty();
  }

  @Test
  void aMemberInSocialInsurancePaysOnePercentOfLastMonthsInsuredSalary() {
    assertThat(BOOK.duesOf(MemberCategory.CIVIL_SERVANT, FEBRUARY_2026, Money.ofDong(4_680_000)))
        .isEqualTo(Money.ofDong(46_800));
    assertThat(BOOK.duesOf(MemberCategory.EMPLOYEE, FEBRUARY_2026, Money.ofDong(7_000_050)))
        .isEqualTo(Money.ofDong(70_001));
    assertThat(DuesRuleBook.CIVIL_SERVANT_2026.base()).isEqualTo(DuesBase.SOCIAL_INSURANCE_SALARY);
  }

  @Test
  void aMemberOnSickOrMaternityLeavePaysOnePercentOfTheAllowance() {
    assertThat(BOOK.duesOf(MemberCategory.ON_INSURED_LEAVE, FEBRUARY_2026, Money.ofDong(3_000_000)))
        .isEqualTo(Money.ofDong(30_000));
    assertThat(BOOK.ruleFor(MemberCategory.ON_INSURED_LEAVE, JANUARY_2026)).isEmpty();
  }

  @Test
  void aPensionerPaysHalfAPercentOfThePension() {
    assertThat(BOOK.duesOf(MemberCategory.PENSIONER, FEBRUARY_2026, Money.ofDong(6_000_000)))
        .isEqualTo(Money.ofDong(30_000));
    assertThat(BOOK.duesOf(MemberCategory.PENSIONER, JANUARY_2026, Money.ofDong(6_000_000)))
        .isEqualTo(Money.ofDong(30_000));
  }

  @Test
  void aStudentPaysFiveThousandDongAMonth() {
    assertThat(BOOK.duesOf(MemberCategory.STUDENT, FEBRUARY_2026, Money.ZERO)).isEqualTo(Money.ofDong(5_000));
  }

  @Test
  void anotherMemberBelowRetirementAgePaysAShareOfTheRegionalMinimumWageRisingIn2028() {
    assertThat(BOOK.duesOf(MemberCategory.OTHER_BELOW_RETIREMENT_AGE, FEBRUARY_2026, REGION_I_2026))
        .isEqualTo(Money.ofDong(15_930));
    assertThat(BOOK.duesOf(MemberCategory.OTHER_BELOW_RETIREMENT_AGE, YearMonth.of(2027, 12), REGION_I_2026))
        .isEqualTo(Money.ofDong(15_930));
    assertThat(BOOK.duesOf(MemberCategory.OTHER_BELOW_RETIREMENT_AGE, YearMonth.of(2028, 1), REGION_I_2026))
        .isEqualTo(Money.ofDong(26_550));
  }

  @Test
  void anotherMemberAtRetirementAgePaysLessRisingIn2028() {
    assertThat(BOOK.duesOf(MemberCategory.OTHER_AT_RETIREMENT_AGE, FEBRUARY_2026, REGION_I_2026))
        .isEqualTo(Money.ofDong(10_620));
    assertThat(BOOK.duesOf(MemberCategory.OTHER_AT_RETIREMENT_AGE, YearMonth.of(2028, 1), REGION_I_2026))
        .isEqualTo(Money.ofDong(15_930));
  }

  @Test
  void underQuyDinh342AnotherMemberPaysTheAmountTheOrganisationSetsWithinItsBounds() {
    assertThat(BOOK.duesOf(MemberCategory.OTHER_BELOW_RETIREMENT_AGE, JANUARY_2026, Money.ofDong(10_000)))
        .isEqualTo(Money.ofDong(10_000));
    assertThat(BOOK.duesOf(MemberCategory.OTHER_AT_RETIREMENT_AGE, JANUARY_2026, Money.ofDong(10_000)))
        .isEqualTo(Money.ofDong(5_000));
    assertThat(BOOK.duesOf(MemberCategory.STUDENT, JANUARY_2026, Money.ofDong(2_000))).isEqualTo(Money.ofDong(2_000));
    assertThatThrownBy(() -> BOOK.duesOf(MemberCategory.STUDENT, JANUARY_2026, Money.ofDong(1_999)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("STUDENT_2011: the base is at least VND 2000; it was VND 1999");
    assertThatThrownBy(() -> BOOK.duesOf(MemberCategory.STUDENT, JANUARY_2026, Money.ofDong(30_001)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("STUDENT_2011: the base is at most VND 30000; it was VND 30001");
  }

  @Test
  void underQuyDinh342ACivilServantPaysOnePercentOfSalaryAndAllowances() {
    assertThat(BOOK.duesOf(MemberCategory.CIVIL_SERVANT, YearMonth.of(2016, 3), Money.ofDong(5_000_000)))
        .isEqualTo(Money.ofDong(50_000));
    assertThat(BOOK.duesOf(MemberCategory.EMPLOYEE, YearMonth.of(2016, 3), Money.ofDong(5_000_000)))
        .isEqualTo(Money.ofDong(50_000));
  }

  @Test
  void aMonthWithoutARuleIsRefusedNamingTheCategory() {
    assertThatThrownBy(() -> BOOK.duesOf(MemberCategory.ON_INSURED_LEAVE, JANUARY_2026, Money.ZERO))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("no dues rule of the book holds for ON_INSURED_LEAVE in 2026-01");
  }

  @Test
  void aNegativeBaseIsRefused() {
    assertThatThrownBy(() -> BOOK.duesOf(MemberCategory.CIVIL_SERVANT, FEBRUARY_2026, Money.ofDong(-1)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("CIVIL_SERVANT_2026: dues are reckoned from a base of 0 đồng or more; the base was VND -1");
  }

  @Test
  void everyStandardRuleIsReportedAndRoundsHalfUpToTheDongUnlessFixed() {
    for (DuesRule rule : BOOK.rules()) {
      assertThat(rule.basis().confirmation()).as(rule.name()).isEqualTo(Confirmation.REPORTED);
      assertThat(rule.citation()).as(rule.name()).contains(rule.basis().citation());
      assertThat(rule.rounding())
          .as(rule.name())
          .isEqualTo(rule.fixedAmount().isPresent() ? Rounding.EXACT : DuesRuleBook.STANDARD_ROUNDING);
    }
  }

  @Test
  void anApplicationReplacesARuleItReadsOtherwise() {
    DuesRule thousands =
        DuesRule.builder()
            .from(DuesRuleBook.CIVIL_SERVANT_2026)
            .rounding(Rounding.of(RoundingMode.HALF_UP, 1_000))
            .build();
    DuesRuleBook own = BOOK.with(thousands);
    assertThat(own.duesOf(MemberCategory.CIVIL_SERVANT, FEBRUARY_2026, Money.ofDong(4_680_000)))
        .isEqualTo(Money.ofDong(47_000));
    assertThat(BOOK.ruleFor(MemberCategory.CIVIL_SERVANT, FEBRUARY_2026)).contains(DuesRuleBook.CIVIL_SERVANT_2026);
    assertThat(own.rules()).hasSameSizeAs(BOOK.rules());
    assertThat(own.without("CIVIL_SERVANT_2026").ruleFor(MemberCategory.CIVIL_SERVANT, FEBRUARY_2026)).isEmpty();
    assertThat(own).isNotEqualTo(BOOK);
    assertThat(DuesRuleBook.of(BOOK.rules())).isEqualTo(BOOK).hasSameHashCodeAs(BOOK);
    assertThat(BOOK.toString()).startsWith("DuesRuleBook[CIVIL_SERVANT_2026, ");
  }

  @Test
  void oneRuleIsChosenForACategoryAndMonth() {
    DuesRule second = DuesRule.builder().from(DuesRuleBook.CIVIL_SERVANT_2026).name("SECOND").build();
    assertThatThrownBy(() -> BOOK.with(second))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("one dues rule is chosen for a month: CIVIL_SERVANT_2026 and SECOND");
    assertThatThrownBy(() -> DuesRuleBook.of(List.of(DuesRuleBook.STUDENT_2026, DuesRuleBook.STUDENT_2026)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("names each rule once");
    assertThat(BOOK.rules()).contains(DuesRuleBook.CIVIL_SERVANT_2026);
  }

  @Test
  void aRuleIsAFixedAmountOrARateNeverBoth() {
    assertThatThrownBy(
            () -> DuesRule.builder().from(DuesRuleBook.STUDENT_2026).rate(Rate.percent("1")).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a fixed amount (base NONE) or a rate of a base, not both");
    assertThatThrownBy(
            () -> DuesRule.builder().from(DuesRuleBook.STUDENT_2026).fixedAmount(Money.ofDong(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a fixed amount is 0 đồng or more");
    assertThatThrownBy(
            () ->
                DuesRule.builder()
                    .from(DuesRuleBook.STUDENT_2011)
                    .lowestBase(Money.ofDong(50_000))
                    .build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("is not below the lowest");
    assertThatThrownBy(
            () -> DuesRule.builder().from(DuesRuleBook.STUDENT_2011).lowestBase(Money.ofDong(-1)).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("the lowest base is 0 đồng or more");
    assertThatThrownBy(() -> DuesRule.builder().from(DuesRuleBook.STUDENT_2011).name(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("a dues rule needs a name");
  }

  @Test
  void aRuleReadsWithItsBasisAndMark() {
    assertThat(DuesRuleBook.PENSIONER_2026.toString())
        .isEqualTo(
            "PENSIONER_2026: PENSIONER 0.5% of PENSION, half up to 1 đồng, Quy định 01-QĐ/TW, mức đóng đảng phí"
                + " (điều, khoản chưa đối chiếu) [2026-02-01..) (reported by a secondary source)");
    assertThat(DuesRuleBook.STUDENT_2011.toString())
        .contains("STUDENT 100% of AMOUNT_SET_BY_ORGANISATION, base at least VND 2000, base at most VND 30000");
    assertThat(DuesRuleBook.STUDENT_2026.toString()).contains("STUDENT VND 5000");
  }

  @Test
  void nullsAreRefusedByName() {
    assertThatThrownBy(() -> BOOK.ruleFor(null, FEBRUARY_2026)).hasMessage("category");
    assertThatThrownBy(() -> BOOK.ruleFor(MemberCategory.STUDENT, null)).hasMessage("month");
    assertThatThrownBy(() -> BOOK.duesOf(MemberCategory.STUDENT, FEBRUARY_2026, null)).hasMessage("base");
    assertThatThrownBy(() -> BOOK.with(null)).hasMessage("rule");
    assertThatThrownBy(() -> BOOK.without(null)).hasMessage("name");
    assertThatThrownBy(() -> DuesRuleBook.STUDENT_2026.duesOn(null)).hasMessage("base");
    assertThatThrownBy(() -> DuesRuleBook.STUDENT_2026.isChosenFor(null)).hasMessage("month");
  }
}
