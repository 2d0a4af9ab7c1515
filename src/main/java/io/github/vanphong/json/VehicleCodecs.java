package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.asset.CarNormBook;
import io.github.vanphong.asset.CarPost;
import io.github.vanphong.asset.FleetViolation;
import io.github.vanphong.asset.PooledCarType;
import io.github.vanphong.asset.ProvinceProfile;
import io.github.vanphong.asset.Vehicle;
import io.github.vanphong.asset.VehicleId;
import io.github.vanphong.asset.VehicleKind;
import io.github.vanphong.asset.VehicleRule;
import io.github.vanphong.money.Money;
import java.util.EnumMap;
import java.util.Map;

/**
 * The JSON form of the office cars of {@code io.github.vanphong.asset}: enumerations by stable codes; a car, a
 * province's profile and a finding as objects; a norm book as its figures.
 */
final class VehicleCodecs {
  private VehicleCodecs() {}

  /** A car's identifier, as its text. */
  static final Codec<VehicleId> VEHICLE_ID =
      Codecs.text(VehicleId.class, "a vehicle identifier", VehicleId::value, VehicleId::of);

  static final EnumCodec<VehicleKind> VEHICLE_KIND =
      Codecs.codes(VehicleKind.class)
          .code(VehicleKind.FOR_A_POST, "for-a-post")
          .code(VehicleKind.POOLED, "pooled")
          .build();

  static final EnumCodec<PooledCarType> POOLED_CAR_TYPE =
      Codecs.codes(PooledCarType.class)
          .code(PooledCarType.ORDINARY, "ordinary")
          .code(PooledCarType.SEATS_12_TO_16, "seats-12-to-16")
          .code(PooledCarType.FOUR_WHEEL_DRIVE_7_TO_8_SEATS, "four-wheel-drive-7-to-8-seats")
          .build();

  static final EnumCodec<CarPost> CAR_POST =
      Codecs.codes(CarPost.class)
          .code(CarPost.GENERAL_SECRETARY, "general-secretary")
          .code(CarPost.STATE_PRESIDENT, "state-president")
          .code(CarPost.PRIME_MINISTER, "prime-minister")
          .code(CarPost.NATIONAL_ASSEMBLY_CHAIR, "national-assembly-chair")
          .code(CarPost.CENTRAL_COMMITTEE_MEMBER, "central-committee-member")
          .code(CarPost.CENTRAL_PARTY_BOARD_HEAD, "central-party-board-head")
          .code(CarPost.PROVINCIAL_PARTY_SECRETARY, "provincial-party-secretary")
          .code(CarPost.HANOI_HCMC_DEPUTY_SECRETARY, "hanoi-hcmc-deputy-secretary")
          .code(CarPost.PROVINCIAL_DEPUTY_SECRETARY, "provincial-deputy-secretary")
          .code(CarPost.PROVINCIAL_COUNCIL_CHAIR, "provincial-council-chair")
          .code(CarPost.PROVINCIAL_COMMITTEE_CHAIR, "provincial-committee-chair")
          .code(CarPost.HANOI_HCMC_STANDING_MEMBER, "hanoi-hcmc-standing-member")
          .code(CarPost.DEPARTMENT_DIRECTOR, "department-director")
          .build();

  static final EnumCodec<VehicleRule> VEHICLE_RULE =
      Codecs.codes(VehicleRule.class)
          .code(VehicleRule.WITHIN_THE_PRICE_CAP, "within-the-price-cap")
          .code(VehicleRule.POOLED_CAR_WITHIN_THE_PRICE_CAP, "pooled-car-within-the-price-cap")
          .code(VehicleRule.POST_ENTITLED_TO_A_CAR, "post-entitled-to-a-car")
          .code(VehicleRule.POOLED_CARS_WITHIN_THE_NORM, "pooled-cars-within-the-norm")
          .code(VehicleRule.BODY_CARS_WITHIN_THE_NORM, "body-cars-within-the-norm")
          .code(VehicleRule.MAY_BE_RETIRED, "may-be-retired")
          .build();

  /** A car: {@code {"id": "XE-01", "plate": "23A-001.23", "kind": "for-a-post", "post": ..., "price": ...}}. */
  static final Codec<Vehicle> VEHICLE =
      Codecs.object(
          Vehicle.class,
          (out, v) ->
              out.put("id", VEHICLE_ID, v.id())
                  .text("plate", v.plate())
                  .put("kind", VEHICLE_KIND, v.kind())
                  .optional("post", CAR_POST, v.post())
                  .optional("pooledType", POOLED_CAR_TYPE, v.pooledType())
                  .put("price", MoneyCodecs.MONEY, v.price())
                  .put("recordedOn", Codecs.DATE, v.recordedOn())
                  .put("odometerKm", Codecs.LONG, v.odometerKm())
                  .optional("repairEstimate", MoneyCodecs.MONEY, v.repairEstimate()),
          in ->
              Vehicle.builder()
                  .id(in.get("id", VEHICLE_ID))
                  .plate(in.text("plate"))
                  .kind(in.get("kind", VEHICLE_KIND))
                  .post(in.optional("post", CAR_POST))
                  .pooledType(in.optional("pooledType", POOLED_CAR_TYPE))
                  .price(in.get("price", MoneyCodecs.MONEY))
                  .recordedOn(in.get("recordedOn", Codecs.DATE))
                  .odometerKm(in.get("odometerKm", Codecs.LONG))
                  .repairEstimate(in.optional("repairEstimate", MoneyCodecs.MONEY))
                  .build());

