package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.calendar.DayCount;
import io.github.vanphong.calendar.DeadlineStatus;

/** The JSON form of the types of {@code io.github.vanphong.calendar}: calendars, time limits and deadlines. */
final class CalendarCodecs {
  private CalendarCodecs() {}

  static final EnumCodec<DayCount> DAY_COUNT =
      Codecs.codes(DayCount.class)
          .code(DayCount.CALENDAR_DAYS, "calendar-days")
          .code(DayCount.WORKING_DAYS, "working-days")
          .build();

  static final EnumCodec<DeadlineStatus> DEADLINE_STATUS =
      Codecs.codes(DeadlineStatus.class)
          .code(DeadlineStatus.ON_TRACK, "on-track")
          .code(DeadlineStatus.DUE_SOON, "due-soon")
          .code(DeadlineStatus.DUE_TODAY, "due-today")
          .code(DeadlineStatus.OVERDUE, "overdue")
          .code(DeadlineStatus.MET, "met")
          .code(DeadlineStatus.MET_LATE, "met-late")
          .build();

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(DAY_COUNT, DEADLINE_STATUS);
  }
}
