package io.github.vanphong.petition;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.Instruments;
import static com.google.common.base.Preconditions.checkArgument;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A petitioner's withdrawal (rút đơn), whole or in part, and for a denunciation the ground on which it is
 * nevertheless resolved: for example {@code Withdrawal.whole().continuedBecause(ContinuationGround.COERCED)}.
 *
 * <p>A complaint may be withdrawn at any time, by a signed letter; the resolver then stops (Luật Khiếu nại
 * 02/2011/QH13, Điều 10). A denunciation may be withdrawn before its conclusion; in part, the rest is resolved; in
 * whole, it is still resolved if there are signs of a violation or the withdrawal was coerced (Luật Tố cáo
 * 25/2018/QH14, Điều 33).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Withdrawal {

  Withdrawal() {}

  /**
   * Whether only part of the content is withdrawn.
   *
   * @return true for a partial withdrawal
   */
  public abstract boolean isPartial();

  /**
   * The ground on which a wholly withdrawn denunciation is still resolved.
   *
   * @return the ground, or empty
   */
  public abstract Optional<ContinuationGround> continuation();

  /**
   * Returns the withdrawal of the whole petition.
   *
   * @return the withdrawal, not null
   */
  public static Withdrawal whole() {
    return ImmutableWithdrawal.builder().isPartial(false).build();
  }

  /**
   * Returns the withdrawal of part of the content; the rest continues.
   *
   * @return the withdrawal, not null
   */
  public static Withdrawal partial() {
    return ImmutableWithdrawal.builder().isPartial(true).build();
  }

  /**
   * Returns this whole withdrawal with the ground on which the denunciation is still resolved.
   *
   * @param ground the ground, not null
   * @return the new withdrawal, not null
   * @throws IllegalArgumentException if this withdrawal is partial, since the rest continues anyway
   */
  public Withdrawal continuedBecause(ContinuationGround ground) {
    return ImmutableWithdrawal.builder().from(this).continuation(ground).build();
  }

  /**
   * Returns whether the petition stops: a whole withdrawal with no ground to continue.
   *
   * @return true if the handling stops
   */
  public boolean stops() {
    return !isPartial() && continuation().isEmpty();
  }

  @Value.Check
  void check() {
    checkArgument(
        !(isPartial() && continuation().isPresent()),
        "a partial withdrawal leaves the rest of the denunciation to be resolved (%s, Điều 33); it takes no ground to"
            + " continue, but %s was given",
        Instruments.DENUNCIATIONS_LAW_2018.name(),
        continuation().orElse(null));
  }

  /**
   * Returns the readable form, for example {@code "whole, continued: COERCED"}.
   *
   * @return the scope and the ground, not null
   */
  @Override
  public String toString() {
    return (isPartial() ? "partial" : "whole") + continuation().map(g -> ", continued: " + g).orElse("");
  }
}
