package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSortedSet;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * The congresses held, as an office records them: for each Party organisation the days its congresses opened. The
 * register is data the application keeps; the library reads from it the last congress of a unit on a day ({@link
 * #lastHeld(UnitId, LocalDate) lastHeld}), from which {@link CongressRuleBook} dates the next.
 *
 * <p>Recording returns a new register; a record refused (a unit's congress recorded twice on one day) leaves the
 * register as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CongressRegister {

  private static final CongressRegister EMPTY = new CongressRegister(ImmutableSortedSet.of());

  private final ImmutableSortedSet<CongressRecord> records;

  private CongressRegister(ImmutableSortedSet<CongressRecord> records) {
    this.records = records;
  }

  /**
   * Returns the register of no congress.
   *
   * @return the empty register, not null
   */
  public static CongressRegister empty() {
    return EMPTY;
  }

  /**
   * Returns a register of records.
   *
   * @param records the records, in any order, not null, none null
   * @return the register, not null
   * @throws IllegalArgumentException if a unit's congress is recorded twice on one day
   */
  public static CongressRegister of(List<CongressRecord> records) {
    CongressRegister register = EMPTY;
    for (CongressRecord record : Arguments.list(records, "records")) {
      register = register.record(record);
    }
    return register;
  }

  /**
   * Returns this register with a congress recorded; this register is left as it was.
   *
   * @param record the congress held, not null
   * @return the new register, not null
   * @throws IllegalArgumentException if the unit's congress of that day is already recorded
   */
  public CongressRegister record(CongressRecord record) {
    requireNonNull(record, "record");
    checkArgument(
        !records.contains(record), "the congress of %s on %s is already recorded", record.unit(), record.heldOn());
    TreeSet<CongressRecord> next = new TreeSet<>(records);
    next.add(record);
    return new CongressRegister(ImmutableSortedSet.copyOfSorted(next));
  }

  /**
   * Returns the records, by unit, then by day.
   *
   * @return the records, not null
   */
  public ImmutableSortedSet<CongressRecord> records() {
    return records;
  }

  /**
   * Returns the day of a unit's last congress on or before a day.
   *
   * @param unit the unit, not null
   * @param asOf the day asked about, not null
   * @return the day, or empty if none is recorded by then
   */
  public Optional<LocalDate> lastHeld(UnitId unit, LocalDate asOf) {
    requireNonNull(unit, "unit");
    requireNonNull(asOf, "asOf");
    return Optional.ofNullable(records.floor(CongressRecord.of(unit, asOf)))
        .filter(r -> r.unit().equals(unit))
        .map(CongressRecord::heldOn);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CongressRegister other && records.equals(other.records);
  }

  @Override
  public int hashCode() {
    return records.hashCode();
  }

  /**
   * Returns a readable form: "CongressRegister[HG-TU 2020-10-14, …]".
   *
   * @return the records, not null
   */
  @Override
  public String toString() {
    return "CongressRegister" + records;
  }
}
