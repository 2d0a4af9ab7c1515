package io.github.vanphong.meeting;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.Level;
import java.util.Collection;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Who was expected at a meeting and who came, counted by the level of the units they work in: for example the
 * Hậu Giang briefing of 2016-03-01, where nearly 200 cadres of the district-level offices were present. Each count
 * says how exact it is ({@link AttendanceCount}).
 *
 * <p>A level that is not listed had nothing recorded: for a meeting known from a press report, the counts the
 * report does not give are simply absent, not zero. Attendance is not the list of units and people invited, which
 * the {@link Briefing} keeps by identifier.
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.NaturalOrder on attributes: Immutables, needed only to compile
@ValueType
public abstract class Attendance {

  Attendance() {}

  /**
   * The people expected (invited or summoned), by level, levels with nothing recorded left out.
   *
   * @return the expected counts, not null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Level, AttendanceCount> expected();

  /**
   * The people present, by level, levels with nothing recorded left out.
   *
   * @return the counts present, not null
   */
  @Value.NaturalOrder
  public abstract ImmutableSortedMap<Level, AttendanceCount> present();

  /**
   * Returns an attendance with nothing recorded.
   *
   * @return the attendance, not null
   */
  public static Attendance none() {
    return builder().build();
  }

  /**
   * Returns a builder, with nothing recorded.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Attendance}: {@code putExpected(Level.DISTRICT, AttendanceCount.of(80))}, {@code
   * putPresent(Level.DISTRICT, AttendanceCount.nearly(200))}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAttendance.Builder {
    Builder() {}
  }

  /**
   * Returns the people expected from units of a level.
   *
   * @param level the level, not null
   * @return the count, or empty if none was recorded
   */
  public Optional<AttendanceCount> expectedAt(Level level) {
    requireNonNull(level, "level");
    return Optional.ofNullable(expected().get(level));
  }

  /**
   * Returns the people present from units of a level.
   *
   * @param level the level, not null
   * @return the count, or empty if none was recorded
   */
  public Optional<AttendanceCount> presentAt(Level level) {
    requireNonNull(level, "level");
    return Optional.ofNullable(present().get(level));
  }

  /**
   * Returns the people expected at every level together.
   *
   * @return the sum of the recorded counts, or empty if none was recorded
   * @throws ArithmeticException if the sum passes {@link Integer#MAX_VALUE}
   */
  public Optional<AttendanceCount> expectedTotal() {
    return total(expected().values());
  }

  /**
   * Returns the people present at every level together: nearly 200 for the Hậu Giang briefing of 2016-03-01.
   *
   * @return the sum of the recorded counts, or empty if none was recorded
   * @throws ArithmeticException if the sum passes {@link Integer#MAX_VALUE}
   */
  public Optional<AttendanceCount> presentTotal() {
    return total(present().values());
  }

  private static Optional<AttendanceCount> total(Collection<AttendanceCount> counts) {
    return counts.stream().reduce(AttendanceCount::plus);
  }

  /**
   * Returns the share of the people expected at a level who came, in percent, when both counts are exact and
   * some were expected: 75.0 for 60 of 80.
   *
   * @param level the level, not null
   * @return the percentage, possibly above 100 if more came than were expected; empty if a count is missing, not
   *     exact, or no one was expected
   */
  public Optional<Double> turnoutPercentAt(Level level) {
    requireNonNull(level, "level");
    AttendanceCount expected = expected().get(level);
    AttendanceCount present = present().get(level);
    if (expected == null || present == null || !expected.isExact() || !present.isExact() || expected.number() == 0) {
      return Optional.empty();
    }
    return Optional.of(100.0 * present.number() / expected.number());
  }

  /**
   * Returns the counts: "Attendance[expected {}, present {DISTRICT=nearly 200}]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "Attendance[expected " + expected() + ", present " + present() + "]";
  }
}
