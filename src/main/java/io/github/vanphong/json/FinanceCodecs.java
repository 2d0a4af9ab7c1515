package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.finance.DuesAdvanceViolation;
import io.github.vanphong.finance.DuesAssessment;
import io.github.vanphong.finance.DuesBase;
import io.github.vanphong.finance.DuesFindingRule;
import io.github.vanphong.finance.DuesLedger;
import io.github.vanphong.finance.DuesPayment;
import io.github.vanphong.finance.DuesViolation;
import io.github.vanphong.finance.DuesRelief;
import io.github.vanphong.finance.DuesRule;
import io.github.vanphong.finance.DuesRuleBook;
import io.github.vanphong.finance.MemberCategory;
import io.github.vanphong.finance.MinimumWage;
import io.github.vanphong.finance.MinimumWageRegion;
import io.github.vanphong.finance.MinimumWageTable;
import io.github.vanphong.finance.ReliefGround;
// the split of dues up the hierarchy
import io.github.vanphong.finance.DuesLevel;
import io.github.vanphong.finance.DuesSplitRule;
import io.github.vanphong.finance.DuesSplitRuleBook;
import io.github.vanphong.finance.DuesSummary;
import io.github.vanphong.organization.UnitId;
import io.github.vanphong.organization.PersonId;
import java.time.YearMonth;
import java.util.Map;

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

  static final EnumCodec<DuesFindingRule> DUES_FINDING_RULE =
      Codecs.codes(DuesFindingRule.class)
          .code(DuesFindingRule.UNPAID_THREE_MONTHS, "unpaid-three-months")
          .code(DuesFindingRule.ADVANCE_OUTSIDE_AN_EXCUSED_PERIOD, "advance-outside-an-excused-period")
          .build();

  /** A month assessed: the member, month, category and base; the dues are computed, not written. */
  static final Codec<DuesAssessment> DUES_ASSESSMENT =
      Codecs.object(
          DuesAssessment.class,
          (out, a) ->
              out.put("member", OrganizationCodecs.PERSON_ID, a.member())
                  .put("month", Codecs.MONTH, a.month())
                  .put("category", MEMBER_CATEGORY, a.category())
                  .put("base", MoneyCodecs.MONEY, a.base()),
          in ->
              DuesAssessment.of(
                  in.get("member", OrganizationCodecs.PERSON_ID),
                  in.get("month", Codecs.MONTH),
                  in.get("category", MEMBER_CATEGORY),
                  in.get("base", MoneyCodecs.MONEY)));

  /** A payment: the member, the day and the amount. */
  static final Codec<DuesPayment> DUES_PAYMENT =
      Codecs.object(
          DuesPayment.class,
          (out, p) ->
              out.put("member", OrganizationCodecs.PERSON_ID, p.member())
                  .put("paidOn", Codecs.DATE, p.paidOn())
                  .put("amount", MoneyCodecs.MONEY, p.amount()),
          in ->
              DuesPayment.of(
                  in.get("member", OrganizationCodecs.PERSON_ID),
                  in.get("paidOn", Codecs.DATE),
                  in.get("amount", MoneyCodecs.MONEY)));

  /** A finding: the rule, the member and the months unpaid; the message is computed. */
  static final Codec<DuesViolation> DUES_VIOLATION =
      Codecs.object(
          DuesViolation.class,
          (out, v) ->
              out.put("rule", DUES_FINDING_RULE, v.rule())
                  .put("member", OrganizationCodecs.PERSON_ID, v.member())
                  .list("months", Codecs.MONTH, v.unpaidMonths()),
          in ->
              DuesViolation.of(
                  in.get("rule", DUES_FINDING_RULE),
                  in.get("member", OrganizationCodecs.PERSON_ID),
                  in.list("months", Codecs.MONTH)));

  // --- payments in advance outside an excused period ---

  /** A finding of payments in advance: the member and the months; the rule is the type's, the message computed. */
  static final Codec<DuesAdvanceViolation> DUES_ADVANCE_VIOLATION =
      Codecs.object(
          DuesAdvanceViolation.class,
          (out, v) -> out.put("member", OrganizationCodecs.PERSON_ID, v.member()).list("months", Codecs.MONTH, v.months()),
          in -> DuesAdvanceViolation.of(in.get("member", OrganizationCodecs.PERSON_ID), in.list("months", Codecs.MONTH)));

  private static final Codec<Map.Entry<PersonId, DuesRelief>> MEMBER_RELIEF =
      Codecs.object(
          entryClass(),
          (out, e) -> out.put("member", OrganizationCodecs.PERSON_ID, e.getKey()).put("relief", DUES_RELIEF, e.getValue()),
          in -> Map.entry(in.get("member", OrganizationCodecs.PERSON_ID), in.get("relief", DUES_RELIEF)));

  private static final Codec<Map.Entry<PersonId, YearMonth>> MEMBER_MONTH =
      Codecs.object(
          entryClass(),
          (out, e) -> out.put("member", OrganizationCodecs.PERSON_ID, e.getKey()).put("month", Codecs.MONTH, e.getValue()),
          in -> Map.entry(in.get("member", OrganizationCodecs.PERSON_ID), in.get("month", Codecs.MONTH)));

  /**
   * A cell's ledger: the cell, the rule book unless it is the standard one, and its entries, each kind in the order
   * recorded; read back by recording each again, so an entry the library refuses is refused on reading.
   */
  static final Codec<DuesLedger> DUES_LEDGER =
      Codecs.document(
          DuesLedger.class,
          "vanphong.dues-ledger",
          1,
          (out, l) ->
              out.put("cell", OrganizationCodecs.UNIT_ID, l.cell())
                  .optional(
                      "book",
                      DUES_RULE_BOOK,
                      l.book().equals(DuesRuleBook.standard())
                          ? java.util.Optional.empty()
                          : java.util.Optional.of(l.book()))
                  .list("assessments", DUES_ASSESSMENT, l.assessments())
                  .list("reliefs", MEMBER_RELIEF, l.reliefs().entries())
                  .list("excused", MEMBER_MONTH, l.excusedMonths().entries())
                  .list("payments", DUES_PAYMENT, l.payments()),
          in -> {
            DuesLedger ledger =
                DuesLedger.of(
                    in.get("cell", OrganizationCodecs.UNIT_ID),
                    in.optional("book", DUES_RULE_BOOK).orElseGet(DuesRuleBook::standard));
            for (DuesAssessment a : in.list("assessments", DUES_ASSESSMENT)) {
              ledger = ledger.assess(a);
            }
            for (Map.Entry<PersonId, DuesRelief> r : in.list("reliefs", MEMBER_RELIEF)) {
              ledger = ledger.relieve(r.getKey(), r.getValue());
            }
            for (Map.Entry<PersonId, YearMonth> m : in.list("excused", MEMBER_MONTH)) {
              ledger = ledger.excuse(m.getKey(), m.getValue(), m.getValue());
            }
            for (DuesPayment p : in.list("payments", DUES_PAYMENT)) {
              ledger = ledger.pay(p);
            }
            return ledger;
          });

  // --- the split of dues up the hierarchy ---

  /** The kind of organisation that splits its dues. */
  static final EnumCodec<DuesLevel> DUES_LEVEL =
      Codecs.codes(DuesLevel.class)
          .code(DuesLevel.CELL_UNDER_GRASSROOTS, "cell-under-grassroots")
          .code(DuesLevel.COMMUNE_GRASSROOTS, "commune-grassroots")
          .code(DuesLevel.OTHER_GRASSROOTS, "other-grassroots")
          .code(DuesLevel.ABOVE_GRASSROOTS, "above-grassroots")
          .build();

  /** A split rule: its name, level, lowest and highest shares kept, days, rounding and basis (always). */
  static final Codec<DuesSplitRule> DUES_SPLIT_RULE =
      Codecs.object(
          DuesSplitRule.class,
          (out, r) ->
              out.text("name", r.name())
                  .put("level", DUES_LEVEL, r.level())
                  .put("lowestKept", MoneyCodecs.RATE, r.lowestKept())
                  .put("highestKept", MoneyCodecs.RATE, r.highestKept())
                  .put("validity", LawCodecs.VALIDITY, r.validity())
                  .put("rounding", MoneyCodecs.ROUNDING, r.rounding())
                  .put("basis", LawCodecs.LEGAL_BASIS, r.basis()),
          in ->
              DuesSplitRule.of(
                  in.text("name"),
                  in.get("level", DUES_LEVEL),
                  in.get("lowestKept", MoneyCodecs.RATE),
                  in.get("highestKept", MoneyCodecs.RATE),
                  in.get("validity", LawCodecs.VALIDITY),
                  in.get("rounding", MoneyCodecs.ROUNDING),
                  in.get("basis", LawCodecs.LEGAL_BASIS)));

  /** A book of split rules: its rules in order, each in full. */
  static final Codec<DuesSplitRuleBook> DUES_SPLIT_RULE_BOOK =
      Codecs.object(
          DuesSplitRuleBook.class,
          (out, b) -> out.list("rules", DUES_SPLIT_RULE, b.rules()),
          in -> DuesSplitRuleBook.of(in.list("rules", DUES_SPLIT_RULE)));

  /** One line of a dues summary: unit, month, collected, received and kept; the part sent up is computed. */
  private static final Codec<DuesSummary> DUES_SUMMARY_LINE =
      Codecs.object(
          DuesSummary.class,
          (out, l) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, l.units().first())
                  .put("month", Codecs.MONTH, l.months().first())
                  .put("collected", MoneyCodecs.MONEY, l.collected())
                  .put("received", MoneyCodecs.MONEY, l.received())
                  .put("kept", MoneyCodecs.MONEY, l.kept()),
          in ->
              DuesSummary.of(
                  in.get("unit", OrganizationCodecs.UNIT_ID),
                  in.get("month", Codecs.MONTH),
                  in.get("collected", MoneyCodecs.MONEY),
                  in.get("received", MoneyCodecs.MONEY),
                  in.get("kept", MoneyCodecs.MONEY)));

  /** A dues summary: its lines by unit and month. */
  static final Codec<DuesSummary> DUES_SUMMARY =
      Codecs.object(
          DuesSummary.class,
          (out, s) -> out.list("lines", DUES_SUMMARY_LINE, linesOf(s)),
          in -> in.list("lines", DUES_SUMMARY_LINE).stream().collect(DuesSummary.collector()));

  private static ImmutableList<DuesSummary> linesOf(DuesSummary summary) {
    ImmutableList.Builder<DuesSummary> lines = ImmutableList.builder();
    for (UnitId unit : summary.units()) {
      DuesSummary ofUnit = summary.forUnit(unit);
      for (YearMonth month : ofUnit.months()) {
        lines.add(ofUnit.forMonth(month));
      }
    }
    return lines.build();
  }

  // --- end of the split of dues ---

  @SuppressWarnings("unchecked") // the codec reads and writes entries of the declared types only
  private static <K, V> Class<Map.Entry<K, V>> entryClass() {
    return (Class<Map.Entry<K, V>>) (Class<?>) Map.Entry.class;
  }

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
        DUES_RELIEF,
        DUES_FINDING_RULE,
        DUES_ASSESSMENT,
        DUES_PAYMENT,
        DUES_VIOLATION,
        DUES_LEDGER,
        // the split of dues up the hierarchy
        DUES_LEVEL,
        DUES_SPLIT_RULE,
        DUES_SPLIT_RULE_BOOK,
        DUES_SUMMARY,
        // payments in advance outside an excused period
        DUES_ADVANCE_VIOLATION);
  }
}
