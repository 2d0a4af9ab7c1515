package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;

/**
 * A phase of a budget year's cycle: its estimates, prepared and decided the year before; their execution during the
 * year and the closing of the year early in the next; and the accounts. For example the estimates of budget year
 * 2026 were prepared in 2025 ({@link #ESTIMATE}) under the State Budget Law of 2015, while their execution ({@link
 * #EXECUTION}) falls under the law of 2025 ({@link BudgetCalendar#governingLaw}).
 */
public enum BudgetPhase implements Bilingual {
  /** Lập, quyết định và giao dự toán: the estimates, prepared, decided and allocated before the year. */
  ESTIMATE("Lập, quyết định và giao dự toán", "Estimates"),
  /** Chấp hành ngân sách: the year's spending and the closing of the year. */
  EXECUTION("Chấp hành ngân sách", "Execution"),
  /** Quyết toán ngân sách: the accounts of the year. */
  ACCOUNTS("Quyết toán ngân sách", "Accounts");

  private final String vietnameseName;
  private final String englishName;

  BudgetPhase(String vietnameseName, String englishName) {
    this.vietnameseName = vietnameseName;
    this.englishName = englishName;
  }

  @Override
  public String vietnameseName() {
    return vietnameseName;
  }

  @Override
  public String englishName() {
    return englishName;
  }
}
