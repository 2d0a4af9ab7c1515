package io.github.vanphong.example;

import io.github.vanphong.asset.CarNormBook;
import io.github.vanphong.asset.CarPost;
import io.github.vanphong.asset.FleetViolation;
import io.github.vanphong.asset.ProvinceProfile;
import io.github.vanphong.asset.Vehicle;
import io.github.vanphong.asset.VehicleId;
import io.github.vanphong.asset.VehicleKind;
import io.github.vanphong.finance.DuesAssessment;
import io.github.vanphong.finance.DuesLedger;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MemberCategory;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.PersonId;
import io.github.vanphong.organization.UnitId;
import java.io.PrintStream;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;

/**
 * Party finance in the example: the dues of one cell of the provincial office for a month of 2016 and, for two of its
 * members, for a month of 2026; then the cars of the provincial office checked against the norms after the 2025
 * merger.
 *
 * <p><b>The members, their salaries and pensions, the amounts the cell set and the cars are made up.</b> The rates,
 * caps and norms are the library's standard books. After 2025-07-01 the history of Hậu Giang's provincial office is
 * carried by Cần Thơ's; the profile of the merged province ({@link #MERGED_PROVINCE}) is this example's assumption.
 */
public final class HauGiang2016Finance {

  /** The month of 2016 the cell's dues are computed for, under Quy định 342-QĐ/TW. */
  public static final YearMonth MONTH_2016 = YearMonth.of(2016, 3);

  /** The month of 2026 computed again for the civil servant and the pensioner, under Quy định 01-QĐ/TW. */
  public static final YearMonth MONTH_2026 = YearMonth.of(2026, 3);

  /** The cell of the provincial office whose ledger is shown. */
  public static final UnitId CELL = UnitId.of("HG-VPTU-CB1");

  /** A civil servant of the office, paid a salary. */
  public static final PersonId CIVIL_SERVANT = PersonId.of("HG-DV-01");

  /** A retired member drawing a pension. */
  public static final PersonId PENSIONER = PersonId.of("HG-DV-02");

  /** A member without salary or pension, below retirement age, who pays the amount the cell set. */
  public static final PersonId SET_AMOUNT_MEMBER = PersonId.of("HG-DV-03");

  /** A member without salary or pension, above retirement age, who pays half the amount the cell set. */
  public static final PersonId OLDER_MEMBER = PersonId.of("HG-DV-04");

  /** The civil servant's salary and allowances in March 2016: illustrative. */
  public static final Money SALARY_2016 = Money.ofDong(6_210_000);

  /** The civil servant's social-insurance salary of February 2026, the base of March 2026: illustrative. */
  public static final Money SALARY_2026 = Money.ofDong(12_480_000);

  /** The pension in March 2016: illustrative. */
  public static final Money PENSION_2016 = Money.ofDong(4_350_000);

  /** The pension in March 2026: illustrative. */
  public static final Money PENSION_2026 = Money.ofDong(7_020_000);

  /** The monthly amount the cell set for members without salary or pension in 2016: illustrative. */
  public static final Money SET_AMOUNT = Money.ofDong(20_000);

  /** The day the office's cars are checked, after the amended norm of 2025-07-01. */
  public static final LocalDate FLEET_DAY = LocalDate.of(2025, 10, 1);

  /**
   * The example's assumption for the province that carries Hậu Giang's history after the 2025 merger, Cần Thơ:
   * about 6,360 km², not mostly mountainous, not balancing its own budget.
   */
  public static final ProvinceProfile MERGED_PROVINCE = ProvinceProfile.of(6_360, false, false, false);

  /** The pooled car that has run over 250,000 km. */
  public static final VehicleId OLD_CAR = VehicleId.of("CT-VP-05");

