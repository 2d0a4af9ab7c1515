package io.github.vanphong.json;

import com.google.common.collect.ImmutableList;
import io.github.vanphong.finance.BudgetCalendar;
import io.github.vanphong.finance.BudgetDeadline;
import io.github.vanphong.finance.BudgetDeadlineStatus;
import io.github.vanphong.finance.BudgetFollowUp;
import io.github.vanphong.finance.BudgetPhase;
import io.github.vanphong.finance.BudgetStep;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON form of the budget calendar of {@code io.github.vanphong.finance}: its steps, a year's deadlines and an
 * office's follow-up.
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

  static ImmutableList<Codec<?>> all() {
    return ImmutableList.of(
        BUDGET_PHASE, BUDGET_DEADLINE_STATUS, BUDGET_STEP, BUDGET_CALENDAR, BUDGET_DEADLINE, BUDGET_FOLLOW_UP);
  }
}
