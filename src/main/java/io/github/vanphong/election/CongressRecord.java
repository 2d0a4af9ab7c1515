package io.github.vanphong.election;

import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import org.immutables.value.Value;

/**
 * A congress held, as an office records it: the Party organisation and the day the congress opened. For example
 * {@code CongressRecord.of(UnitId.of("HG-TU"), LocalDate.of(2020, 10, 14))}. The term of the next congress counts
 * from that day ({@link CongressTerm#dueAfter(LocalDate) dueAfter}).
 *
 * <p>This class is immutable and thread-safe.
 */
@SuppressWarnings("exports") // @Value.Parameter on attributes: Immutables, needed only to compile
@ValueType
public abstract class CongressRecord implements Comparable<CongressRecord> {

  CongressRecord() {}

  /**
   * The Party organisation whose congress it was.
   *
   * @return the unit, not null
   */
  @Value.Parameter
  public abstract UnitId unit();

  /**
   * The day the congress opened.
   *
   * @return the day, not null
   */
  @Value.Parameter
  public abstract LocalDate heldOn();

  /**
   * Returns a record.
   *
   * @param unit the Party organisation, not null
   * @param heldOn the day the congress opened, not null
   * @return the record, not null
   */
  public static CongressRecord of(UnitId unit, LocalDate heldOn) {
    return ImmutableCongressRecord.of(unit, heldOn);
  }

  /**
   * Orders records by unit, then by day.
   *
   * @param other the other record, not null
   * @return negative, zero or positive
   */
  @Override
  public int compareTo(CongressRecord other) {
    int byUnit = unit().compareTo(requireNonNull(other, "other").unit());
    return byUnit != 0 ? byUnit : heldOn().compareTo(other.heldOn());
  }

  /**
   * Returns the readable form, for example "HG-TU 2020-10-14".
   *
   * @return the unit and day, not null
   */
  @Override
  public String toString() {
    return unit() + " " + heldOn();
  }
}