  private static final List<Member> MEMBERS =
      List.of(
          new Member(CIVIL_SERVANT, "Trương Văn Khải", MemberCategory.CIVIL_SERVANT, SALARY_2016),
          new Member(PENSIONER, "Lâm Thị Hồng", MemberCategory.PENSIONER, PENSION_2016),
          new Member(SET_AMOUNT_MEMBER, "Quách Văn Lộc", MemberCategory.OTHER_BELOW_RETIREMENT_AGE, SET_AMOUNT),
          new Member(OLDER_MEMBER, "Tô Thị Nga", MemberCategory.OTHER_AT_RETIREMENT_AGE, SET_AMOUNT));

  private HauGiang2016Finance() {}

  private record Member(PersonId id, String name, MemberCategory category, Money base) {}

  /**
   * Returns the cell's ledger: the four members assessed for {@link #MONTH_2016}, the civil servant and the pensioner
   * also for {@link #MONTH_2026}, under the standard rule book.
   *
   * @return the ledger, not null
   */
  public static DuesLedger ledger() {
    DuesLedger ledger = DuesLedger.of(CELL, DuesRuleBook.standard());
    for (Member m : MEMBERS) {
      ledger = ledger.assess(DuesAssessment.of(m.id(), MONTH_2016, m.category(), m.base()));
    }
    ledger = ledger.assess(DuesAssessment.of(CIVIL_SERVANT, MONTH_2026, MemberCategory.CIVIL_SERVANT, SALARY_2026));
    return ledger.assess(DuesAssessment.of(PENSIONER, MONTH_2026, MemberCategory.PENSIONER, PENSION_2026));
  }

  /**
   * Returns the provincial office's cars: the secretary's, a deputy secretary's, three pooled cars, one of them over
   * 250,000 km.
   *
   * @return the cars, not null
   */
  public static List<Vehicle> fleet() {
    return List.of(
        postCar(
            "CT-VP-01", "65A-001.11", CarPost.PROVINCIAL_PARTY_SECRETARY, 1_480_000_000L, LocalDate.of(2024, 5, 10), 48_200),
        postCar(
            "CT-VP-02", "65A-002.22", CarPost.PROVINCIAL_DEPUTY_SECRETARY, 1_320_000_000L, LocalDate.of(2023, 8, 1), 95_600),
        pooled("CT-VP-03", "65A-003.33", 850_000_000L, LocalDate.of(2022, 4, 15), 121_000),
        pooled("CT-VP-04", "65A-004.44", 790_000_000L, LocalDate.of(2019, 9, 20), 187_500),
        pooled("CT-VP-05", "95A-005.55", 720_000_000L, LocalDate.of(2011, 6, 1), 263_400));
  }

  private static Vehicle postCar(String id, String plate, CarPost post, long price, LocalDate on, long km) {
    return Vehicle.builder()
        .id(VehicleId.of(id))
        .plate(plate)
        .kind(VehicleKind.FOR_A_POST)
        .post(post)
        .price(Money.ofDong(price))
        .recordedOn(on)
        .odometerKm(km)
        .build();
  }

  private static Vehicle pooled(String id, String plate, long price, LocalDate on, long km) {
    return Vehicle.builder()
        .id(VehicleId.of(id))
        .plate(plate)
        .kind(VehicleKind.POOLED)
        .price(Money.ofDong(price))
        .recordedOn(on)
        .odometerKm(km)
        .build();
  }

  /**
   * Formats an amount as in the example's prose, for example "62,100 đồng".
   *
   * @param money the amount, not null
   * @return the amount with thousands separated, not null
   */
  static String dong(Money money) {
    return String.format(Locale.ROOT, "%,d đồng", money.dong());
  }

  /**
   * Prints the cell's dues and the office's cars.
   *
   * @param out where to print, not null
   */
  public static void print(PrintStream out) {
    printDues(out);
    out.println();
    printFleet(out);
  }

