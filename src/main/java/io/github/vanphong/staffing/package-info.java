/**
 * Staffing quotas (biên chế): the norms of positions per unit kind and level, the positions allocated to each
 * unit, the staff actually in post, whether each office is within its norm, and the totals.
 *
 * <p>{@code StaffingNorm} is a range of positions with its legal basis and days in force; {@code StaffingNorms}
 * chooses the norm in force on a day; {@code QuotaCompliance} says whether a unit is below, within or above its
 * norm; {@code StaffingSummary} adds it all up, and merges.
 */
@NullMarked
@VanphongStyle
package io.github.vanphong.staffing;

import io.github.vanphong.VanphongStyle;
import org.jspecify.annotations.NullMarked;
