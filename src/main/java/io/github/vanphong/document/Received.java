package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of registering a document in an {@link IncomingRegister}: the register with the new arrival, and the
 * arrival itself. For example the 25th document received in 2026 gives the arrival {@code 25/2026}; the register it
 * was registered in is left as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Received {

  private final IncomingRegister register;

  @SuppressWarnings("Immutable") // an Immutables value
  private final Arrival arrival;

  Received(IncomingRegister register, Arrival arrival) {
    this.register = requireNonNull(register, "register");
    this.arrival = requireNonNull(arrival, "arrival");
  }

  /**
   * Returns the register with the new arrival last.
   *
   * @return the new register, not null
   */
  public IncomingRegister register() {
    return register;
  }

  /**
   * Returns the arrival made for the document.
   *
   * @return the arrival, not null
   */
  public Arrival arrival() {
    return arrival;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Received other && register.equals(other.register) && arrival.equals(other.arrival);
  }

  @Override
  public int hashCode() {
    return Objects.hash(register, arrival);
  }

  /**
   * Returns the arrival and the register: "Received[25/2026 … in IncomingRegister[…]]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "Received[" + arrival + " in " + register + "]";
  }
}
