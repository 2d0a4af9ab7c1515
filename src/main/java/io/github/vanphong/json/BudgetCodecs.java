package io.github.vanphong.json;

import static com.google.common.base.Preconditions.checkArgument;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.finance.Budget;
import io.github.vanphong.finance.BudgetCalendar;
import io.github.vanphong.finance.BudgetDeadline;
import io.github.vanphong.finance.BudgetDeadlineStatus;
import io.github.vanphong.finance.BudgetEntry;
import io.github.vanphong.finance.BudgetEntryKind;
import io.github.vanphong.finance.BudgetFollowUp;
import io.github.vanphong.finance.BudgetItem;
import io.github.vanphong.finance.BudgetPhase;
import io.github.vanphong.finance.BudgetRule;
import io.github.vanphong.finance.BudgetSettlement;
import io.github.vanphong.finance.BudgetStep;
import io.github.vanphong.finance.BudgetSummary;
import io.github.vanphong.finance.BudgetViolation;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The JSON form of the budget calendar of {@code io.github.vanphong.finance}: its steps, a year's deadlines and an
 * office's follow-up; and of a unit's budget of a year, its findings and its figures.
 */
final class BudgetCodecs {
  private BudgetCodecs() {}

  static final EnumCodec<BudgetPhase> BUDGET_PHASE =
      Codecs.codes(BudgetPhase.class)
          .code(BudgetPhase.ESTIMATE, "estimate")
          .code(BudgetPhase.EXECUTION, "execution")
          .code(BudgetPhase.ACCOUNTS, "accounts")
          .build();

  static final EnumCodec<BudgetDeadlineStatus> BUDGET_DEADLINE_STATUS =
      Codecs.codes(BudgetDeadlineStatus.class)
          .code(BudgetDeadlineStatus.DONE_ON_TIME, "done-on-time")
          .code(BudgetDeadlineStatus.DONE_LATE, "done-late")
          .code(BudgetDeadlineStatus.DUE, "due")
          .code(BudgetDeadlineStatus.OVERDUE, "overdue")
          .code(BudgetDeadlineStatus.NOT_YET_DUE, "not-yet-due")
          .build();

  /** A day of the year in ISO-8601 form, {@code "--11-15"}; not registered on its own. */
  private static final Codec<MonthDay> MONTH_DAY =
      Codecs.text(MonthDay.class, "a day of the year as --MM-dd", MonthDay::toString, MonthDay::parse);

  /**
   * A step: {@code {"name": "NATIONAL_ASSEMBLY_DECIDES_2015", "vietnameseName": "…", "englishName": "…", "phase":
   * "estimate", "yearOffset": -1, "due": "--11-15", "firstBudgetYear": 2018, "lastBudgetYear": 2026, "basis": {…}}}.
   */
  static final Codec<BudgetStep> BUDGET_STEP =
      Codecs.object(
          BudgetStep.class,
          (out, s) ->
              out.text("name", s.name())
                  .text("vietnameseName", s.vietnameseName())
                  .text("englishName", s.englishName())
                  .put("phase", BUDGET_PHASE, s.phase())
                  .integer("yearOffset", s.yearOffset())
                  .put("due", MONTH_DAY, s.due())
                  .integer("firstBudgetYear", s.firstBudgetYear())
                  .optional("lastBudgetYear", Codecs.INTEGER, s.lastBudgetYear())
                  .put("basis", LawCodecs.LEGAL_BASIS, s.basis()),
          in ->
              BudgetStep.builder()
                  .name(in.text("name"))
                  .vietnameseName(in.text("vietnameseName"))
                  .englishName(in.text("englishName"))
                  .phase(in.get("phase", BUDGET_PHASE))
                  .yearOffset(in.integer("yearOffset"))
                  .due(in.get("due", MONTH_DAY))
                  .firstBudgetYear(in.integer("firstBudgetYear"))
                  .lastBudgetYear(in.optional("lastBudgetYear", Codecs.INTEGER))
                  .basis(in.get("basis", LawCodecs.LEGAL_BASIS))
                  .build());

