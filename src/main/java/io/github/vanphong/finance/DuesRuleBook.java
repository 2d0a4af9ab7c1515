package io.github.vanphong.finance;

import static com.google.common.base.Preconditions.checkArgument;
import static java.util.Objects.requireNonNull;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.internal.Arguments;
import io.github.vanphong.internal.NamedLists;
import io.github.vanphong.internal.Texts;
import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.Instrument;
import io.github.vanphong.law.Instruments;
import io.github.vanphong.law.LegalBasis;
import io.github.vanphong.law.Validity;
import io.github.vanphong.money.Money;
import io.github.vanphong.money.Rate;
import io.github.vanphong.money.Rounding;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The dues rules (mức đóng đảng phí), each chosen by the month owed: what a member of each {@link MemberCategory}
 * pays for a month. For example a civil servant whose social-insurance salary was VND 4,680,000 in January 2026 owes
 * VND 46,800 for February 2026 ({@link #CIVIL_SERVANT_2026}).
 *
 * <p>The standard book ({@link #standard()}) holds the rules of Quy định 342-QĐ/TW for months from April 2011 to
 * January 2026 and those of Quy định 01-QĐ/TW from February 2026, all as reported by secondary sources (the texts
 * were not read). The articles of most rules were not given by those sources: the article of such a rule says so.
 * Each rule rounds a computed amount half up to the đồng: the texts read set no rounding, so that is data an
 * application replaces with its own ({@link #with(DuesRule) with}), like any rule whose figure it reads otherwise.
 *
 * <p>This class is immutable and thread-safe.
 */
public final class DuesRuleBook {

  /** The rounding of the standard rules: half up to the đồng, the application's choice, not the texts'. */
  public static final Rounding STANDARD_ROUNDING = Rounding.toDong(RoundingMode.HALF_UP);

  private static final LegalBasis DUES_2026 =
      basis(Instruments.PARTY_DUES_REGULATION_01_2026, "mức đóng đảng phí (điều, khoản chưa đối chiếu)");
  private static final LegalBasis DUES_2026_OTHER_MEMBERS =
      basis(Instruments.PARTY_DUES_REGULATION_01_2026, "Điều 3, khoản 2, điểm 2.2");
  private static final LegalBasis DUES_2011 =
      basis(Instruments.PARTY_DUES_REGULATION_342_2010, "mức đóng đảng phí (mục chưa đối chiếu)");
  private static final Validity UNTIL_2027 = Validity.between(LocalDate.of(2026, 2, 1), LocalDate.of(2027, 12, 31));
  private static final Validity FROM_2028 = Validity.from(LocalDate.of(2028, 1, 1));
  private static final Money LOWEST_SET_AMOUNT = Money.ofDong(2_000);
  private static final Money HIGHEST_SET_AMOUNT = Money.ofDong(30_000);

  /**
   * A civil servant in compulsory social insurance, from February 2026: 1% of last month's social-insurance salary
   * (Quy định 01-QĐ/TW, reported).
   */
  public static final DuesRule CIVIL_SERVANT_2026 =
      share("CIVIL_SERVANT_2026", MemberCategory.CIVIL_SERVANT, DuesBase.SOCIAL_INSURANCE_SALARY, "1", DUES_2026);

  /**
   * An employee in compulsory social insurance, from February 2026: 1% of last month's social-insurance salary
   * (Quy định 01-QĐ/TW, reported).
   */
  public static final DuesRule EMPLOYEE_2026 =
      share("EMPLOYEE_2026", MemberCategory.EMPLOYEE, DuesBase.SOCIAL_INSURANCE_SALARY, "1", DUES_2026);

  /**
   * A member on sick or maternity leave paid by social insurance, from February 2026: 1% of the allowance (Quy định
   * 01-QĐ/TW, reported). A member off work for another reason pays as a member outside social insurance.
   */
  public static final DuesRule INSURED_LEAVE_2026 =
      share("INSURED_LEAVE_2026", MemberCategory.ON_INSURED_LEAVE, DuesBase.INSURANCE_ALLOWANCE, "1", DUES_2026);

  /** A pensioner outside social insurance, from February 2026: 0.5% of the pension (Quy định 01-QĐ/TW, reported). */
  public static final DuesRule PENSIONER_2026 =
      share("PENSIONER_2026", MemberCategory.PENSIONER, DuesBase.PENSION, "0.5", DUES_2026);

  /** A student, from February 2026: 5,000 đồng a month (Quy định 01-QĐ/TW, reported). */
  public static final DuesRule STUDENT_2026 =
      DuesRule.builder()
          .name("STUDENT_2026")
          .category(MemberCategory.STUDENT)
          .base(DuesBase.NONE)
          .fixedAmount(Money.ofDong(5_000))
          .rounding(Rounding.EXACT)
          .basis(DUES_2026)
          .build();

  /**
   * Another member below retirement age, February 2026 to December 2027: 0.3% of the regional minimum monthly wage
   * where the member is active (Quy định 01-QĐ/TW, Điều 3, khoản 2, điểm 2.2, reported).
   */
  public static final DuesRule OTHER_BELOW_RETIREMENT_AGE_2026 =
      other("OTHER_BELOW_RETIREMENT_AGE_2026", MemberCategory.OTHER_BELOW_RETIREMENT_AGE, "0.3", UNTIL_2027);

  /** Another member below retirement age, from January 2028: 0.5% of the regional minimum monthly wage (reported). */
  public static final DuesRule OTHER_BELOW_RETIREMENT_AGE_2028 =
      other("OTHER_BELOW_RETIREMENT_AGE_2028", MemberCategory.OTHER_BELOW_RETIREMENT_AGE, "0.5", FROM_2028);

  /**
   * Another member at or above retirement age, February 2026 to December 2027: 0.2% of the regional minimum monthly
   * wage (Quy định 01-QĐ/TW, Điều 3, khoản 2, điểm 2.2, reported).
   */
  public static final DuesRule OTHER_AT_RETIREMENT_AGE_2026 =
      other("OTHER_AT_RETIREMENT_AGE_2026", MemberCategory.OTHER_AT_RETIREMENT_AGE, "0.2", UNTIL_2027);

  /** Another member at or above retirement age, from January 2028: 0.3% of the regional minimum monthly wage. */
  public static final DuesRule OTHER_AT_RETIREMENT_AGE_2028 =
      other("OTHER_AT_RETIREMENT_AGE_2028", MemberCategory.OTHER_AT_RETIREMENT_AGE, "0.3", FROM_2028);

  /**
   * A civil servant, April 2011 to January 2026: 1% of the salary and allowances (Quy định 342-QĐ/TW, reported).
   */
  public static final DuesRule CIVIL_SERVANT_2011 =
      share("CIVIL_SERVANT_2011", MemberCategory.CIVIL_SERVANT, DuesBase.SALARY_AND_ALLOWANCES, "1", DUES_2011);

  /**
   * Staff of an enterprise or public-service unit, April 2011 to January 2026: 1% of the salary (Quy định 342-QĐ/TW,
   * reported; that the insured allowances count, as for civil servants, is an assumption).
   */
  public static final DuesRule EMPLOYEE_2011 =
      share("EMPLOYEE_2011", MemberCategory.EMPLOYEE, DuesBase.SALARY_AND_ALLOWANCES, "1", DUES_2011);

  /** A pensioner, April 2011 to January 2026: 0.5% of the pension (Quy định 342-QĐ/TW, reported). */
  public static final DuesRule PENSIONER_2011 =
      share("PENSIONER_2011", MemberCategory.PENSIONER, DuesBase.PENSION, "0.5", DUES_2011);

  /**
   * A student, April 2011 to January 2026: as another member, the amount the organisation sets, 2,000 to 30,000 đồng
   * a month (Quy định 342-QĐ/TW, reported).
   */
  public static final DuesRule STUDENT_2011 = setAmount("STUDENT_2011", MemberCategory.STUDENT, "100");

  /**
   * Another member in Vietnam below working age's end, April 2011 to January 2026: the amount the organisation sets,
   * 2,000 to 30,000 đồng a month (Quy định 342-QĐ/TW, reported).
   */
  public static final DuesRule OTHER_BELOW_RETIREMENT_AGE_2011 =
      setAmount("OTHER_BELOW_RETIREMENT_AGE_2011", MemberCategory.OTHER_BELOW_RETIREMENT_AGE, "100");

  /**
   * Another member above working age, April 2011 to January 2026: half the amount the organisation sets for members of
   * working age, itself 2,000 to 30,000 đồng (Quy định 342-QĐ/TW, reported).
   */
  public static final DuesRule OTHER_AT_RETIREMENT_AGE_2011 =
      setAmount("OTHER_AT_RETIREMENT_AGE_2011", MemberCategory.OTHER_AT_RETIREMENT_AGE, "50");

  private static final DuesRuleBook STANDARD =
      new DuesRuleBook(
          ImmutableList.of(
              CIVIL_SERVANT_2026,
              EMPLOYEE_2026,
              INSURED_LEAVE_2026,
              PENSIONER_2026,
              STUDENT_2026,
              OTHER_BELOW_RETIREMENT_AGE_2026,
              OTHER_BELOW_RETIREMENT_AGE_2028,
              OTHER_AT_RETIREMENT_AGE_2026,
              OTHER_AT_RETIREMENT_AGE_2028,
              CIVIL_SERVANT_2011,
              EMPLOYEE_2011,
              PENSIONER_2011,
              STUDENT_2011,
              OTHER_BELOW_RETIREMENT_AGE_2011,
              OTHER_AT_RETIREMENT_AGE_2011));

  private final ImmutableList<DuesRule> rules;

  private DuesRuleBook(ImmutableList<DuesRule> rules) {
    Set<String> names = new HashSet<>();
    for (int i = 0; i < rules.size(); i++) {
      DuesRule rule = rules.get(i);
      checkArgument(names.add(rule.name()), "a rule book names each rule once; %s is there twice", Texts.quote(rule.name()));
      for (int j = 0; j < i; j++) {
        DuesRule other = rules.get(j);
        checkArgument(
            other.category() != rule.category() || !other.validity().overlaps(rule.validity()),
            "one dues rule is chosen for a month: %s and %s both hold for %s on %s",
            other.name(),
            rule.name(),
            rule.category(),
            other.validity().intersection(rule.validity()).map(Object::toString).orElse(""));
      }
    }
    this.rules = rules;
  }

  private static LegalBasis basis(Instrument instrument, String article) {
    return LegalBasis.builder().instrument(instrument).article(article).confirmation(Confirmation.REPORTED).build();
  }

  private static DuesRule share(String name, MemberCategory category, DuesBase base, String percent, LegalBasis basis) {
    return DuesRule.builder()
        .name(name)
        .category(category)
        .base(base)
        .rate(Rate.percent(percent))
        .rounding(STANDARD_ROUNDING)
        .basis(basis)
        .build();
  }

  private static DuesRule other(String name, MemberCategory category, String percent, Validity validity) {
    return DuesRule.builder()
        .from(share(name, category, DuesBase.REGIONAL_MINIMUM_WAGE, percent, DUES_2026_OTHER_MEMBERS))
        .validity(validity)
        .build();
  }

  private static DuesRule setAmount(String name, MemberCategory category, String percent) {
    return DuesRule.builder()
        .from(share(name, category, DuesBase.AMOUNT_SET_BY_ORGANISATION, percent, DUES_2011))
        .lowestBase(LOWEST_SET_AMOUNT)
        .highestBase(HIGHEST_SET_AMOUNT)
        .build();
  }

  /**
   * Returns the standard book: the rules of Quy định 342-QĐ/TW and Quy định 01-QĐ/TW.
   *
   * @return the book, not null
   */
  public static DuesRuleBook standard() {
    return STANDARD;
  }

  /**
   * Returns a book of an application's rules.
   *
   * @param rules the rules, not null, none null
   * @return the book, not null
   * @throws IllegalArgumentException if two rules have one name, or two of a category hold for a same month
   */
  public static DuesRuleBook of(List<DuesRule> rules) {
    return new DuesRuleBook(Arguments.list(rules, "rules"));
  }

  /**
   * Returns this book with a rule in place of the one of its name, or added; this book is left as it was.
   *
   * @param rule the rule, not null
   * @return the new book, not null
   * @throws IllegalArgumentException if the rule would hold for a month another rule of its category holds for
   */
  public DuesRuleBook with(DuesRule rule) {
    requireNonNull(rule, "rule");
    return new DuesRuleBook(NamedLists.with(rules, rule, DuesRule::name));
  }

  /**
   * Returns this book without the rule of a name; this book is left as it was.
   *
   * @param name the name, not null
   * @return the new book, not null
   */
  public DuesRuleBook without(String name) {
    requireNonNull(name, "name");
    return new DuesRuleBook(NamedLists.without(rules, name, DuesRule::name));
  }

  /**
   * Returns the rules, in the order of the book.
   *
   * @return the rules, not null
   */
  public ImmutableList<DuesRule> rules() {
    return rules;
  }

  /**
   * Returns the rule for a category chosen for the month owed.
   *
   * @param category the member's category that month, not null
   * @param month the month owed, not null
   * @return the rule, or empty if the book has none for the category and month
   */
  public Optional<DuesRule> ruleFor(MemberCategory category, YearMonth month) {
    requireNonNull(category, "category");
    requireNonNull(month, "month");
    return rules.stream().filter(r -> r.category() == category && r.isChosenFor(month)).findFirst();
  }

  /**
   * Returns the dues of a member of a category for a month, on the member's base for that month: for example 1% of
   * last month's social-insurance salary, or for another member the regional minimum wage ({@link
   * MinimumWageTable#wageFor(MinimumWageRegion, YearMonth) wageFor}).
   *
   * @param category the member's category that month, not null
   * @param month the month owed, not null
   * @param base the base the rule is reckoned from, 0 đồng or more, not null
   * @return the dues, not null
   * @throws IllegalArgumentException if no rule of the book holds for the category and month, or the rule refuses
   *     the base
   * @throws ArithmeticException if the rule's rounding refuses the share
   */
  public Money duesOf(MemberCategory category, YearMonth month, Money base) {
    requireNonNull(base, "base");
    DuesRule rule =
        ruleFor(category, month)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "no dues rule of the book holds for " + category + " in " + month));
    return rule.duesOn(base);
  }

  @Override
  public boolean equals(@Nullable Object o) {
    return o instanceof DuesRuleBook other && rules.equals(other.rules);
  }

  @Override
  public int hashCode() {
    return rules.hashCode();
  }

  /**
   * Returns a readable form: "DuesRuleBook[CIVIL_SERVANT_2026, …]".
   *
   * @return the names of the rules, not null
   */
  @Override
  public String toString() {
    return "DuesRuleBook" + rules.stream().map(DuesRule::name).toList();
  }
}
