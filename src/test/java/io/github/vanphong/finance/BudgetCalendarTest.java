package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.Validity;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import org.junit.jupiter.api.Test;

class BudgetCalendarTest {

  private static final BudgetCalendar BOOK = BudgetCalendar.standard();

  private static LocalDate due(String step, int year) {
    return BOOK.step(step).orElseThrow().dueIn(year);
  }

  @Test
  void theBudgetYearIsTheCalendarYear() {
    assertThat(BudgetCalendar.budgetYear(2026)).isEqualTo(Validity.between(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
    assertThat(BudgetCalendar.BUDGET_YEAR.citation()).isEqualTo("Luật Ngân sách nhà nước 83/2015/QH13, Điều 14");
    assertThatThrownBy(() -> BudgetCalendar.budgetYear(2016))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the budget calendar answers for budget years 2017 to 2199: 2016");
  }

  @Test
  void underTheLawOf2015TheEstimatesAreGuidedDecidedAndAllocatedTheYearBefore() {
    assertThat(due("PRIME_MINISTER_GUIDANCE_2015", 2026)).isEqualTo(LocalDate.of(2025, 5, 15));
    assertThat(due("NATIONAL_ASSEMBLY_DECIDES_2015", 2026)).isEqualTo(LocalDate.of(2025, 11, 15));
    assertThat(due("PROVINCIAL_COUNCIL_DECIDES_2015", 2026)).isEqualTo(LocalDate.of(2025, 12, 10));
    assertThat(due("ALLOCATED_TO_UNITS_2015", 2026)).isEqualTo(LocalDate.of(2025, 12, 31));
    assertThat(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2015.basis().citation())
        .isEqualTo("Luật Ngân sách nhà nước 83/2015/QH13, Điều 44");
    assertThat(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2015.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
  }

  @Test
  void theEstimatesOf2026AreTheLastUnderTheLawOf2015() {
    assertThat(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2015.appliesTo(2026)).isTrue();
    assertThat(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2015.appliesTo(2027)).isFalse();
    assertThat(BudgetCalendar.ESTIMATES_SENT_2025.appliesTo(2026)).isFalse();
    assertThat(BudgetCalendar.ESTIMATES_SENT_2025.appliesTo(2027)).isTrue();
  }

  @Test
  void fromBudgetYear2027TheEstimateReportsAreSentBefore10July() {
    assertThat(due("ESTIMATES_SENT_2025", 2027)).isEqualTo(LocalDate.of(2026, 7, 9));
    assertThat(BudgetCalendar.ESTIMATES_SENT_2025.basis().citation()).isEqualTo("Nghị định 73/2026/NĐ-CP, Điều 15, khoản 3");
    assertThat(BudgetCalendar.ESTIMATES_SENT_2025.basis().confirmation()).isEqualTo(Confirmation.VERIFIED);
  }

  @Test
  void theAssemblyAndCouncilDaysUnderTheLawOf2025AreCarriedOverUnconfirmed() {
    assertThat(due("NATIONAL_ASSEMBLY_DECIDES_2025", 2027)).isEqualTo(LocalDate.of(2026, 11, 15));
    assertThat(due("PROVINCIAL_COUNCIL_DECIDES_2025", 2027)).isEqualTo(LocalDate.of(2026, 12, 10));
    for (BudgetStep step :
        List.of(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2025, BudgetCalendar.PROVINCIAL_COUNCIL_DECIDES_2025)) {
      assertThat(step.basis().confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
      assertThat(step.basis().instrument()).isEqualTo(Instruments.STATE_BUDGET_LAW_2025);
    }
  }

  @Test
  void fromBudgetYear2026SpendingEndsOn31DecemberAndTheYearClosesInFebruary() {
    assertThat(due("SPENDING_ENDS_2025", 2026)).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(due("UNUSED_ESTIMATES_CANCELLED_2025", 2026)).isEqualTo(LocalDate.of(2027, 1, 31));
    assertThat(due("TREASURY_RECONCILED_2025", 2026)).isEqualTo(LocalDate.of(2027, 2, 10));
    assertThat(due("ADVANCES_REPAID_2025", 2026)).isEqualTo(LocalDate.of(2027, 2, 14));
    assertThat(BudgetCalendar.ADVANCES_REPAID_2025.basis().citation())
        .isEqualTo("Thông tư 26/2026/TT-BTC, Điều 19, khoản 4, điểm c");
    assertThat(BudgetCalendar.SPENDING_ENDS_2025.appliesTo(2025)).isFalse();
  }

  @Test
  void whichLawGovernsWhichBudgetYearFollowsTheTransition() {
    assertThat(BudgetCalendar.governingLaw(BudgetPhase.ESTIMATE, 2026)).isEqualTo(Instruments.STATE_BUDGET_LAW_2015);
    assertThat(BudgetCalendar.governingLaw(BudgetPhase.ESTIMATE, 2027)).isEqualTo(Instruments.STATE_BUDGET_LAW_2025);
    assertThat(BudgetCalendar.governingLaw(BudgetPhase.EXECUTION, 2025)).isEqualTo(Instruments.STATE_BUDGET_LAW_2015);
    assertThat(BudgetCalendar.governingLaw(BudgetPhase.EXECUTION, 2026)).isEqualTo(Instruments.STATE_BUDGET_LAW_2025);
    assertThat(BudgetCalendar.governingLaw(BudgetPhase.ACCOUNTS, 2024)).isEqualTo(Instruments.STATE_BUDGET_LAW_2015);
    assertThat(BudgetCalendar.governingLaw(BudgetPhase.ACCOUNTS, 2025)).isEqualTo(Instruments.STATE_BUDGET_LAW_2025);
    assertThat(BudgetCalendar.TRANSITION.instrument()).isEqualTo(Instruments.CIRCULAR_26_2026_BTC);
    assertThatThrownBy(() -> BudgetCalendar.governingLaw(BudgetPhase.ACCOUNTS, 2200))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aYearsDeadlinesAreThoseOfItsStepsByDueDay() {
    List<BudgetDeadline> of2026 = BOOK.deadlines(2026);
    assertThat(of2026)
        .extracting(d -> d.step().name())
        .containsExactly(
            "PRIME_MINISTER_GUIDANCE_2015",
            "NATIONAL_ASSEMBLY_DECIDES_2015",
            "PROVINCIAL_COUNCIL_DECIDES_2015",
            "ALLOCATED_TO_UNITS_2015",
            "SPENDING_ENDS_2025",
            "UNUSED_ESTIMATES_CANCELLED_2025",
            "TREASURY_RECONCILED_2025",
            "ADVANCES_REPAID_2025");
    assertThat(BOOK.deadlines(2027))
        .extracting(d -> d.step().name())
        .startsWith("ESTIMATES_SENT_2025", "NATIONAL_ASSEMBLY_DECIDES_2025", "PROVINCIAL_COUNCIL_DECIDES_2025");
    assertThat(BOOK.deadlines(2020)).hasSize(4);
    assertThat(BOOK.deadlines(2017)).isEmpty();
  }

  @Test
  void anApplicationReplacesAStepWhoseDayItHasRead() {
    BudgetStep read =
        BudgetStep.builder().from(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2025).due(MonthDay.of(11, 20)).build();
    BudgetCalendar own = BOOK.with(read);
    assertThat(own.step("NATIONAL_ASSEMBLY_DECIDES_2025")).contains(read);
    assertThat(own.steps()).hasSameSizeAs(BOOK.steps());
    assertThat(own.steps().indexOf(read)).isEqualTo(BOOK.steps().indexOf(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2025));
    assertThat(BOOK.step("NATIONAL_ASSEMBLY_DECIDES_2025")).contains(BudgetCalendar.NATIONAL_ASSEMBLY_DECIDES_2025);
  }

  @Test
  void anApplicationRemovesAStepItDoesNotFollow() {
    BudgetCalendar own = BOOK.without("PRIME_MINISTER_GUIDANCE_2015");
    assertThat(own.step("PRIME_MINISTER_GUIDANCE_2015")).isEmpty();
    assertThat(own.deadlines(2026)).hasSize(7);
    assertThatThrownBy(() -> own.without("PRIME_MINISTER_GUIDANCE_2015"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no step 'PRIME_MINISTER_GUIDANCE_2015'");
    assertThat(BOOK.steps()).hasSize(11);
  }

  @Test
  void aCalendarListsEachStepOnce() {
    assertThatThrownBy(() -> BudgetCalendar.of(List.of(BudgetCalendar.SPENDING_ENDS_2025, BudgetCalendar.SPENDING_ENDS_2025)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a budget calendar lists each step once");
    assertThat(BudgetCalendar.of(BOOK.steps())).isEqualTo(BOOK).hasSameHashCodeAs(BOOK);
    assertThat(BudgetCalendar.of(List.of())).hasToString("budget calendar []");
  }

  @Test
  void everyStandardStepRestsOnADeclaredInstrument() {
    for (BudgetStep step : BOOK.steps()) {
      assertThat(Instruments.all()).contains(step.basis().instrument());
      assertThat(step.citation()).contains(step.basis().citation());
    }
  }
}
