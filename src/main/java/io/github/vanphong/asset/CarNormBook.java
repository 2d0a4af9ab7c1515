package io.github.vanphong.asset;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import com.google.common.collect.ImmutableMap;
import com.google.common.collect.Maps;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.money.Money;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The norms an office's cars are checked against under Nghị định 72/2023/NĐ-CP as amended by Nghị định 153/2025/NĐ-CP:
 * the price cap of each post's car, the number of pooled cars of a provincial office, and when a car may be retired.
 * For example on 2025-09-01 a Văn phòng Tỉnh ủy of a province of 7,900 km², mostly mountainous, may have 7 pooled cars.
 *
 * <p>The standard book ({@link #standard()}) holds:
 *
 * <ul>
 *   <li>the caps of {@link CarPost#standardPriceCap()}, from the original text (Điều 6 and Điều 7, verified);
 *   <li>the pooled cars from 2025-07-01 ({@link #AMENDMENT_DAY}) by the amended Điều 11: 10 an office in Hà Nội and
 *       Hồ Chí Minh City; elsewhere 5, one more for 5,000 km² up to 8,000, two for 8,000 up to 11,000, and one more
 *       for each further 3,000 km², plus one if more than half of the communes are mountainous or disadvantaged and
 *       one if the province balances its own budget, the extras added together. These figures are reported by the
 *       press, not read in the decree's own text; the reading of "each further 3,000 km²" (3 from 11,000, 4 from
 *       14,000) and the flat 10 of the two cities are the library's. An application that has the province's decision
 *       puts its figure in ({@link #withPooledCarQuota}). Before that day the original Điều 11 set one total for the
 *       three provincial offices together (15, or 20 in the two cities), which the provincial People's Committee
 *       shared out (Điều 8, khoản 6): the book has no figure for one office then unless the application gives it;
 *   <li>retirement above 250,000 km or for a repair estimate above 30% of the price (Điều 3, khoản 4, verified); an
 *       office in a mountainous or disadvantaged area, where the decree says 200,000 km, sets that figure ({@link
 *       #withRetirementKilometres}).
 * </ul>
 *
 * <p>This class is immutable and thread-safe.
 */
public final class CarNormBook {

  /** The day the amended pooled-car norm applies from: 2025-07-01, the day Nghị định 153/2025/NĐ-CP came into force. */
  public static final LocalDate AMENDMENT_DAY = Instruments.CAR_DECREE_AMENDMENT_2025.inForceFrom();

  /** The standard kilometres above which a car may be retired: 250,000 (Điều 3, khoản 4). */
  public static final long STANDARD_RETIREMENT_KM = 250_000L;

  /** The standard share of the price above which a repair estimate lets a car be retired: 30% (Điều 3, khoản 4). */
  public static final int STANDARD_REPAIR_SHARE_PERCENT = 30;

  private static final LegalBasis BODY_CARS_ORIGINAL =
      LegalBasis.builder()
          .instrument(Instruments.CAR_DECREE_2023)
          .article("Điều 11, khoản 2")
          .inForceUntil(AMENDMENT_DAY.minusDays(1))
          .build();

  private static final LegalBasis BODY_CARS_CARRIED_OVER =
      LegalBasis.builder()
          .instrument(Instruments.CAR_DECREE_2023)
          .article("Điều 11, khoản 2")
          .inForceFrom(AMENDMENT_DAY)
          .addAsAmendedBy(Instruments.CAR_DECREE_AMENDMENT_2025)
          .confirmation(Confirmation.UNCONFIRMED)
          .build();

  /** The most cars the body-car norm gives a body, staff and province considered: 4. */
  private static final int MOST_BODY_CARS = 4;

  private static final CarNormBook STANDARD =
      new CarNormBook(
          standardCaps(),
          standardPooledCaps(),
          STANDARD_RETIREMENT_KM,
          STANDARD_REPAIR_SHARE_PERCENT,
          Optional.empty());

  private final ImmutableMap<CarPost, Money> priceCaps;
  private final ImmutableMap<PooledCarType, Money> pooledPriceCaps;
  private final long retirementKm;
  private final int repairSharePercent;
  private final Optional<Integer> pooledCarQuota;

  private CarNormBook(
      Map<CarPost, Money> priceCaps,
      Map<PooledCarType, Money> pooledPriceCaps,
      long retirementKm,
      int repairSharePercent,
      Optional<Integer> pooledCarQuota) {
    for (Map.Entry<CarPost, Money> cap : priceCaps.entrySet()) {
      checkArgument(
          cap.getKey().ownCar(),
          "%s: %s has no car of its own, so no price cap",
          VehicleRule.POST_ENTITLED_TO_A_CAR,
          cap.getKey());
      checkArgument(
          cap.getValue().isPositive(),
          "%s: a price cap is more than 0 đồng; %s was given %s",
          VehicleRule.WITHIN_THE_PRICE_CAP,
          cap.getKey(),
          cap.getValue());
    }
    checkArgument(
        pooledPriceCaps.keySet().equals(EnumSet.allOf(PooledCarType.class)),
        "%s: every type of pooled car has a cap; the caps were given for %s",
        VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP,
        pooledPriceCaps.keySet());
    for (Map.Entry<PooledCarType, Money> cap : pooledPriceCaps.entrySet()) {
      checkArgument(
          cap.getValue().isPositive(),
          "%s: a price cap is more than 0 đồng; %s was given %s",
          VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP,
          cap.getKey(),
          cap.getValue());
    }
    checkArgument(
        retirementKm >= 1 && retirementKm <= Vehicle.MAX_KILOMETRES,
        "%s: the retirement distance is 1 to %s km; it was %s",
        VehicleRule.MAY_BE_RETIRED,
        Vehicle.MAX_KILOMETRES,
        retirementKm);
    checkArgument(
        repairSharePercent >= 1 && repairSharePercent <= 100,
        "%s: the repair share is 1 to 100 percent; it was %s",
        VehicleRule.MAY_BE_RETIRED,
        repairSharePercent);
    checkArgument(
        pooledCarQuota.map(q -> q >= 0 && q <= 1000).orElse(true),
        "%s: a pooled-car quota is 0 to 1,000 cars; it was %s",
        VehicleRule.POOLED_CARS_WITHIN_THE_NORM,
        pooledCarQuota.map(String::valueOf).orElse(""));
    this.priceCaps = Maps.immutableEnumMap(priceCaps);
    this.pooledPriceCaps = Maps.immutableEnumMap(pooledPriceCaps);
    this.retirementKm = retirementKm;
    this.repairSharePercent = repairSharePercent;
    this.pooledCarQuota = pooledCarQuota;
  }

  private static Map<CarPost, Money> standardCaps() {
    Map<CarPost, Money> caps = new EnumMap<>(CarPost.class);
    for (CarPost post : CarPost.values()) {
      post.standardPriceCap().ifPresent(cap -> caps.put(post, cap));
    }
    return caps;
  }

  private static Map<PooledCarType, Money> standardPooledCaps() {
    Map<PooledCarType, Money> caps = new EnumMap<>(PooledCarType.class);
    for (PooledCarType type : PooledCarType.values()) {
      caps.put(type, type.standardPriceCap());
    }
    return caps;
  }

  /**
   * Returns the standard book.
   *
   * @return the book, not null
   */
  public static CarNormBook standard() {
    return STANDARD;
  }

  /**
   * Returns a book of an application's figures, with the standard caps of the pooled cars ({@link
   * #withPooledPriceCap} changes them).
   *
   * @param priceCaps the cap of each capped post, each a post with a car of its own and more than 0 đồng
   * @param retirementKm the kilometres above which a car may be retired, 1 to {@link Vehicle#MAX_KILOMETRES}
   * @param repairSharePercent the share of the price above which a repair lets a car be retired, 1 to 100
   * @param pooledCarQuota the pooled cars an office may have in place of the computed norm, 0 to 1,000, or empty
   * @return the book, not null
   * @throws IllegalArgumentException if a figure is out of range, naming the rule
   */
  public static CarNormBook of(
      Map<CarPost, Money> priceCaps, long retirementKm, int repairSharePercent, Optional<Integer> pooledCarQuota) {
    requireNonNull(priceCaps, "priceCaps");
    requireNonNull(pooledCarQuota, "pooledCarQuota");
    Map<CarPost, Money> caps = new EnumMap<>(CarPost.class);
    caps.putAll(priceCaps);
    return new CarNormBook(caps, standardPooledCaps(), retirementKm, repairSharePercent, pooledCarQuota);
  }

  /**
   * Returns this book with another price cap for a post; this book is left as it was.
   *
   * @param post a post with a car of its own, not null
   * @param cap the cap, more than 0 đồng
   * @return the new book, not null
   * @throws IllegalArgumentException if the post has no car of its own or the cap is not positive
   */
  public CarNormBook withPriceCap(CarPost post, Money cap) {
    requireNonNull(post, "post");
    requireNonNull(cap, "cap");
    Map<CarPost, Money> caps = new EnumMap<>(CarPost.class);
    caps.putAll(priceCaps);
    caps.put(post, cap);
    return new CarNormBook(caps, pooledPriceCaps, retirementKm, repairSharePercent, pooledCarQuota);
  }

  /**
   * Returns this book with another price cap for a type of pooled car; this book is left as it was.
   *
   * @param type the type, not null
   * @param cap the cap, more than 0 đồng
   * @return the new book, not null
   * @throws IllegalArgumentException if the cap is not positive, naming the rule
   */
  public CarNormBook withPooledPriceCap(PooledCarType type, Money cap) {
    requireNonNull(type, "type");
    requireNonNull(cap, "cap");
    Map<PooledCarType, Money> caps = new EnumMap<>(PooledCarType.class);
    caps.putAll(pooledPriceCaps);
    caps.put(type, cap);
    return new CarNormBook(priceCaps, caps, retirementKm, repairSharePercent, pooledCarQuota);
  }

  /**
   * Returns this book with another retirement distance (200,000 km in a mountainous or disadvantaged area); this book
   * is left as it was.
   *
   * @param kilometres the distance, 1 to {@link Vehicle#MAX_KILOMETRES}
   * @return the new book, not null
   * @throws IllegalArgumentException if the distance is out of range
   */
  public CarNormBook withRetirementKilometres(long kilometres) {
    return new CarNormBook(priceCaps, pooledPriceCaps, kilometres, repairSharePercent, pooledCarQuota);
  }

  /**
   * Returns this book with the number of pooled cars the province decided for the office, used for every day in
   * place of the computed norm; this book is left as it was.
   *
   * @param cars the number, 0 to 1,000
   * @return the new book, not null
   * @throws IllegalArgumentException if the number is out of range
   */
  public CarNormBook withPooledCarQuota(int cars) {
    return new CarNormBook(priceCaps, pooledPriceCaps, retirementKm, repairSharePercent, Optional.of(cars));
  }

  /**
   * Returns the price caps.
   *
   * @return the cap of each capped post, not null
   */
  public ImmutableMap<CarPost, Money> priceCaps() {
    return priceCaps;
  }

  /**
   * Returns the price cap of a post's car.
   *
   * @param post the post, not null
   * @return the cap, or empty for a car without cap or a post without a car of its own
   */
  public Optional<Money> priceCap(CarPost post) {
    requireNonNull(post, "post");
    return Optional.ofNullable(priceCaps.get(post));
  }

  /**
   * Returns the price caps of the pooled cars.
   *
   * @return the cap of each type, every type there, not null
   */
  public ImmutableMap<PooledCarType, Money> pooledPriceCaps() {
    return pooledPriceCaps;
  }

  /**
   * Returns the price cap of a type of pooled car.
   *
   * @param type the type, not null
   * @return the cap, more than 0 đồng
   */
  public Money pooledPriceCap(PooledCarType type) {
    requireNonNull(type, "type");
    return requireNonNull(pooledPriceCaps.get(type), "every type has a cap");
  }

  /**
   * Returns the kilometres above which a car may be retired.
   *
   * @return the kilometres, positive
   */
  public long retirementKm() {
    return retirementKm;
  }

  /**
   * Returns the share of the price above which a repair estimate lets a car be retired.
   *
   * @return the percent, 1 to 100
   */
  public int repairSharePercent() {
    return repairSharePercent;
  }

  /**
   * Returns the application's pooled-car quota.
   *
   * @return the quota, or empty where the book computes the norm
   */
  public Optional<Integer> pooledCarQuota() {
    return pooledCarQuota;
  }

  /**
   * Returns the pooled cars a provincial office may have on a day: the application's quota if set, else from {@link
   * #AMENDMENT_DAY} the amended norm by the province's profile, else none.
   *
   * @param province the province, not null
   * @param day the day, not null
   * @return the number, or empty before {@link #AMENDMENT_DAY} without the application's quota
   */
  public Optional<Integer> pooledCarsAllowed(ProvinceProfile province, LocalDate day) {
    requireNonNull(province, "province");
    requireNonNull(day, "day");
    if (pooledCarQuota.isPresent()) {
      return pooledCarQuota;
    }
    if (day.isBefore(AMENDMENT_DAY)) {
      return Optional.empty();
    }
    if (province.hanoiOrHoChiMinhCity()) {
      return Optional.of(10);
    }
    int area = province.areaKm2();
    int cars = 5 + (area < 5_000 ? 0 : (area - 2_000) / 3_000);
    cars += province.mostlyMountainous() ? 1 : 0;
    cars += province.balancesOwnBudget() ? 1 : 0;
    return Optional.of(cars);
  }

  /**
   * Tells whether a car may be retired: above the retirement distance, or with a repair estimate above the share of
   * its price.
   *
   * @param vehicle the car, not null
   * @return true if it may be replaced or disposed of
   */
  public boolean mayBeRetired(Vehicle vehicle) {
    requireNonNull(vehicle, "vehicle");
    return vehicle.odometerKm() > retirementKm || costlyRepair(vehicle);
  }

  private boolean costlyRepair(Vehicle vehicle) {
    return vehicle
        .repairEstimate()
        .map(e -> e.times(100).isGreaterThan(vehicle.price().times(repairSharePercent)))
        .orElse(false);
  }

  /**
   * Returns the most cars a body under the provincial committee other than its office may have (Nghị định
   * 72/2023/NĐ-CP, Điều 11, khoản 2): 1, or 2 with 20 to 50 staff, or 3 with more than 50; and 1 more in a province
   * of 5,000 km² or more, mostly mountainous, or balancing its own budget (one more whichever of these holds, the
   * library's reading of the clause). The figures are the original text's, verified; from {@link #AMENDMENT_DAY} they
   * are carried over unread ({@link #bodyCarsBasis}). The number a body has is decided by the provincial standing
   * committee within this norm (Điều 8, khoản 6).
   *
   * @param staff the body's staff, 0 or more
   * @param province the province, not null
   * @return the number, 1 to 4
   * @throws IllegalArgumentException if the staff is negative, naming the rule
   */
  public int bodyCarsAllowed(int staff, ProvinceProfile province) {
    requireNonNull(province, "province");
    checkArgument(
        staff >= 0, "%s: a body's staff is 0 or more; it was %s", VehicleRule.BODY_CARS_WITHIN_THE_NORM, staff);
    int cars = staff > 50 ? 3 : staff >= 20 ? 2 : 1;
    boolean extra = province.areaKm2() >= 5_000 || province.mostlyMountainous() || province.balancesOwnBudget();
    return Math.min(MOST_BODY_CARS, cars + (extra ? 1 : 0));
  }

  /**
   * Returns the basis of the body-car norm on a day: the original Điều 11, khoản 2, verified, before {@link
   * #AMENDMENT_DAY}; from that day the same clause carried over and marked unconfirmed, since the amended text has not
   * been read.
   *
   * @param day the day, not null
   * @return the basis, not null
   */
  public static LegalBasis bodyCarsBasis(LocalDate day) {
    requireNonNull(day, "day");
    return day.isBefore(AMENDMENT_DAY) ? BODY_CARS_ORIGINAL : BODY_CARS_CARRIED_OVER;
  }

  /**
   * Checks an office's cars on a day, and returns every finding at once: each car above its post's cap, each pooled
   * car above the cap of its type, each car of a post without a car of its own, the pooled cars if more than the
   * norm, and each car that may be retired. Only the cars recorded on or before the day are checked.
   *
   * @param fleet the office's cars, each id once, not null
   * @param province the province of the office, not null
   * @param day the day, not null
   * @return the findings, in the order of the rules then of the fleet, empty if none
   * @throws IllegalArgumentException if a car's id is there twice
   */
  public ImmutableList<FleetViolation> check(List<Vehicle> fleet, ProvinceProfile province, LocalDate day) {
    requireNonNull(province, "province");
    List<Vehicle> held = held(fleet, day);
    ImmutableList.Builder<FleetViolation> findings = ImmutableList.builder();
    priceAndPostFindings(held, findings);
    List<VehicleId> pooled = held.stream().filter(v -> v.kind() == VehicleKind.POOLED).map(Vehicle::id).toList();
    Optional<Integer> allowed = pooledCarsAllowed(province, day);
    if (allowed.isPresent() && pooled.size() > allowed.get()) {
      findings.add(
          FleetViolation.of(
              VehicleRule.POOLED_CARS_WITHIN_THE_NORM,
              pooled,
              "the office has " + pooled.size() + " pooled cars on " + day + ", above its norm of " + allowed.get()));
    }
    retirementFindings(held, findings);
    return findings.build();
  }

  /**
   * Checks the cars of a body under the provincial committee other than its office on a day, and returns every
   * finding at once: each car above its cap (a post's or a pooled car's), each car of a post without a car of its
   * own, the cars if more than the body's norm ({@link #bodyCarsAllowed}), and each car that may be retired. Only the
   * cars recorded on or before the day are checked.
   *
   * @param fleet the body's cars, each id once, not null
   * @param staff the body's staff on the day, 0 or more
   * @param province the province, not null
   * @param day the day, not null
   * @return the findings, in the order of the rules then of the fleet, empty if none
   * @throws IllegalArgumentException if a car's id is there twice or the staff is negative
   */
  public ImmutableList<FleetViolation> checkBody(
      List<Vehicle> fleet, int staff, ProvinceProfile province, LocalDate day) {
    int allowed = bodyCarsAllowed(staff, province);
    List<Vehicle> held = held(fleet, day);
    ImmutableList.Builder<FleetViolation> findings = ImmutableList.builder();
    priceAndPostFindings(held, findings);
    if (held.size() > allowed) {
      findings.add(
          FleetViolation.of(
              VehicleRule.BODY_CARS_WITHIN_THE_NORM,
              held.stream().map(Vehicle::id).toList(),
              "the body of "
                  + staff
                  + " staff has "
                  + held.size()
                  + " cars on "
                  + day
                  + ", above its norm of "
                  + allowed));
    }
    retirementFindings(held, findings);
    return findings.build();
  }

  private static List<Vehicle> held(List<Vehicle> fleet, LocalDate day) {
    requireNonNull(fleet, "fleet");
    requireNonNull(day, "day");
    Set<VehicleId> ids = new HashSet<>();
    for (Vehicle vehicle : fleet) {
      requireNonNull(vehicle, "vehicle");
      checkArgument(ids.add(vehicle.id()), "a fleet lists each car once; %s is there twice", vehicle.id());
    }
    return fleet.stream().filter(v -> !v.recordedOn().isAfter(day)).toList();
  }

  private void priceAndPostFindings(List<Vehicle> held, ImmutableList.Builder<FleetViolation> findings) {
    for (Vehicle vehicle : held) {
      Optional<CarPost> post = vehicle.post();
      if (post.isEmpty()) {
        continue;
      }
      Optional<Money> cap = priceCap(post.get());
      if (cap.isPresent() && vehicle.price().isGreaterThan(cap.get())) {
        findings.add(
            FleetViolation.of(
                VehicleRule.WITHIN_THE_PRICE_CAP,
                List.of(vehicle.id()),
                vehicle.id() + " cost " + vehicle.price() + ", above the cap of " + cap.get() + " for the "
                    + post.get().englishName()));
      }
    }
    for (Vehicle vehicle : held) {
      Optional<PooledCarType> type = vehicle.pooledType();
      if (type.isPresent() && vehicle.price().isGreaterThan(pooledPriceCap(type.get()))) {
        findings.add(
            FleetViolation.of(
                VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP,
                List.of(vehicle.id()),
                vehicle.id() + " cost " + vehicle.price() + ", above the cap of " + pooledPriceCap(type.get())
                    + " for " + type.get().englishName().toLowerCase(Locale.ROOT)));
      }
    }
    for (Vehicle vehicle : held) {
      vehicle
          .post()
          .filter(p -> !p.ownCar())
          .ifPresent(
              p ->
                  findings.add(
                      FleetViolation.of(
                          VehicleRule.POST_ENTITLED_TO_A_CAR,
                          List.of(vehicle.id()),
                          vehicle.id() + " is assigned to the " + p.englishName()
                              + ", a post served by the pooled cars")));
    }
  }

  private void retirementFindings(List<Vehicle> held, ImmutableList.Builder<FleetViolation> findings) {
    for (Vehicle vehicle : held) {
      if (mayBeRetired(vehicle)) {
        findings.add(
            FleetViolation.of(
                VehicleRule.MAY_BE_RETIRED,
                List.of(vehicle.id()),
                vehicle.odometerKm() > retirementKm
                    ? vehicle.id() + " has run " + vehicle.odometerKm() + " km, above " + retirementKm
                    : vehicle.id()
                        + "'s repair estimate "
                        + vehicle.repairEstimate().orElse(Money.ZERO)
                        + " is above "
                        + repairSharePercent
                        + "% of its price "
                        + vehicle.price()));
      }
    }
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof CarNormBook other
        && priceCaps.equals(other.priceCaps)
        && pooledPriceCaps.equals(other.pooledPriceCaps)
        && retirementKm == other.retirementKm
        && repairSharePercent == other.repairSharePercent
        && pooledCarQuota.equals(other.pooledCarQuota);
  }

  @Override
  public int hashCode() {
    return Objects.hash(priceCaps, pooledPriceCaps, retirementKm, repairSharePercent, pooledCarQuota);
  }

  /**
   * Returns a readable form of the figures.
   *
   * @return the form, not null
   */
  @Override
  public String toString() {
    return "CarNormBook{caps="
        + priceCaps
        + ", pooled caps="
        + pooledPriceCaps
        + ", retirement above "
        + retirementKm
        + " km or a repair above "
        + repairSharePercent
        + "%"
        + pooledCarQuota.map(q -> ", pooled cars " + q).orElse("")
        + "}";
  }
}