  /** A book of steps, in its order. */
  static final Codec<BudgetCalendar> BUDGET_CALENDAR =
      Codecs.document(
          BudgetCalendar.class,
          "vanphong.budget-calendar",
          1,
          (out, c) -> out.list("steps", BUDGET_STEP, c.steps()),
          in -> BudgetCalendar.of(in.list("steps", BUDGET_STEP)));

  /** A deadline: its step and budget year; the due day follows from them and is not written. */
  static final Codec<BudgetDeadline> BUDGET_DEADLINE =
      Codecs.object(
          BudgetDeadline.class,
          (out, d) -> out.put("step", BUDGET_STEP, d.step()).integer("budgetYear", d.budgetYear()),
          in -> BudgetDeadline.of(in.get("step", BUDGET_STEP), in.integer("budgetYear")));

  /** One record of a follow-up: {@code {"step": "ESTIMATES_SENT_2025", "on": "2026-07-06"}}. */
  private record Done(String step, LocalDate on) {}

  private static final Codec<Done> DONE =
      Codecs.object(
          Done.class,
          (out, d) -> out.text("step", d.step()).put("on", Codecs.DATE, d.on()),
          in -> new Done(in.text("step"), in.get("on", Codecs.DATE)));

  /** A follow-up: the budget year, its deadlines and the records, by step name. */
  static final Codec<BudgetFollowUp> BUDGET_FOLLOW_UP =
      Codecs.document(
          BudgetFollowUp.class,
          "vanphong.budget-follow-up",
          1,
          (out, f) ->
              out.integer("budgetYear", f.budgetYear())
                  .list("deadlines", BUDGET_DEADLINE, f.deadlines())
                  .list(
                      "done",
                      DONE,
                      f.done().entrySet().stream()
                          .map(e -> new Done(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList())),
          in -> {
            int year = in.integer("budgetYear");
            ImmutableList<BudgetDeadline> deadlines = in.list("deadlines", BUDGET_DEADLINE);
            Map<String, LocalDate> done = new LinkedHashMap<>();
            for (Done record : in.keyed("done", DONE, Done::step).values()) {
              done.put(record.step(), record.on());
            }
            return BudgetFollowUp.restore(year, deadlines, done);
          });

  // ---- a unit's budget of a year: estimates, entries, settlement, findings and figures ------------------------

  static final EnumCodec<BudgetEntryKind> BUDGET_ENTRY_KIND =
      Codecs.codes(BudgetEntryKind.class)
          .code(BudgetEntryKind.ALLOCATION, "allocation")
          .code(BudgetEntryKind.SPENDING, "spending")
          .code(BudgetEntryKind.ADJUSTMENT, "adjustment")
          .build();

  static final EnumCodec<BudgetRule> BUDGET_RULE =
      Codecs.codes(BudgetRule.class)
          .code(BudgetRule.WITHIN_BUDGET_YEAR, "within-budget-year")
          .code(BudgetRule.KNOWN_ITEM, "known-item")
          .code(BudgetRule.POSITIVE_AMOUNT, "positive-amount")
          .code(BudgetRule.SETTLED_ONCE, "settled-once")
          .code(BudgetRule.WITHIN_ESTIMATE, "within-estimate")
          .code(BudgetRule.WITHIN_ALLOCATIONS, "within-allocations")
          .code(BudgetRule.SETTLEMENT_EQUALS_SPENDING, "settlement-equals-spending")
          .build();

  /** An item: {@code {"code": "6000", "name": "Tiền lương"}}. */
  static final Codec<BudgetItem> BUDGET_ITEM =
      Codecs.object(
          BudgetItem.class,
          (out, i) -> out.text("code", i.code()).text("name", i.name()),
          in -> BudgetItem.of(in.text("code"), in.text("name")));

  /** An entry: {@code {"kind": "adjustment", "on": "2026-07-01", "item": "6000", "amount": "VND 5000000", "reason": "…"}}. */
  static final Codec<BudgetEntry> BUDGET_ENTRY =
      Codecs.object(
          BudgetEntry.class,
          (out, e) ->
              out.put("kind", BUDGET_ENTRY_KIND, e.kind())
                  .put("on", Codecs.DATE, e.on())
                  .text("item", e.itemCode())
                  .put("amount", MoneyCodecs.MONEY, e.amount())
                  .optional("reason", Codecs.TEXT, e.reason()),
          in ->
              BudgetEntry.of(
                  in.get("kind", BUDGET_ENTRY_KIND),
                  in.text("item"),
                  in.get("amount", MoneyCodecs.MONEY),
                  in.optional("reason", Codecs.TEXT),
                  in.get("on", Codecs.DATE)));

  /** Settled accounts: {@code {"on": "2027-02-20", "amount": "VND 1240000000"}}. */
  static final Codec<BudgetSettlement> BUDGET_SETTLEMENT =
      Codecs.object(
          BudgetSettlement.class,
          (out, s) -> out.put("on", Codecs.DATE, s.on()).put("amount", MoneyCodecs.MONEY, s.amount()),
          in -> BudgetSettlement.of(in.get("amount", MoneyCodecs.MONEY), in.get("on", Codecs.DATE)));

  /** An item with its estimate as first given: {@code {"item": {…}, "estimate": "VND 2400000000"}}. */
  private record Estimate(BudgetItem item, Money estimate) {}

  private static final Codec<Estimate> ESTIMATE =
      Codecs.object(
          Estimate.class,
          (out, e) -> out.put("item", BUDGET_ITEM, e.item()).put("estimate", MoneyCodecs.MONEY, e.estimate()),
          in -> new Estimate(in.get("item", BUDGET_ITEM), in.get("estimate", MoneyCodecs.MONEY)));

  /**
   * A budget: the unit, the year, the estimates by item in their order, the entries in the order recorded and the
   * settlement if any; read back by recording each again, so an entry the library refuses is refused on reading.
   */
  static final Codec<Budget> BUDGET =
      Codecs.document(
          Budget.class,
          "vanphong.budget",
          1,
          (out, b) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, b.unit())
                  .integer("year", b.year())
                  .list(
                      "estimates",
                      ESTIMATE,
                      b.estimates().entrySet().stream()
                          .map(e -> new Estimate(e.getKey(), e.getValue()))
                          .collect(ImmutableList.toImmutableList()))
                  .list("entries", BUDGET_ENTRY, b.entries())
                  .optional("settlement", BUDGET_SETTLEMENT, b.settlement()),
          in -> {
            UnitId unit = in.get("unit", OrganizationCodecs.UNIT_ID);
            int year = in.integer("year");
            Map<BudgetItem, Money> estimates = new LinkedHashMap<>();
            for (Estimate e : in.keyed("estimates", ESTIMATE, e -> e.item().code()).values()) {
              estimates.put(e.item(), e.estimate());
            }
            ImmutableList<BudgetEntry> entries = in.list("entries", BUDGET_ENTRY);
            Optional<BudgetSettlement> settlement = in.optional("settlement", BUDGET_SETTLEMENT);
            return Budget.replay(unit, year, estimates, entries, settlement);
          });

