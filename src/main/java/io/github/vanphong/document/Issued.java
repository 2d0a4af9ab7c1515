package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import com.google.errorprone.annotations.Immutable;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of issuing a document from an {@link OutgoingRegister}: the register with the new entry, and the entry
 * itself. For example {@code register.issue(DocumentCodeBook.REPORT, day, "Báo cáo …")} gives the entry {@code
 * 12-BC/VPTU} and the register that now holds it; the register it was called on is left as it was.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Issued {

  private final OutgoingRegister register;
  @SuppressWarnings("Immutable") // an Immutables value
  private final RegisterEntry entry;

  Issued(OutgoingRegister register, RegisterEntry entry) {
    this.register = requireNonNull(register, "register");
    this.entry = requireNonNull(entry, "entry");
  }

  /**
   * Returns the register with the new entry last.
   *
   * @return the new register, not null
   */
  public OutgoingRegister register() {
    return register;
  }

  /**
   * Returns the entry made for the issued document.
   *
   * @return the entry, not null
   */
  public RegisterEntry entry() {
    return entry;
  }

  /**
   * Returns the number and symbol given, that of the entry.
   *
   * @return the symbol, not null
   */
  public DocumentSymbol symbol() {
    return entry.symbol();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Issued other && register.equals(other.register) && entry.equals(other.entry);
  }

  @Override
  public int hashCode() {
    return Objects.hash(register, entry);
  }

  /**
   * Returns the entry and the register: "Issued[12-BC/VPTU … in OutgoingRegister[…]]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "Issued[" + entry + " in " + register + "]";
  }
}
