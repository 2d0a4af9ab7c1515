package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.finance.DuesBase;
import io.github.vanphong.finance.DuesRelief;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MemberCategory;
import io.github.vanphong.finance.MinimumWage;
import io.github.vanphong.finance.MinimumWageRegion;
import io.github.vanphong.finance.MinimumWageTable;
import io.github.vanphong.finance.ReliefGround;

/** The JSON form of the types of {@code io.github.vanphong.finance}: dues rules, minimum wages and reliefs. */
final class FinanceCodecs {
  private FinanceCodecs() {}

  static final EnumCodec<MemberCategory> MEMBER_CATEGORY =
      Codecs.codes(MemberCategory.class)
          .code(MemberCategory.CIVIL_SERVANT, "civil-servant")
          .code(MemberCategory.EMPLOYEE, "employee")
          .code(MemberCategory.ON_INSURED_LEAVE, "on-insured-leave")
          .code(MemberCategory.PENSIONER, "pensioner")
          .code(MemberCategory.STUDENT, "student")
          .code(MemberCategory.OTHER_BELOW_RETIREMENT_AGE, "other-below-retirement-age")
          .code(MemberCategory.OTHER_AT_RETIREMENT_AGE, "other-at-retirement-age")
          .build();

  static final EnumCodec<DuesBase> DUES_BASE =
      Codecs.codes(DuesBase.class)
          .code(DuesBase.SOCIAL_INSURANCE_SALARY, "social-insurance-salary")
          .code(DuesBase.SALARY_AND_ALLOWANCES, "salary-and-allowances")
          .code(DuesBase.INSURANCE_ALLOWANCE, "insurance-allowance")
          .code(DuesBase.PENSION, "pension")
          .code(DuesBase.REGIONAL_MINIMUM_WAGE, "regional-minimum-wage")
          .code(DuesBase.AMOUNT_SET_BY_ORGANISATION, "amount-set-by-organisation")
          .code(DuesBase.NONE, "none")
          .build();

  static final EnumCodec<MinimumWageRegion> MINIMUM_WAGE_REGION =
      Codecs.codes(MinimumWageRegion.class)
          .code(MinimumWageRegion.REGION_I, "region-1")
          .code(MinimumWageRegion.REGION_II, "region-2")
          .code(MinimumWageRegion.REGION_III, "region-3")
          .code(MinimumWageRegion.REGION_IV, "region-4")
          .build();

  static final EnumCodec<ReliefGround> RELIEF_GROUND =
      Codecs.codes(ReliefGround.class)
          .code(ReliefGround.LONG_MEMBERSHIP, "long-membership")
          .code(ReliefGround.SOCIAL_PENSION, "social-pension")
          .code(ReliefGround.POOR_HOUSEHOLD, "poor-household")
          .code(ReliefGround.SERIOUS_ILLNESS, "serious-illness")
          .code(ReliefGround.HARDSHIP, "hardship")
          .build();

  /** A dues rule: its name, category, base, rate or fixed amount, bounds, rounding, basis and days (always). */
  static final Codec<DuesRule> DUES_RULE =
      Codecs.object(
          DuesRule.class,
          (out, r) ->
              out.text("name", r.name())
                  .put("category", MEMBER_CATEGORY, r.category())
                  .put("base", DUES_BASE, r.base())
                  .optional("rate", MoneyCodecs.RATE, r.rate())
                  .optional("fixedAmount", MoneyCodecs.MONEY, r.fixedAmount())
                  .optional("lowestBase", MoneyCodecs.MONEY, r.lowestBase())
                  .optional("highestBase", MoneyCodecs.MONEY, r.highestBase())
                  .put("rounding", MoneyCodecs.ROUNDING, r.rounding())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis())
                  .put("validity", LawCodecs.VALIDITY, r.validity()),
          in ->
              DuesRule.builder()
                  .name(in.text("name"))
                  .category(in.get("category", MEMBER_CATEGORY))
                  .base(in.get("base", DUES_BASE))
                  .rate(in.optional("rate", MoneyCodecs.RATE))
                  .fixedAmount(in.optional("fixedAmount", MoneyCodecs.MONEY))
                  .lowestBase(in.optional("lowestBase", MoneyCodecs.MONEY))
                  .highestBase(in.optional("highestBase", MoneyCodecs.MONEY))
                  .rounding(in.get("rounding", MoneyCodecs.ROUNDING))
                  .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                  .validity(in.get("validity", LawCodecs.VALIDITY))
                  .build());

  /** A book of dues rules: its rules in order, each in full. */
  static final Codec<DuesRuleBook> DUES_RULE_BOOK =
      Codecs.object(
          DuesRuleBook.class,
          (out, b) -> out.list("rules", DUES_RULE, b.rules()),
          in -> DuesRuleBook.of(in.list("rules", DUES_RULE)));

  /** A regional minimum wage: region, monthly amount, basis and days (always). */
  static final Codec<MinimumWage> MINIMUM_WAGE =
      Codecs.object(
          MinimumWage.class,
          (out, w) ->
              out.put("region", MINIMUM_WAGE_REGION, w.region())
                  .put("monthly", MoneyCodecs.MONEY, w.monthly())
                  .put("basis", LawCodecs.LEGAL_BASIS, w.basis())
                  .put("validity", LawCodecs.VALIDITY, w.validity()),
          in ->
              MinimumWage.builder()
                  .region(in.get("region", MINIMUM_WAGE_REGION))
                  .monthly(in.get("monthly", MoneyCodecs.MONEY))
                  .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                  .validity(in.get("validity", LawCodecs.VALIDITY))
                  .build());

  /** A table of minimum wages: its wages in order. */
  static final Codec<MinimumWageTable> MINIMUM_WAGE_TABLE =
      Codecs.object(
          MinimumWageTable.class,
          (out, t) -> out.list("wages", MINIMUM_WAGE, t.wages()),
          in -> MinimumWageTable.of(in.list("wages", MINIMUM_WAGE)));

  /** A relief: ground, reduction, first month, and the last month and day of admission where there are. */
  static final Codec<DuesRelief> DUES_RELIEF =
      Codecs.object(
          DuesRelief.class,
          (out, r) ->
              out.put("ground", RELIEF_GROUND, r.ground())
                  .put("reduction", MoneyCodecs.RATE, r.reduction())
                  .put("from", Codecs.MONTH, r.firstMonth())
                  .optional("until", Codecs.MONTH, r.lastMonth())
                  .optional("admittedOn", Codecs.DATE, r.admittedOn()),
          in ->
              DuesRelief.builder()
                  .ground(in.get("ground", RELIEF_GROUND))
                  .reduction(in.get("reduction", MoneyCodecs.RATE))
                  .firstMonth(in.get("from", Codecs.MONTH))
                  .lastMonth(in.optional("until", Codecs.MONTH))
                  .admittedOn(in.optional("admittedOn", Codecs.DATE))
                  .build());

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        MEMBER_CATEGORY,
        DUES_BASE,
        MINIMUM_WAGE_REGION,
        RELIEF_GROUND,
        DUES_RULE,
        DUES_RULE_BOOK,
        MINIMUM_WAGE,
        MINIMUM_WAGE_TABLE,
        DUES_RELIEF);
  }
}
