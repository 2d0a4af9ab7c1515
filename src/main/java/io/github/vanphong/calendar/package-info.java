/**
 * Dates as Vietnamese offices count them: the Vietnamese lunar calendar (âm lịch), and in time public holidays,
 * official day-off schedules, working calendars and legal time limits.
 *
 * <p>{@link io.github.vanphong.calendar.LunarDate} is a day of the lunar calendar computed for Vietnam (UTC+7),
 * from 1900 to 2199, with its leap months and the can chi name of its year; lunar dates fix holidays such as Tết
 * Nguyên đán (1/1) and Giỗ Tổ Hùng Vương (10/3), Bộ luật Lao động 2019, Điều 112.
 *
 * <p>{@link io.github.vanphong.calendar.WorkingCalendar} counts the working days of party and state offices, and
 * {@link io.github.vanphong.calendar.TimeLimit} and {@link io.github.vanphong.calendar.Deadline} count legal time
 * limits, by the rules in force on each day: the holidays of the {@link io.github.vanphong.calendar.LabourCode} in
 * force, the five-day week and the periods of the {@link io.github.vanphong.calendar.CivilCode} in force. They answer
 * from {@link io.github.vanphong.calendar.WorkingCalendar#FIRST_DAY}, 2006-01-01, the first day on which the library
 * holds all these rules, and refuse an earlier day with a {@link java.time.DateTimeException}.
 */
@NullMarked
package io.github.vanphong.calendar;

import org.jspecify.annotations.NullMarked;
