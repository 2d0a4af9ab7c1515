/**
 * Dates as Vietnamese offices count them: the Vietnamese lunar calendar (âm lịch), and in time public holidays,
 * official day-off schedules, working calendars and legal time limits.
 *
 * <p>{@link io.github.vanphong.calendar.LunarDate} is a day of the lunar calendar computed for Vietnam (UTC+7),
 * from 1900 to 2199, with its leap months and the can chi name of its year; lunar dates fix holidays such as Tết
 * Nguyên đán (1/1) and Giỗ Tổ Hùng Vương (10/3), Bộ luật Lao động 2019, Điều 112.
 */
@NullMarked
@VanphongStyle
package io.github.vanphong.calendar;

import io.github.vanphong.VanphongStyle;
import org.jspecify.annotations.NullMarked;