  /** A finding: {@code {"rule": "within-estimate", "unit": "HG-VPTU", "year": 2026, "item": "6000", "limit": …, "amount": …}}. */
  static final Codec<BudgetViolation> BUDGET_VIOLATION =
      Codecs.object(
          BudgetViolation.class,
          (out, v) ->
              out.put("rule", BUDGET_RULE, v.rule())
                  .put("unit", OrganizationCodecs.UNIT_ID, v.unit())
                  .integer("year", v.year())
                  .optional("item", Codecs.TEXT, v.itemCode())
                  .put("limit", MoneyCodecs.MONEY, v.limit())
                  .put("amount", MoneyCodecs.MONEY, v.amount()),
          in ->
              BudgetViolation.of(
                  in.get("rule", BUDGET_RULE),
                  in.get("unit", OrganizationCodecs.UNIT_ID),
                  in.integer("year"),
                  in.optional("item", Codecs.TEXT),
                  in.get("limit", MoneyCodecs.MONEY),
                  in.get("amount", MoneyCodecs.MONEY)));

  /** One line of figures: a unit's item. */
  private record Line(UnitId unit, String item, Money estimate, Money allocated, Money spent) {}

  private static final Codec<Line> LINE =
      Codecs.object(
          Line.class,
          (out, l) ->
              out.put("unit", OrganizationCodecs.UNIT_ID, l.unit())
                  .text("item", l.item())
                  .put("estimate", MoneyCodecs.MONEY, l.estimate())
                  .put("allocated", MoneyCodecs.MONEY, l.allocated())
                  .put("spent", MoneyCodecs.MONEY, l.spent()),
          in ->
              new Line(
                  in.get("unit", OrganizationCodecs.UNIT_ID),
                  in.text("item"),
                  in.get("estimate", MoneyCodecs.MONEY),
                  in.get("allocated", MoneyCodecs.MONEY),
                  in.get("spent", MoneyCodecs.MONEY)));

