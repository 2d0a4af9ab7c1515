package io.github.vanphong.reception;

import com.google.common.collect.ImmutableList;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * What entering a session in a reception register gives: the register with the new entries, and those entries. For
 * example entering the session of 2016-03-10 with two matters into a register whose last entry of 2016 is 5 gives
 * entries 6 and 7 of 2016.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Entered {

  private final ReceptionRegister register;
  private final ImmutableList<ReceptionEntry> entries;

  Entered(ReceptionRegister register, ImmutableList<ReceptionEntry> entries) {
    this.register = register;
    this.entries = entries;
  }

  /**
   * Returns the register with the new entries; keep it in place of the one entered into.
   *
   * @return the register, not null
   */
  public ReceptionRegister register() {
    return register;
  }

  /**
   * Returns the entries made, in order; none if every matter of the session was already entered.
   *
   * @return the entries, possibly empty, not null
   */
  public ImmutableList<ReceptionEntry> entries() {
    return entries;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Entered other && register.equals(other.register) && entries.equals(other.entries);
  }

  @Override
  public int hashCode() {
    return Objects.hash(register, entries);
  }

  /**
   * Returns the register and the numbers made, for example "Entered[ReceptionRegister[HG-VPTU, 7 entries], 6/2016,
   * 7/2016]".
   *
   * @return a readable form with no identity, not null
   */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("Entered[").append(register);
    for (ReceptionEntry entry : entries) {
      text.append(", ").append(entry.number()).append('/').append(entry.year());
    }
    return text.append(']').toString();
  }
}
