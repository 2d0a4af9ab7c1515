package io.github.vanphong.finance;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BudgetStepTest {

  private static BudgetStep.Builder step() {
    BudgetStep.Builder b = BudgetStep.builder();
    b.name("PARTY_ESTIMATE_APPROVED")
        .vietnameseName("Ban Thường vụ cho ý kiến dự toán")
        .englishName("The standing board approves the estimate")
        .phase(BudgetPhase.ESTIMATE)
        .yearOffset(-1)
        .due(MonthDay.of(6, 30))
        .firstBudgetYear(2027)
        .basis(LegalBasis.of(Instruments.STATE_BUDGET_LAW_2025, "quy chế của tỉnh"));
    return b;
  }

  @Test
  void aStepIsDueOnItsDayOfTheYearRelativeToTheBudgetYear() {
    BudgetStep s = step().build();
    assertThat(s.dueIn(2027)).isEqualTo(LocalDate.of(2026, 6, 30));
    assertThat(s.yearOffset()).isEqualTo(-1);
    assertThat(s.appliesTo(2026)).isFalse();
    assertThat(s.appliesTo(2199)).isTrue();
    assertThat(s.appliesTo(2200)).isFalse();
    assertThat(s.citation()).contains("Luật Ngân sách nhà nước 89/2025/QH15, quy chế của tỉnh");
    assertThat(s).hasToString("PARTY_ESTIMATE_APPROVED --06-30 (year -1), Luật Ngân sách nhà nước 89/2025/QH15, quy chế của tỉnh");
    assertThat(step().yearOffset(1).build().toString()).contains("(year +1)");
  }

  @Test
  void the29thOfFebruaryIsThe28thInACommonYear() {
    BudgetStep s = step().yearOffset(0).due(MonthDay.of(2, 29)).build();
    assertThat(s.dueIn(2028)).isEqualTo(LocalDate.of(2028, 2, 29));
    assertThat(s.dueIn(2027)).isEqualTo(LocalDate.of(2027, 2, 28));
  }

  @Test
  void aStepIsDueOnlyInTheBudgetYearsItAppliesTo() {
    BudgetStep s = step().lastBudgetYear(2030).build();
    assertThat(s.appliesTo(2030)).isTrue();
    assertThat(s.appliesTo(2031)).isFalse();
    assertThatThrownBy(() -> s.dueIn(2031))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("budget step PARTY_ESTIMATE_APPROVED applies to budget years 2027 to 2030, not 2031");
  }

  @Test
  void aStepHasANameOfTheCodesFormAndNames() {
    assertThatThrownBy(() -> step().name("estimate").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("a budget step's name is 1 to 64 characters");
    assertThatThrownBy(() -> step().vietnameseName(" ").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs a Vietnamese name");
    assertThatThrownBy(() -> step().englishName("\u200B").build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs an English name");
  }

  @Test
  void aStepFallsInTheYearBeforeOfOrAfterTheBudgetYear() {
    assertThatThrownBy(() -> step().yearOffset(2).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(-1, 0 or 1): 2");
  }

  @Test
  void aStepsBudgetYearsAreWithinTheCalendarsAndInOrder() {
    assertThatThrownBy(() -> step().firstBudgetYear(2016).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("starts with a budget year from 2017 to 2199: 2016");
    assertThatThrownBy(() -> step().lastBudgetYear(2026).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends with a budget year from 2027 to 2199: 2026");
    assertThatThrownBy(() -> step().lastBudgetYear(2200).build()).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void theNamesAreKeptInNfc() {
    BudgetStep s = step().vietnameseName(Normalizer.normalize("Dự toán", Normalizer.Form.NFD)).build();
    assertThat(s.vietnameseName()).isEqualTo("Dự toán");
    assertThat(s).isEqualTo(step().vietnameseName("Dự toán").build());
    assertThat(s.lastBudgetYear()).isEqualTo(Optional.empty());
  }
}