  /**
   * Budget figures: the day, absent for the empty figures, and the lines by unit and item; the balance follows and is
   * not written.
   */
  static final Codec<BudgetSummary> BUDGET_SUMMARY =
      Codecs.object(
          BudgetSummary.class,
          (out, s) -> out.optional("asOf", Codecs.DATE, s.asOf()).list("lines", LINE, linesOf(s)),
          in -> {
            Optional<LocalDate> asOf = in.optional("asOf", Codecs.DATE);
            ImmutableList<Line> lines = in.list("lines", LINE);
            if (asOf.isEmpty()) {
              checkArgument(
                  lines.isEmpty(), "budget figures with lines hold on a day; none is given");
              return BudgetSummary.empty();
            }
            checkArgument(
                !lines.isEmpty(), "budget figures of a day have lines; none is given for %s", asOf.get());
            BudgetSummary summary = BudgetSummary.empty();
            for (Line l : lines) {
              summary =
                  summary.plus(BudgetSummary.of(l.unit(), l.item(), asOf.get(), l.estimate(), l.allocated(), l.spent()));
            }
            return summary;
          });

  private static ImmutableList<Line> linesOf(BudgetSummary summary) {
    ImmutableList.Builder<Line> lines = ImmutableList.builder();
    for (UnitId unit : summary.units()) {
      BudgetSummary ofUnit = summary.forUnit(unit);
      for (String item : ofUnit.itemCodes()) {
        BudgetSummary line = ofUnit.forItem(item);
        lines.add(new Line(unit, item, line.estimate(), line.allocated(), line.spent()));
      }
    }
    return lines.build();
  }

  private static ImmutableList<Codec<?>> budgets() {
    return ImmutableList.of(
        BUDGET_ENTRY_KIND,
        BUDGET_RULE,
        BUDGET_ITEM,
        BUDGET_ENTRY,
        BUDGET_SETTLEMENT,
        BUDGET,
        BUDGET_VIOLATION,
        BUDGET_SUMMARY);
  }

  // ---- end of a unit's budget ----------------------------------------------------------------------------------

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.<Codec<?>>builder()
        .add(BUDGET_PHASE, BUDGET_DEADLINE_STATUS, BUDGET_STEP, BUDGET_CALENDAR, BUDGET_DEADLINE, BUDGET_FOLLOW_UP)
        .addAll(budgets())
        .build();
  }
}
