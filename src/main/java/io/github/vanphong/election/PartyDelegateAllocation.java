package io.github.vanphong.election;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableSortedMap;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The delegates to a higher congress that the higher committee allocates to each Party organisation below it: data
 * the application records from the committee's decision, for the congress does not vote on their number (Quy định
 * 244-QĐ/TW, Điều 20, khoản 2, as quoted). For example 12 delegates to the provincial congress for the Đảng bộ of
 * Ngã Bảy. {@link #findings} checks the delegates each organisation elected against its allocation.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class PartyDelegateAllocation {

  private final ImmutableSortedMap<UnitId, Integer> delegates;

  private PartyDelegateAllocation(ImmutableSortedMap<UnitId, Integer> delegates) {
    this.delegates = delegates;
  }

  /**
   * Returns an allocation.
   *
   * @param delegates the official delegates allocated to each unit, each 0 or more, not null
   * @return the allocation, not null
   * @throws IllegalArgumentException if a number is negative
   */
  public static PartyDelegateAllocation of(Map<UnitId, Integer> delegates) {
    Arguments.entries(delegates, "delegates")
        .forEach((unit, n) -> checkArgument(n >= 0, "an allocation is 0 or more; %s was %s", unit, n));
    return new PartyDelegateAllocation(ImmutableSortedMap.copyOf(delegates));
  }

  /**
   * Returns the delegates allocated, by unit.
   *
   * @return the allocation, not null
   */
  public ImmutableSortedMap<UnitId, Integer> delegates() {
    return delegates;
  }

  /**
   * Returns the delegates allocated to a unit.
   *
   * @param unit the unit, not null
   * @return the number, 0 if it has no allocation
   */
  public int allocatedTo(UnitId unit) {
    return delegates.getOrDefault(requireNonNull(unit, "unit"), 0);
  }

  /**
   * Returns every unit that elected more delegates than it was allocated, a unit with no allocation having 0.
   *
   * @param electionDay the day of the elections, which chooses the rule's basis, not null
   * @param elected the official delegates each unit elected, each 0 or more, not null
   * @return the findings of {@link PartyElectionRule#DELEGATES_WITHIN_ALLOCATION}, by unit; empty if none
   * @throws IllegalArgumentException if a number elected is negative
   */
  public ImmutableList<PartyElectionViolation> findings(LocalDate electionDay, Map<UnitId, Integer> elected) {
    requireNonNull(electionDay, "electionDay");
    Arguments.entries(elected, "elected")
        .forEach((unit, n) -> checkArgument(n >= 0, "delegates elected are 0 or more; %s was %s", unit, n));
    ImmutableList.Builder<PartyElectionViolation> found = ImmutableList.builder();
    ImmutableSortedMap.copyOf(elected)
        .forEach(
            (unit, n) -> {
              int allocated = allocatedTo(unit);
              if (n > allocated) {
                found.add(
                    PartyElectionViolation.of(
                        PartyElectionRule.DELEGATES_WITHIN_ALLOCATION,
                        electionDay,
                        "a unit elects at most the delegates allocated by the higher committee: "
                            + unit
                            + " was allocated "
                            + allocated
                            + " and elected "
                            + n,
                        unit,
                        allocated,
                        n));
              }
            });
    return found.build();
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof PartyDelegateAllocation other && delegates.equals(other.delegates);
  }

  @Override
  public int hashCode() {
    return Objects.hash(delegates);
  }

  /**
   * Returns a readable form: "PartyDelegateAllocation{NB-TU=12}".
   *
   * @return the allocation, not null
   */
  @Override
  public String toString() {
    return "PartyDelegateAllocation" + delegates;
  }
}
