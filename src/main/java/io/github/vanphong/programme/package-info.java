/**
 * A party committee's work programmes (chương trình công tác) and the rhythm of its regular meetings.
 *
 * <p>A {@link io.github.vanphong.programme.WorkProgramme} is the programme of one body of a committee ({@link
 * io.github.vanphong.programme.ProgrammeBody}) for one {@link io.github.vanphong.programme.ProgrammePeriod}: the
 * executive committee's for its term and its year, the standing committee's for the year, the quarter and the month,
 * the standing members' for the week (Hướng dẫn 03-HD/VPTW, 1998). Each of its {@link
 * io.github.vanphong.programme.ProgrammeItem}s is a small workflow: planned, prepared, submitted, concluded; or
 * postponed, then carried over into the next period's programme with its history; or dropped. A {@link
 * io.github.vanphong.programme.ProgrammeSummary} counts the items by state as of a day, and a {@link
 * io.github.vanphong.programme.ProgrammeRollUp} adds each unit's subordinates to its figures.
 *
 * <p>A {@link io.github.vanphong.programme.MeetingRhythmBook} says how often each body must hold a regular meeting
 * ({@link io.github.vanphong.programme.RegularMeetingRule}), with its basis; its {@link
 * io.github.vanphong.programme.MeetingRhythmBook#check check} of the meetings held returns a {@link
 * io.github.vanphong.programme.RhythmReport}: every period with no regular meeting as a {@link
 * io.github.vanphong.programme.RhythmViolation}, and the extraordinary meetings. How often a standing committee and
 * the standing members meet is set by each committee's working rules, which were not read: the application supplies
 * it.
 *
 * <p>This package uses the law, the calendar's conventions and the organisation; no other domain package.
 */
@NullMarked
package io.github.vanphong.programme;

import org.jspecify.annotations.NullMarked;
