package io.github.vanphong.meeting;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.Summary;
import io.github.vanphong.internal.ValueType;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Collector;
import java.util.stream.Collectors;
import org.immutables.value.Value;

/**
 * A number of people at a meeting, with how exact it is: for example {@code AttendanceCount.nearly(200)}, the
 * "gần 200 cán bộ" of the Hậu Giang briefing of 2016-03-01, or {@code AttendanceCount.exactly(79)} from a sign-in
 * sheet.
 *
 * <p>It is not a headcount of staff in post (see the staffing package): it counts people invited or present on one
 * day. Counts add with {@link #plus(AttendanceCount) plus}: numbers add exactly and the approximations combine
 * ({@link Approximation#and(Approximation) Approximation.and}), so an exact count stays exact only among exact counts. The sum is
 * associative and commutative, with exactly 0 ({@link #empty()}) as its identity, and {@link #collector()} adds the
 * counts of a stream, sequential or parallel: the counts of each level, or of each sitting, add up to the meeting's.
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class AttendanceCount implements Summary<AttendanceCount> {

  AttendanceCount() {}

  /**
   * The number, for example 200.
   *
   * @return the number, 0 or more
   */
  public abstract int number();

  /**
   * How exact the number is.
   *
   * @return the approximation, not null
   */
  public abstract Approximation approximation();

  /**
   * Returns a count with the given approximation.
   *
   * @param number the number, 0 or more
   * @param approximation how exact it is, not null
   * @return the count, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static AttendanceCount of(int number, Approximation approximation) {
    return ImmutableAttendanceCount.builder().number(number).approximation(approximation).build();
  }

  /**
   * Returns an exact count, for example 79 people on a sign-in sheet.
   *
   * @param number the number, 0 or more
   * @return the count, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static AttendanceCount of(int number) {
    return of(number, Approximation.EXACT);
  }

  /**
   * Returns an exact count, as a report writes one it counted: {@code AttendanceCount.exactly(79)}, beside {@link
   * #nearly(int) nearly}, {@link #about(int) about} and {@link #moreThan(int) moreThan}. It is the same count as {@link #of(int) of}.
   *
   * @param number the number, 0 or more
   * @return the count, exact, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static AttendanceCount exactly(int number) {
    return of(number, Approximation.EXACT);
  }

  /**
   * Returns exactly 0 people: the count of nobody, the identity of {@link #plus(AttendanceCount) plus}.
   *
   * @return the exact count of 0, not null
   */
  public static AttendanceCount empty() {
    return of(0);
  }

  /**
   * Returns a collector that adds counts, for sequential and parallel streams alike: {@code
   * attendance.present().values().stream().collect(AttendanceCount.collector())}. The order of the counts does not
   * matter; adding none gives {@link #empty()}.
   *
   * @return the collector, not null; it throws {@link ArithmeticException} if the sum passes {@link
   *     Integer#MAX_VALUE}
   */
  public static Collector<AttendanceCount, ?, AttendanceCount> collector() {
    return Collectors.reducing(empty(), Function.identity(), AttendanceCount::plus);
  }

  /**
   * Returns a count reported as "gần" (nearly) the number, for example nearly 200.
   *
   * @param number the number, 0 or more
   * @return the count, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static AttendanceCount nearly(int number) {
    return of(number, Approximation.NEARLY);
  }

  /**
   * Returns a count reported as "khoảng" (about) the number.
   *
   * @param number the number, 0 or more
   * @return the count, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static AttendanceCount about(int number) {
    return of(number, Approximation.ABOUT);
  }

  /**
   * Returns a count reported as "hơn" (more than) the number.
   *
   * @param number the number, 0 or more
   * @return the count, not null
   * @throws IllegalArgumentException if the number is negative
   */
  public static AttendanceCount moreThan(int number) {
    return of(number, Approximation.MORE_THAN);
  }

  /**
   * Tells whether the number was counted exactly.
   *
   * @return true if the approximation is {@link Approximation#EXACT}
   */
  public boolean isExact() {
    return approximation() == Approximation.EXACT;
  }

  /**
   * Returns the sum of this count and another: the numbers added, the approximations combined.
   *
   * @param other the other count, not null
   * @return the sum, not null
   * @throws ArithmeticException if the sum passes {@link Integer#MAX_VALUE}
   */
  @Override
  public AttendanceCount plus(AttendanceCount other) {
    requireNonNull(other, "other");
    return of(Math.addExact(number(), other.number()), approximation().and(other.approximation()));
  }

  @Value.Check
  void check() {
    checkArgument(number() >= 0, "a count of people is 0 or more: %s", number());
  }

  /**
   * Returns the count as a Vietnamese report writes it: "gần 200", or "79" for an exact count.
   *
   * @return the Vietnamese form, not null
   */
  public String toVietnamese() {
    return isExact()
        ? Integer.toString(number())
        : approximation().vietnameseName().toLowerCase(Locale.ROOT) + " " + number();
  }

  /**
   * Returns the count in English: "nearly 200", or "79" for an exact count.
   *
   * @return the English form, not null
   */
  @Override
  public String toString() {
    return isExact() ? Integer.toString(number()) : approximation().englishName().toLowerCase(Locale.ROOT) + " " + number();
  }
}