  /** A province: {@code {"areaKm2": 7900, "hanoiOrHoChiMinhCity": false, ...}}. */
  static final Codec<ProvinceProfile> PROVINCE_PROFILE =
      Codecs.object(
          ProvinceProfile.class,
          (out, p) ->
              out.integer("areaKm2", p.areaKm2())
                  .bool("hanoiOrHoChiMinhCity", p.hanoiOrHoChiMinhCity())
                  .bool("mostlyMountainous", p.mostlyMountainous())
                  .bool("balancesOwnBudget", p.balancesOwnBudget()),
          in ->
              ProvinceProfile.of(
                  in.integer("areaKm2"),
                  in.bool("hanoiOrHoChiMinhCity"),
                  in.bool("mostlyMountainous"),
                  in.bool("balancesOwnBudget")));

  /** A finding: {@code {"rule": "may-be-retired", "vehicles": ["XE-03"], "facts": ...}}. */
  static final Codec<FleetViolation> FLEET_VIOLATION =
      Codecs.object(
          FleetViolation.class,
          (out, v) ->
              out.put("rule", VEHICLE_RULE, v.rule()).list("vehicles", VEHICLE_ID, v.vehicles()).text("facts", v.facts()),
          in -> FleetViolation.of(in.get("rule", VEHICLE_RULE), in.list("vehicles", VEHICLE_ID), in.text("facts")));

  /** One post's cap: {@code {"post": "provincial-party-secretary", "cap": "VND 1550000000"}}. */
  private static final Codec<Map.Entry<CarPost, Money>> POST_CAP =
      Codecs.object(
          capEntries(),
          (out, e) -> out.put("post", CAR_POST, e.getKey()).put("cap", MoneyCodecs.MONEY, e.getValue()),
          in -> Map.entry(in.get("post", CAR_POST), in.get("cap", MoneyCodecs.MONEY)));

  @SuppressWarnings("unchecked") // the class of a generic entry
  private static Class<Map.Entry<CarPost, Money>> capEntries() {
    return (Class<Map.Entry<CarPost, Money>>) (Class<?>) Map.Entry.class;
  }

  /** One pooled car's cap: {@code {"type": "ordinary", "cap": "VND 950000000"}}. */
  private static final Codec<Map.Entry<PooledCarType, Money>> POOLED_CAP =
      Codecs.object(
          pooledCapEntries(),
          (out, e) -> out.put("type", POOLED_CAR_TYPE, e.getKey()).put("cap", MoneyCodecs.MONEY, e.getValue()),
          in -> Map.entry(in.get("type", POOLED_CAR_TYPE), in.get("cap", MoneyCodecs.MONEY)));

  @SuppressWarnings("unchecked") // the class of a generic entry
  private static Class<Map.Entry<PooledCarType, Money>> pooledCapEntries() {
    return (Class<Map.Entry<PooledCarType, Money>>) (Class<?>) Map.Entry.class;
  }

  /** A norm book: its caps, retirement figures and the application's pooled-car quota if any. */
  static final Codec<CarNormBook> CAR_NORM_BOOK =
      Codecs.object(
          CarNormBook.class,
          (out, b) ->
              out.list("priceCaps", POST_CAP, b.priceCaps().entrySet())
                  .list("pooledPriceCaps", POOLED_CAP, b.pooledPriceCaps().entrySet())
                  .put("retirementKm", Codecs.LONG, b.retirementKm())
                  .integer("repairSharePercent", b.repairSharePercent())
                  .optional("pooledCarQuota", Codecs.INTEGER, b.pooledCarQuota()),
          in -> {
            Map<CarPost, Money> caps = new EnumMap<>(CarPost.class);
            ImmutableList<Map.Entry<CarPost, Money>> entries = in.list("priceCaps", POST_CAP);
            for (int i = 0; i < entries.size(); i++) {
              Map.Entry<CarPost, Money> entry = entries.get(i);
              if (caps.put(entry.getKey(), entry.getValue()) != null) {
                throw new ReadError(
                    in.pathOf("priceCaps") + "[" + i + "]", "a post has one cap; " + entry.getKey() + " has two");
              }
            }
            CarNormBook book =
                CarNormBook.of(
                    caps,
                    in.get("retirementKm", Codecs.LONG),
                    in.integer("repairSharePercent"),
                    in.optional("pooledCarQuota", Codecs.INTEGER));
            Map<PooledCarType, Money> pooled = new EnumMap<>(PooledCarType.class);
            ImmutableList<Map.Entry<PooledCarType, Money>> pooledEntries = in.list("pooledPriceCaps", POOLED_CAP);
            for (int i = 0; i < pooledEntries.size(); i++) {
              Map.Entry<PooledCarType, Money> entry = pooledEntries.get(i);
              if (pooled.put(entry.getKey(), entry.getValue()) != null) {
                throw new ReadError(
                    in.pathOf("pooledPriceCaps") + "[" + i + "]",
                    "a type of pooled car has one cap; " + entry.getKey() + " has two");
              }
            }
            if (pooled.size() != PooledCarType.values().length) {
              throw new ReadError(
                  in.pathOf("pooledPriceCaps"), "every type of pooled car has a cap; given for " + pooled.keySet());
            }
            for (Map.Entry<PooledCarType, Money> entry : pooled.entrySet()) {
              book = book.withPooledPriceCap(entry.getKey(), entry.getValue());
            }
            return book;
          });

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        VEHICLE_ID,
        VEHICLE_KIND,
        POOLED_CAR_TYPE,
        CAR_POST,
        VEHICLE_RULE,
        VEHICLE,
        PROVINCE_PROFILE,
        FLEET_VIOLATION,
        CAR_NORM_BOOK);
  }
}