  private static void printDues(PrintStream out) {
    DuesLedger ledger = ledger();
    DuesRuleBook book = ledger.book();
    out.println(
        "Party dues of a cell of the provincial office for "
            + MONTH_2016
            + " (the members are made up; their salaries, pensions and the amount the cell set are illustrative):");
    for (Member m : MEMBERS) {
      printMember(out, ledger, book, m.id(), m.name(), m.category(), m.base(), MONTH_2016);
    }
    Money total =
        MEMBERS.stream().map(m -> ledger.duesOf(m.id(), MONTH_2016).orElseThrow()).reduce(Money.ZERO, Money::plus);
    out.println("  The cell's dues for " + MONTH_2016 + ": " + dong(total));
    out.println("The same civil servant and pensioner in " + MONTH_2026 + ", after the rules were replaced:");
    Member servant = MEMBERS.get(0);
    Member pensioner = MEMBERS.get(1);
    printMember(out, ledger, book, servant.id(), servant.name(), servant.category(), SALARY_2026, MONTH_2026);
    printMember(out, ledger, book, pensioner.id(), pensioner.name(), pensioner.category(), PENSION_2026, MONTH_2026);
  }

  private static void printMember(
      PrintStream out,
      DuesLedger ledger,
      DuesRuleBook book,
      PersonId member,
      String name,
      MemberCategory category,
      Money base,
      YearMonth month) {
    DuesRule rule = book.ruleFor(category, month).orElseThrow();
    String share =
        rule.rate().map(r -> r.percent().stripTrailingZeros().toPlainString() + "%").orElse("a fixed amount");
    out.println(
        "  "
            + name
            + ", "
            + category.englishName().toLowerCase(Locale.ROOT)
            + ": base "
            + rule.base().englishName().toLowerCase(Locale.ROOT)
            + ", "
            + dong(base)
            + "; "
            + share
            + " is "
            + dong(ledger.duesOf(member, month).orElseThrow())
            + "; the rule's basis ("
            + rule.basis().confirmation().englishName().toLowerCase(Locale.ROOT)
            + "):");
    out.println("    " + rule.basis().citation());
  }

  private static void printFleet(PrintStream out) {
    CarNormBook norms = CarNormBook.standard();
    List<Vehicle> fleet = fleet();
    long pooled = fleet.stream().filter(v -> v.kind() == VehicleKind.POOLED).count();
    out.println(
        "The provincial office's cars on "
            + FLEET_DAY
            + ", the office that carries Hậu Giang's history being Cần Thơ's after the merger;"
            + " the cars are made up");
    out.println(
        "  Assumed profile of the merged province: "
            + String.format(Locale.ROOT, "%,d", MERGED_PROVINCE.areaKm2())
            + " km², not mostly mountainous, not balancing its own budget");
    for (Vehicle v : fleet) {
      String use =
          v.post()
              .map(
                  p ->
                      "the car of the "
                          + p.englishName()
                          + ", cap "
                          + norms.priceCap(p).map(HauGiang2016Finance::dong).orElse("none"))
              .orElse(v.kind().englishName().toLowerCase(Locale.ROOT));
      out.println(
          "  "
              + v.id()
              + ", "
              + use
              + ": bought for "
              + dong(v.price())
              + ", "
              + String.format(Locale.ROOT, "%,d", v.odometerKm())
              + " km");
    }
    out.println(
        "  Pooled cars: "
            + pooled
            + ", the norm "
            + norms.pooledCarsAllowed(MERGED_PROVINCE, FLEET_DAY).orElseThrow()
            + "; a car may be retired above "
            + String.format(Locale.ROOT, "%,d", norms.retirementKm())
            + " km");
    List<FleetViolation> findings = norms.check(fleet, MERGED_PROVINCE, FLEET_DAY);
    out.println("  Findings: " + findings.size());
    for (FleetViolation finding : findings) {
      out.println(
          "  "
              + finding.rule().englishName()
              + ": "
              + finding.facts()
              + "; the rule's basis ("
              + finding.rule().basis().confirmation().englishName().toLowerCase(Locale.ROOT)
              + "):");
      out.println("    " + finding.rule().basis().citation());
    }
  }
}
