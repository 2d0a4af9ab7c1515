package io.github.vanphong.petition;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The people who sent a petition: one person, several signatories, a delegation speaking through representatives,
 * or nobody identifiable (an anonymous letter, or one under a false name). For example {@code
 * Petitioners.signatories(List.of(a, b, c))} for a letter signed by three people.
 *
 * <p>The kind and the number of petitioners are open facts that classification, routing and statistics use. The
 * identities are confidential (Luật Tố cáo 25/2018/QH14, Điều 8, 9, 47, 56): this class has no public method that
 * returns them, {@link #toString()} shows only the kind and the number, and {@link #redacted()} gives the copy
 * without them that goes to verifiers. A petition reveals them only through {@link Petition#revealIdentity}.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class Petitioners {

  private final PetitionerKind kind;
  private final int count;
  private final ImmutableList<Identity> identities;
  private final boolean redacted;

  private Petitioners(PetitionerKind kind, int count, ImmutableList<Identity> identities, boolean redacted) {
    this.kind = kind;
    this.count = count;
    this.identities = identities;
    this.redacted = redacted;
  }

  /**
   * Returns one named petitioner.
   *
   * @param identity who they are, not null
   * @return the petitioners, not null
   */
  public static Petitioners one(Identity identity) {
    return new Petitioners(
        PetitionerKind.ONE_PERSON, 1, ImmutableList.of(requireNonNull(identity, "identity")), false);
  }

  /**
   * Returns several signatories of one letter, each with their details (Luật Tố cáo 25/2018/QH14, Điều 23).
   *
   * @param identities the signatories, two or more, not null
   * @return the petitioners, not null
   * @throws IllegalArgumentException if fewer than two are given
   */
  public static Petitioners signatories(List<Identity> identities) {
    ImmutableList<Identity> copy = Arguments.list(identities, "identities");
    checkArgument(
        copy.size() >= 2, "a letter of several signatories has two or more; %s were given", copy.size());
    return new Petitioners(PetitionerKind.SIGNATORIES, copy.size(), copy, false);
  }

  /**
   * Returns a delegation of a number of people speaking through representatives (Luật Tiếp công dân
   * 42/2013/QH13, Điều 30).
   *
   * @param representatives the representatives, one or more, not null
   * @param headcount the people in the delegation, at least as many as the representatives
   * @return the petitioners, not null
   * @throws IllegalArgumentException if there is no representative or the headcount is smaller than their number
   */
  public static Petitioners delegation(List<Identity> representatives, int headcount) {
    ImmutableList<Identity> copy = Arguments.list(representatives, "representatives");
    checkArgument(!copy.isEmpty(), "a delegation speaks through one or more representatives; none was given");
    checkArgument(
        headcount >= copy.size(),
        "a delegation counts at least its %s representatives; a headcount of %s was given",
        copy.size(),
        headcount);
    return new Petitioners(PetitionerKind.DELEGATION, headcount, copy, false);
  }

  /**
   * Returns an anonymous petitioner: no name, or no address, or no way to identify them (Luật Tố cáo, Điều 25).
   *
   * @return the petitioners, not null
   */
  public static Petitioners anonymous() {
    return new Petitioners(PetitionerKind.ANONYMOUS, 1, ImmutableList.of(), false);
  }

  /**
   * Returns a petitioner who used a false name or another person's name (Luật Tố cáo, Điều 25). The name as
   * written is kept, confidential like any other, because it may be a real person's.
   *
   * @param nameAsWritten the identity written on the letter, not null
   * @return the petitioners, not null
   */
  public static Petitioners falseName(Identity nameAsWritten) {
    return new Petitioners(
        PetitionerKind.FALSE_NAME, 1, ImmutableList.of(requireNonNull(nameAsWritten, "nameAsWritten")), false);
  }

  /**
   * Returns the kind of petitioner.
   *
   * @return the kind, not null
   */
  public PetitionerKind kind() {
    return kind;
  }

  /**
   * Returns the number of people who sent the petition: 1 for one person, an anonymous or a false-named one.
   *
   * @return the number, 1 or more
   */
  public int count() {
    return count;
  }

  /**
   * Returns whether the identities were stripped from this copy, as for the copy that goes to verifiers.
   *
   * @return true for a redacted copy
   */
  public boolean isRedacted() {
    return redacted;
  }

  /**
   * Returns whether the petitioners can be identified: a named person, signatories or a delegation, in a copy
   * that was not redacted.
   *
   * @return true if the identities are known
   */
  public boolean isIdentified() {
    return kind.isIdentifiable() && !redacted;
  }

  /**
   * Returns the copy without identities: the same kind and number, nothing that names anybody (Luật Tố cáo,
   * Điều 47, Điều 56).
   *
   * @return the redacted copy, not null
   */
  public Petitioners redacted() {
    return redacted ? this : new Petitioners(kind, count, ImmutableList.of(), true);
  }

  /** The identities, for {@link Petition#revealIdentity} only. */
  ImmutableList<Identity> identities() {
    return identities;
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Petitioners other
        && kind == other.kind
        && count == other.count
        && redacted == other.redacted
        && identities.equals(other.identities);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, count, redacted, identities);
  }

  /**
   * Returns the kind and the number only, for example {@code "SIGNATORIES(3)"}, or {@code "SIGNATORIES(3,
   * redacted)"} for a redacted copy.
   *
   * @return the open facts, not null
   */
  @Override
  public String toString() {
    return kind + "(" + count + (redacted ? ", redacted)" : ")");
  }
}
