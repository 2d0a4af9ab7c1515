package io.github.vanphong.calendar;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The official schedules that ship in the jar, {@code io/github/vanphong/calendar/official-schedules.txt}: the one
 * class of the library that reads a resource.
 */
final class OfficialScheduleFile {

  static final String RESOURCE = "official-schedules.txt";

  static final ImmutableSortedMap<Integer, OfficialSchedule> SHIPPED = load();

  private OfficialScheduleFile() {}

  private static ImmutableSortedMap<Integer, OfficialSchedule> load() {
    ImmutableList<OfficialSchedule> schedules = OfficialSchedule.parseAll(read(RESOURCE));
    ImmutableSortedMap.Builder<Integer, OfficialSchedule> byYear = ImmutableSortedMap.naturalOrder();
    for (OfficialSchedule schedule : schedules) {
      byYear.put(schedule.year(), schedule);
    }
    return byYear.buildOrThrow();
  }

  static String read(String resource) {
    try (InputStream in = OfficialScheduleFile.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the jar must hold io/github/vanphong/calendar/" + resource);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read io/github/vanphong/calendar/" + resource, e);
    }
  }
}
