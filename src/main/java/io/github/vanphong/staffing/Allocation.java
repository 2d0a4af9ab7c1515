package io.github.vanphong.staffing;

import static com.google.common.base.Preconditions.checkArgument;

import io.github.vanphong.internal.ValueType;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.organization.UnitId;
import java.time.Year;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The positions (biên chế) assigned to one unit for one year, for example 50 positions for the office of the Hậu
 * Giang Provincial Party Committee in 2016. It is not a norm: a {@link StaffingNorm} is the range a kind of unit
 * should have; an allocation is what a competent body actually gave one unit.
 *
 * <p>An allocation covers the unit and the units under it: the allocations of its subunits must fit inside it
 * ({@link StaffingRule#SUBUNIT_ALLOCATIONS_EXCEED_PARENT}).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Allocation {

  Allocation() {}

  /**
   * The unit the positions are assigned to.
   *
   * @return the unit identifier, not null
   */
  public abstract UnitId unit();

  /**
   * The year of the allocation.
   *
   * @return the year, not null
   */
  public abstract Year year();

  /**
   * The number of positions, zero or more.
   *
   * @return the positions
   */
  public abstract int positions();

  /**
   * The decision that assigned the positions, where the application records it.
   *
   * @return the legal basis, or empty if not recorded
   */
  public abstract Optional<LegalBasis> basis();

  /**
   * Returns an allocation with no recorded basis.
   *
   * @param unit the unit, not null
   * @param year the year, not null
   * @param positions the positions, zero or more
   * @return the allocation, not null
   * @throws IllegalArgumentException if the positions are negative
   */
  public static Allocation of(UnitId unit, Year year, int positions) {
    return builder().unit(unit).year(year).positions(positions).build();
  }

  /**
   * Returns a builder, for an allocation with its basis. The unit, year and positions are required.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Allocation}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableAllocation.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    checkArgument(
        positions() >= 0,
        "an allocation needs a non-negative number of positions: %s for %s in %s",
        positions(),
        unit(),
        year());
  }

  /**
   * Returns a readable form: "HG-VPTU 2016: 50 positions", or "1 position".
   *
   * @return a readable form, not null
   */
  @Override
  public String toString() {
    return unit() + " " + year() + ": " + positions() + (positions() == 1 ? " position" : " positions");
  }
}
