package io.github.vanphong.staffing;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.Range;
import io.github.vanphong.Bilingual;

/**
 * Where the staff counted in a unit stand against its staffing norm: below, within or above the range, or no norm
 * applies. For example a district office with 4 staff against the norm 11–13 is {@link #BELOW}; with 11 or 13 it
 * is {@link #WITHIN}, both ends counted. A commune committee above its norm within the norm's transition is {@link
 * #ABOVE_IN_TRANSITION} ({@link StaffingNorm#statusOn}).
 */
public enum QuotaStatus implements Bilingual {
  /** Dưới định mức: fewer staff than the lower end of the norm. */
  BELOW("Dưới định mức", "Below the norm"),
  /** Trong định mức: within the norm, both ends counted. */
  WITHIN("Trong định mức", "Within the norm"),
  /** Vượt định mức: more staff than the upper end of the norm, a breach of {@link StaffingRule#ABOVE_NORM}. */
  ABOVE("Vượt định mức", "Above the norm"),
  /**
   * Vượt định mức trong thời gian chuyển tiếp: more staff than the upper end of a norm within its transition, which
   * allows it for a time ({@link StaffingTransition}); not a breach. For example a commune committee with 19 staff
   * against 15–17 before 2030-07-01 (Hướng dẫn 31-HD/BTCTW, as reported).
   */
  ABOVE_IN_TRANSITION("Vượt định mức trong thời gian chuyển tiếp", "Above the norm within the transition"),
  /** Không có định mức: no staffing norm applies to the unit on the day. */
  NO_NORM("Không có định mức", "No norm");

  private final String vietnameseName;
  private final String englishName;

  QuotaStatus(String vietnameseName, String englishName) {
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

  /**
   * Returns the status of a count against a norm's range, for example {@code BELOW} for 4 against {@code [11..13]}.
   *
   * @param staff the closed range of the norm, not null
   * @param counted the staff counted, zero or more
   * @return {@link #BELOW}, {@link #WITHIN} or {@link #ABOVE}; never {@link #NO_NORM} nor {@link
   *     #ABOVE_IN_TRANSITION}, which depends on the day
   * @throws IllegalArgumentException if the count is negative
   */
  public static QuotaStatus of(Range<Integer> staff, int counted) {
    requireNonNull(staff, "staff");
    checkArgument(counted >= 0, "staff counted cannot be negative: %s", counted);
    if (counted < staff.lowerEndpoint()) {
      return BELOW;
    }
    return counted > staff.upperEndpoint() ? ABOVE : WITHIN;
  }
}
