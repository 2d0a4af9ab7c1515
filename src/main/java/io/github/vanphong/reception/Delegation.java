package io.github.vanphong.reception;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.petition.Identity;
import io.github.vanphong.petition.Petitioners;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Many people who come on the same content (đoàn đông người) and speak through representatives, named, or not, in a
 * writing signed by them: for example 12 people of a hamlet about the same land recovery, with 6 representatives named
 * in a paper all 12 signed. Luật Tiếp công dân 42/2013/QH13, Điều 29: 5 to 10 people name 1 or 2 representatives,
 * more than 10 at most 5; the representatives are among the petitioners; they are named in writing signed by all.
 * {@link ReceptionRuleBook#findings(Delegation, java.time.LocalDate) ReceptionRuleBook.findings} reports every rule a delegation breaks at once.
 *
 * <p>The identities of the representatives and of the signatories are as confidential as a petitioner's ({@link
 * Identity}): this class has no public method that returns them; it shows the counts, and {@link #petitioners()} the
 * {@link Petitioners} of the delegation, which a petition's intake carries. What the checks need of the identities
 * (how many representatives are not among the signatories) is counted when the delegation is made, so that the
 * {@linkplain #redacted() redacted} copy, which holds no identity, is checked the same.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class Delegation {

  private final int headcount;
  private final int representatives;
  private final int signatories;
  private final boolean inWriting;
  private final int representativesNotSigning;
  private final Petitioners petitioners;
  private final ImmutableList<Identity> representativeIdentities;

  private Delegation(
      int headcount,
      int representatives,
      int signatories,
      boolean inWriting,
      int representativesNotSigning,
      Petitioners petitioners,
      ImmutableList<Identity> representativeIdentities) {
    this.headcount = headcount;
    this.representatives = representatives;
    this.signatories = signatories;
    this.inWriting = inWriting;
    this.representativesNotSigning = representativesNotSigning;
    this.petitioners = petitioners;
    this.representativeIdentities = representativeIdentities;
  }

  /**
   * Returns a delegation of a number of people and their representatives, not yet named in writing.
   *
   * @param headcount the people of the delegation, at least as many as the representatives
   * @param representatives the representatives, one or more, distinct, not null
   * @return the delegation, not null
   * @throws IllegalArgumentException if there is no representative, one is given twice, or the headcount is smaller
   *     than their number
   */
  public static Delegation of(int headcount, List<Identity> representatives) {
    ImmutableList<Identity> copy = Arguments.list(representatives, "representatives");
    checkArgument(!copy.isEmpty(), "a delegation speaks through one or more representatives; none was given");
    checkArgument(
        new HashSet<>(copy).size() == copy.size(),
        "a delegation names each of its %s representatives once; one was given twice",
        copy.size());
    checkArgument(
        headcount >= copy.size(),
        "a delegation counts at least its %s representatives; a headcount of %s was given",
        copy.size(),
        headcount);
    return new Delegation(
        headcount, copy.size(), 0, false, copy.size(), Petitioners.delegation(copy, headcount), copy);
  }

  /**
   * Returns this delegation with its representatives named in a writing signed by the given people (văn bản cử người
   * đại diện); a representative who did not sign is not among the petitioners who named him.
   *
   * @param signatories the people who signed, one or more, distinct, at most the headcount, not null
   * @return the delegation named in writing, not null
   * @throws IllegalArgumentException if no one signed, one is given twice, more people signed than the delegation
   *     has, or this copy was redacted and holds no identity to compare
   */
  public Delegation appointedInWriting(List<Identity> signatories) {
    ImmutableList<Identity> copy = Arguments.list(signatories, "signatories");
    checkArgument(!isRedacted(), "a redacted delegation holds no identity to compare with the signatories");
    checkArgument(!copy.isEmpty(), "a writing that names representatives is signed by one or more people; none was");
    Set<Identity> signed = new HashSet<>(copy);
    checkArgument(signed.size() == copy.size(), "each of the %s signatories signs once; one was given twice", copy.size());
    checkArgument(
        copy.size() <= headcount,
        "a writing of a delegation of %s people is signed by at most %s; %s signatures were given",
        headcount,
        headcount,
        copy.size());
    int notSigning = 0;
    for (Identity representative : representativeIdentities) {
      if (!signed.contains(representative)) {
        notSigning++;
      }
    }
    return new Delegation(
        headcount, representatives, copy.size(), true, notSigning, petitioners, representativeIdentities);
  }

  /**
   * Returns the number of people in the delegation.
   *
   * @return the headcount, 1 or more
   */
  public int headcount() {
    return headcount;
  }

  /**
   * Returns the number of representatives named.
   *
   * @return the number, from 1 to the headcount
   */
  public int representatives() {
    return representatives;
  }

  /**
   * Tells whether the representatives were named in a writing.
   *
   * @return true if named in writing
   */
  public boolean isAppointedInWriting() {
    return inWriting;
  }

  /**
   * Returns the number of people who signed the writing that names the representatives.
   *
   * @return the number, 0 if there is no writing, at most the headcount
   */
  public int signatories() {
    return signatories;
  }

  /**
   * Tells whether the writing was signed by every person of the delegation.
   *
   * @return true if named in writing and signed by the whole headcount
   */
  public boolean isSignedByAll() {
    return inWriting && signatories == headcount;
  }

  /**
   * Returns the number of representatives who are not among the signatories of the writing, and so not shown to be
   * among the petitioners; all of them when there is no writing.
   *
   * @return the number, from 0 to {@link #representatives()}
   */
  public int representativesNotAmongSignatories() {
    return representativesNotSigning;
  }

  /**
   * Returns the petitioners of the delegation, as a petition's intake carries them: the kind {@code DELEGATION}, the
   * headcount and the representatives' identities, kept confidential.
   *
   * @return the petitioners, not null
   */
  public Petitioners petitioners() {
    return petitioners;
  }

  /**
   * Tells whether the identities were stripped from this copy.
   *
   * @return true for a redacted copy
   */
  public boolean isRedacted() {
    return petitioners.isRedacted();
  }

  /**
   * Returns the copy without identities: the same counts and findings, the petitioners redacted.
   *
   * @return the redacted copy, not null
   */
  public Delegation redacted() {
    return isRedacted()
        ? this
        : new Delegation(
            headcount,
            representatives,
            signatories,
            inWriting,
            representativesNotSigning,
            petitioners.redacted(),
            ImmutableList.of());
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof Delegation other
        && headcount == other.headcount
        && representatives == other.representatives
        && signatories == other.signatories
        && inWriting == other.inWriting
        && representativesNotSigning == other.representativesNotSigning
        && petitioners.equals(other.petitioners);
  }

  @Override
  public int hashCode() {
    return Objects.hash(headcount, representatives, signatories, inWriting, representativesNotSigning, petitioners);
  }

  /**
   * Returns the counts only, for example "Delegation[12 people, 6 representatives, named in writing signed by 12]" or
   * "Delegation[7 people, 2 representatives, not named in writing, redacted]".
   *
   * @return the counts, not null
   */
  @Override
  public String toString() {
    return "Delegation["
        + headcount
        + " people, "
        + representatives
        + (representatives == 1 ? " representative, " : " representatives, ")
        + (inWriting ? "named in writing signed by " + signatories : "not named in writing")
        + (representativesNotSigning > 0 && inWriting ? ", " + representativesNotSigning + " not signing" : "")
        + (isRedacted() ? ", redacted]" : "]");
  }
}
