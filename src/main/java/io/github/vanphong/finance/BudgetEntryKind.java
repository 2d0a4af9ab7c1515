package io.github.vanphong.finance;

import io.github.vanphong.Bilingual;

/**
 * What a {@link BudgetEntry} records: an allocation received, a spending, or an adjustment of the estimate.
 *
 * <p>This enum is immutable and thread-safe.
 */
public enum BudgetEntryKind implements Bilingual {
  /** Kinh phí được cấp: funds received for an item, 1 đồng or more, dated no later than the budget year's end. */
  ALLOCATION("Kinh phí được cấp", "Allocation received"),
  /** Chi: money spent on an item, 1 đồng or more, dated within the budget year. */
  SPENDING("Chi", "Spending"),
  /**
   * Điều chỉnh dự toán: a change of an item's estimate, up or down, with its reason, dated within the budget year.
   */
  ADJUSTMENT("Điều chỉnh dự toán", "Adjustment of the estimate");

  private final String vietnameseName;
  private final String englishName;

  BudgetEntryKind(String vietnameseName, String englishName) {
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
