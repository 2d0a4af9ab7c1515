/**
 * Briefings and reviews (giao ban, sơ kết, tổng kết, hội nghị) that a party committee office convenes, and the
 * follow-up of what they conclude.
 *
 * <p>A {@link io.github.vanphong.meeting.Briefing} records who chaired it and in which post, the units and people
 * invited, the {@link io.github.vanphong.meeting.Attendance} by level, the agenda and the numbered {@link
 * io.github.vanphong.meeting.Conclusion}s; a {@link io.github.vanphong.meeting.Recurrence} says when the next
 * one is due; {@link io.github.vanphong.meeting.Briefing#inconsistenciesWith} reads the record against the org chart
 * and names each check failed ({@link io.github.vanphong.meeting.BriefingRule}). A {@link
 * io.github.vanphong.meeting.ConclusionNotice} records the conclusions, numbered by the
 * issuer's outgoing register of the {@code document} package, the one domain package this one uses. Each
 * conclusion becomes {@link io.github.vanphong.meeting.ActionItem}s, one per unit in charge, each a
 * small workflow with an append-only history and a {@link io.github.vanphong.calendar.Deadline} counted on the
 * working calendar. {@link io.github.vanphong.meeting.FollowUp} answers which items are overdue on a day, {@link
 * io.github.vanphong.meeting.ActionItemSummary} counts them by state and by unit, and {@link
 * io.github.vanphong.meeting.ProgressRollUp} adds each unit's subordinates to its figures, as of a day of the
 * {@link io.github.vanphong.organization.OrgChart}.
 *
 * <p>No instrument read so far sets how often an office must hold a briefing, nor the time limits of its
 * conclusions: they are the application's data (a province's quy chế, the conclusion notice itself).
 */
@NullMarked
package io.github.vanphong.meeting;

import org.jspecify.annotations.NullMarked;
