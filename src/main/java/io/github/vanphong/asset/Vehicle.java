package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import io.github.vanphong.internal.Texts;
import io.github.vanphong.internal.ValueType;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.Optional;
import java.util.regex.Pattern;
import org.immutables.value.Value;

/**
 * An office car: for example {@code XE-01}, plate "23A-001.23", a car of the {@link
 * CarPost#PROVINCIAL_PARTY_SECRETARY} bought for VND 1,480,000,000 and recorded on 2024-03-01, at 82,000 km.
 *
 * <p>A car for a post ({@link VehicleKind#FOR_A_POST}) names the post; a pooled car names none. The price is the
 * original price, against which the post's cap and the share of a repair estimate are measured ({@link
 * CarNormBook#check}).
 *
 * <p>This class is immutable and thread-safe.
 */
@ValueType
public abstract class Vehicle {

  /** The largest odometer reading accepted: 10,000,000 km. */
  public static final long MAX_KILOMETRES = 10_000_000L;

  private static final Pattern PLATE = Pattern.compile("[0-9A-Z][0-9A-Z.\\- ]{0,19}");

  Vehicle() {}

  /**
   * The identifier, unique within a fleet.
   *
   * @return the id, not null
   */
  public abstract VehicleId id();

  /**
   * The registration plate, for example "23A-001.23".
   *
   * @return 1 to 20 characters of capital letters, digits, dots, dashes and spaces, starting with a letter or digit
   */
  public abstract String plate();

  /**
   * What the car is for.
   *
   * @return the kind, not null
   */
  public abstract VehicleKind kind();

  /**
   * The post the car serves.
   *
   * @return the post for a car of {@link VehicleKind#FOR_A_POST}, empty for a pooled car
   */
  public abstract Optional<CarPost> post();

  /**
   * The type of a pooled car, which sets its price cap ({@link PooledCarType}).
   *
   * @return the type of a pooled car if the office recorded it, empty for a car for a post or a pooled car of unknown
   *     type (not checked against a pooled car's cap)
   */
  public abstract Optional<PooledCarType> pooledType();

  /**
   * The original price.
   *
   * @return the price, more than 0 đồng
   */
  public abstract Money price();

  /**
   * The day the car was recorded in the office's books.
   *
   * @return the day, not null
   */
  public abstract LocalDate recordedOn();

  /**
   * The odometer reading.
   *
   * @return the kilometres, from 0 to {@link #MAX_KILOMETRES}
   */
  public abstract long odometerKm();

  /**
   * The estimate of a repair the car needs, if one was made.
   *
   * @return the estimate, 0 đồng or more, or empty
   */
  public abstract Optional<Money> repairEstimate();

  /**
   * Returns a builder. The id, plate, kind, price, day and odometer are required; the post is required for a car of
   * a post.
   *
   * @return a new builder, not null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Vehicle}.
   *
   * <p>This class is mutable and not thread-safe.
   */
  public static final class Builder extends ImmutableVehicle.Builder {
    Builder() {}
  }

  /**
   * Returns this car with a new odometer reading; this car is left as it was.
   *
   * @param kilometres the reading, not less than the present one and at most {@link #MAX_KILOMETRES}
   * @return the car with the reading, not null
   * @throws IllegalArgumentException if the reading is below the present one or above the largest
   */
  public Vehicle withOdometer(long kilometres) {
    checkArgument(
        kilometres >= odometerKm(),
        "an odometer does not run back: %s reads %s km, not %s km",
        id(),
        odometerKm(),
        kilometres);
    return builder().from(this).odometerKm(kilometres).build();
  }

  /**
   * Returns this car with a repair estimate; this car is left as it was.
   *
   * @param estimate the estimate, 0 đồng or more
   * @return the car with the estimate, not null
   * @throws IllegalArgumentException if the estimate is negative
   */
  public Vehicle withRepairEstimate(Money estimate) {
    requireNonNull(estimate, "estimate");
    return builder().from(this).repairEstimate(estimate).build();
  }

  @Value.Check
  void check() {
    checkArgument(
        PLATE.matcher(plate()).matches(),
        "a plate is 1 to 20 capital letters, digits, dots, dashes and spaces: %s",
        Texts.quote(plate()));
    checkArgument(
        kind() == VehicleKind.FOR_A_POST == post().isPresent(),
        "a car for a post names its post, and a pooled car none: %s is %s with post %s",
        id(),
        kind(),
        post());
    checkArgument(
        pooledType().isEmpty() || kind() == VehicleKind.POOLED,
        "only a pooled car has a pooled car's type: %s is %s with type %s",
        id(),
        kind(),
        pooledType());
    checkArgument(price().isPositive(), "a car's price is more than 0 đồng; %s has %s", id(), price());
    checkArgument(
        odometerKm() >= 0 && odometerKm() <= MAX_KILOMETRES,
        "an odometer reads 0 to %s km; %s reads %s",
        MAX_KILOMETRES,
        id(),
        odometerKm());
    checkArgument(
        repairEstimate().map(e -> !e.isNegative()).orElse(true),
        "a repair estimate is 0 đồng or more; %s has %s",
        id(),
        repairEstimate());
  }

  /**
   * Returns a readable form, for example "XE-01 23A-001.23 (FOR_A_POST PROVINCIAL_PARTY_SECRETARY, VND 1480000000,
   * 82000 km)".
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return id()
        + " "
        + plate()
        + " ("
        + kind()
        + post().map(p -> " " + p).orElse("")
        + pooledType().map(t -> " " + t).orElse("")
        + ", "
        + price()
        + ", "
        + odometerKm()
        + " km)";
  }
}
