package io.github.vanphong.election;

import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableSet;
import com.google.common.collect.Sets;
import com.google.errorprone.annotations.Immutable;
import io.github.vanphong.internal.Arguments;
import java.util.Set;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * Whether a ballot counts: valid, or invalid with every {@link BallotGround} found on it. For example a ballot with
 * every name struck out and no stamp is invalid on two grounds, {@link BallotGround#NO_STAMP} and {@link
 * BallotGround#ALL_NAMES_STRUCK} (Luật 85/2015/QH13, Điều 74, khoản 1). A ballot is valid exactly when no ground is
 * found.
 *
 * <p>This class is immutable and thread-safe.
 */
@Immutable
public final class BallotValidity {

  private static final BallotValidity VALID = new BallotValidity(ImmutableSet.of());

  @SuppressWarnings("Immutable") // an immutable enum set of enum constants
  private final ImmutableSet<BallotGround> grounds;

  private BallotValidity(ImmutableSet<BallotGround> grounds) {
    this.grounds = grounds;
  }

  /**
   * Returns the validity of a ballot on which no ground was found.
   *
   * @return the valid classification, not null
   */
  public static BallotValidity valid() {
    return VALID;
  }

  /**
   * Returns the classification of the grounds found: valid if there are none.
   *
   * @param grounds the grounds found, possibly empty, not null, none null
   * @return the validity, not null
   */
  public static BallotValidity of(Set<BallotGround> grounds) {
    Arguments.elements(grounds, "grounds");
    return grounds.isEmpty() ? VALID : new BallotValidity(Sets.immutableEnumSet(grounds));
  }

  /**
   * Tells whether the ballot counts.
   *
   * @return true if no ground was found
   */
  public boolean isValid() {
    return grounds.isEmpty();
  }

  /**
   * Returns every ground found, in the order of the article.
   *
   * @return the grounds, empty for a valid ballot, not null
   */
  public ImmutableSet<BallotGround> grounds() {
    return grounds;
  }

  /**
   * Tells whether a ground was found.
   *
   * @param ground the ground, not null
   * @return true if the ballot is invalid on it
   */
  public boolean has(BallotGround ground) {
    return grounds.contains(requireNonNull(ground, "ground"));
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof BallotValidity other && grounds.equals(other.grounds);
  }

  @Override
  public int hashCode() {
    return grounds.hashCode();
  }

  /**
   * Returns "valid", or "invalid: " and the grounds, for example "invalid: NO_STAMP, ALL_NAMES_STRUCK".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return isValid()
        ? "valid"
        : "invalid: " + grounds.stream().map(BallotGround::name).collect(Collectors.joining(", "));
  }
}
