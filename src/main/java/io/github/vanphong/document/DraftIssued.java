package io.github.vanphong.document;

import static java.util.Objects.requireNonNull;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The outcome of issuing a signed {@link Draft}: the issued draft, and what its register gave it (the new register
 * and its entry). For example issuing a signed báo cáo from the register of Văn phòng Tỉnh ủy gives the draft its
 * number {@code 12-BC/VPTU}; the draft and the register it was issued from are left as they were.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DraftIssued {

  private final Draft draft;
  private final Issued issued;

  DraftIssued(Draft draft, Issued issued) {
    this.draft = requireNonNull(draft, "draft");
    this.issued = requireNonNull(issued, "issued");
  }

  /**
   * Returns the draft in state {@link DraftState#ISSUED}, with the issue last in its history.
   *
   * @return the issued draft, not null
   */
  public Draft draft() {
    return draft;
  }

  /**
   * Returns the register's outcome: the new register and the entry.
   *
   * @return the outcome of the register, not null
   */
  public Issued issued() {
    return issued;
  }

  /**
   * Returns the register with the new entry.
   *
   * @return the new register, not null
   */
  public OutgoingRegister register() {
    return issued.register();
  }

  /**
   * Returns the number and symbol given.
   *
   * @return the symbol, not null
   */
  public DocumentSymbol symbol() {
    return issued.symbol();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DraftIssued other && draft.equals(other.draft) && issued.equals(other.issued);
  }

  @Override
  public int hashCode() {
    return Objects.hash(draft, issued);
  }

  /**
   * Returns the draft and the entry: "DraftIssued[Draft[…] as 12-BC/VPTU …]".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return "DraftIssued[" + draft + " as " + issued.entry() + "]";
  }
}
