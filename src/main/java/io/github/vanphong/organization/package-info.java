/**
 * The dated organisation: party committees at every level, their advisory bodies, and the state bodies the office
 * works with, as a tree that changes over time.
 *
 * <p>{@link io.github.vanphong.organization.Unit} is one unit as of a day (its name, kind, level and parent then);
 * {@link io.github.vanphong.organization.UnitTree} is all units alive on one day; {@link
 * io.github.vanphong.organization.OrgChart} keeps the dated restructuring events (creation, renaming, change of
 * kind, merger, split, dissolution) and the people appointed to posts, and answers every question "as of" a date.
 * Units are created, renamed, merged and dissolved: the district level of party committees ended on 2025-06-30,
 * and Hậu Giang merged into Cần Thơ under Nghị quyết 202/2025/QH15.
 */
@NullMarked
package io.github.vanphong.organization;

import org.jspecify.annotations.NullMarked;
