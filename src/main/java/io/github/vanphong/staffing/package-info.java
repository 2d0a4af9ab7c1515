/**
 * Staffing quotas (biên chế): the norms of positions per unit kind and level, the positions allocated to each
 * unit, the staff actually in post, whether each office is within its norm, and the totals.
 *
 * <p>{@link io.github.vanphong.staffing.StaffingNorm} is a range of positions with its legal basis and days in
 * force; {@link io.github.vanphong.staffing.StaffingNorms} chooses the norm in force on a day and takes an
 * application's own; {@link io.github.vanphong.staffing.Establishment} holds the {@link
 * io.github.vanphong.staffing.Allocation}s; {@link io.github.vanphong.staffing.Headcount} holds the posts ({@link
 * io.github.vanphong.staffing.StaffAssignment}), counted under a {@link io.github.vanphong.staffing.CountingRule};
 * {@link io.github.vanphong.staffing.QuotaCheck} gives the {@link io.github.vanphong.staffing.QuotaCompliance} of
 * every unit of a {@link io.github.vanphong.organization.UnitTree} and every {@link
 * io.github.vanphong.staffing.StaffingViolation}; {@link io.github.vanphong.staffing.StaffingSummary} adds it all
 * up, and merges.
 *
 * <p>The package depends on the organisation only through a {@code UnitTree} of one day, never on the dated chart.
 * Some figures are not confirmed against an instrument (the 11–13 district office norm, the counting convention):
 * their {@link io.github.vanphong.law.LegalBasis} says so, and an application can replace them.
 */
@NullMarked
package io.github.vanphong.staffing;

import org.jspecify.annotations.NullMarked;
