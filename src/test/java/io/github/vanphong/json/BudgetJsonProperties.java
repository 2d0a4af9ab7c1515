package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.finance.Budget;
import io.github.vanphong.finance.BudgetCalendar;
import io.github.vanphong.finance.BudgetDeadline;
import io.github.vanphong.finance.BudgetDeadlineStatus;
import io.github.vanphong.finance.BudgetFollowUp;
import io.github.vanphong.finance.BudgetPhase;
import io.github.vanphong.finance.BudgetEntry;
import io.github.vanphong.finance.BudgetEntryKind;
import io.github.vanphong.finance.BudgetItem;
import io.github.vanphong.finance.BudgetRollUp;
import io.github.vanphong.finance.BudgetRule;
import io.github.vanphong.finance.BudgetSettlement;
import io.github.vanphong.finance.BudgetStep;
import io.github.vanphong.finance.BudgetSummary;
import io.github.vanphong.finance.BudgetViolation;
import io.github.vanphong.money.Money;
import io.github.vanphong.organization.UnitId;
import java.time.LocalDate;
import java.util.Map;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the budget calendar of {@code io.github.vanphong.finance}. */
class BudgetJsonProperties {
  /** The public types of the budget calendar without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM =
      ImmutableMap.of(
          // a unit's budget of a year
          BudgetRollUp.class, "a view computed from a tree and a summary; its summary has a JSON form");

  @Property(tries = 20)
  void enumerationsObeyTheLaws(@ForAll BudgetPhase phase, @ForAll BudgetDeadlineStatus status) {
    JsonLaws.assertLaws(phase, BudgetPhase.class);
    JsonLaws.assertLaws(status, BudgetDeadlineStatus.class);
  }

  @Property(tries = 100)
  void stepsAndDeadlinesObeyTheLaws(@ForAll BudgetStep step, @ForAll BudgetDeadline deadline) {
    JsonLaws.assertLaws(step, BudgetStep.class);
    JsonLaws.assertLaws(deadline, BudgetDeadline.class);
  }

  @Property(tries = 50)
  void calendarsObeyTheLaws(@ForAll BudgetCalendar calendar) {
    JsonLaws.assertRoundTrip(calendar, BudgetCalendar.class);
  }

  @Property(tries = 50)
  void followUpsObeyTheLaws(@ForAll BudgetFollowUp followUp) {
    JsonLaws.assertRoundTrip(followUp, BudgetFollowUp.class);
  }

  @Example
  void theStandardCalendarAndAFollowUpObeyEveryLaw() {
    JsonLaws.assertLaws(BudgetCalendar.standard().without("PRIME_MINISTER_GUIDANCE_2015"), BudgetCalendar.class);
    BudgetFollowUp followUp =
        BudgetFollowUp.of(BudgetCalendar.standard(), 2027).recordDone("ESTIMATES_SENT_2025", LocalDate.of(2026, 7, 6));
    JsonLaws.assertLaws(followUp, BudgetFollowUp.class);
  }

  @Example
  void aStepIsWrittenWithItsDayOfTheYearAndItsBasis() {
    String json = JsonLaws.write(BudgetCalendar.ESTIMATES_SENT_2025);
    assertThat(json)
        .startsWith(
            "{\"name\":\"ESTIMATES_SENT_2025\",\"vietnameseName\":\"Gửi báo cáo dự toán ngân sách năm sau\","
                + "\"englishName\":\"The estimate reports are sent\",\"phase\":\"estimate\",\"yearOffset\":-1,"
                + "\"due\":\"--07-09\",\"firstBudgetYear\":2027,\"basis\":{");
    JsonLaws.assertRefusedAt(json.replace("--07-09", "--02-30"), BudgetStep.class, "$.due");
  }

  @Example
  void aFollowUpRecordingAStepTwiceIsRefused() {
    BudgetFollowUp followUp =
        BudgetFollowUp.of(BudgetCalendar.standard(), 2027).recordDone("ESTIMATES_SENT_2025", LocalDate.of(2026, 7, 6));
    String json = JsonLaws.write(followUp);
    String record = "{\"step\":\"ESTIMATES_SENT_2025\",\"on\":\"2026-07-06\"}";
    assertThat(json).contains("\"done\":[" + record + "]");
    JsonLaws.assertRefusedAt(json.replace(record, record + "," + record), BudgetFollowUp.class, "$.done[1]");
  }

  // ---- a unit's budget of a year ------------------------------------------------------------------------------

  @Property(tries = 20)
  void budgetEnumerationsObeyTheLaws(@ForAll BudgetEntryKind kind, @ForAll BudgetRule rule) {
    JsonLaws.assertLaws(kind, BudgetEntryKind.class);
    JsonLaws.assertLaws(rule, BudgetRule.class);
  }

  @Property(tries = 100)
  void itemsEntriesAndSettlementsObeyTheLaws(
      @ForAll BudgetItem item, @ForAll BudgetEntry entry, @ForAll BudgetSettlement settlement) {
    JsonLaws.assertLaws(item, BudgetItem.class);
    JsonLaws.assertLaws(entry, BudgetEntry.class);
    JsonLaws.assertLaws(settlement, BudgetSettlement.class);
  }

  @Property(tries = 100)
  void budgetsObeyTheLaws(@ForAll Budget budget) {
    JsonLaws.assertRoundTrip(budget, Budget.class);
  }

  @Property(tries = 100)
  void findingsAndFiguresObeyTheLaws(@ForAll BudgetViolation finding, @ForAll BudgetSummary summary) {
    JsonLaws.assertLaws(finding, BudgetViolation.class);
    JsonLaws.assertRoundTrip(summary, BudgetSummary.class);
  }

  @Example
  void aBudgetIsWrittenWithItsEntriesAndReadBackByRecordingThemAgain() {
    Budget budget =
        Budget.of(UnitId.of("HG-VPTU"), 2026, Map.of(BudgetItem.of("6000", "Tiền lương"), Money.ofDong(100)))
            .spend("6000", Money.ofDong(40), LocalDate.of(2026, 3, 1))
            .settle(Money.ofDong(40), LocalDate.of(2027, 1, 20));
    JsonLaws.assertLaws(budget, Budget.class);
    String json = JsonLaws.write(budget);
    String entry = "{\"kind\":\"spending\",\"on\":\"2026-03-01\",\"item\":\"6000\",\"amount\":\"VND 40\"}";
    assertThat(json).contains("\"entries\":[" + entry + "]");
    JsonLaws.assertRefusedAt(json.replace("\"item\":\"6000\",\"amount", "\"item\":\"7000\",\"amount"), Budget.class, "$");
  }

  @Example
  void theEmptyFiguresHaveNoDayAndFiguresWithLinesHaveOne() {
    JsonLaws.assertLaws(BudgetSummary.empty(), BudgetSummary.class);
    BudgetSummary line =
        BudgetSummary.of(UnitId.of("U1"), "6000", LocalDate.of(2026, 6, 30), Money.ofDong(3), Money.ofDong(2), Money.ofDong(1));
    JsonLaws.assertLaws(line, BudgetSummary.class);
    String json = JsonLaws.write(line);
    assertThat(json).startsWith("{\"asOf\":\"2026-06-30\",\"lines\":[{\"unit\":\"U1\",\"item\":\"6000\"");
    JsonLaws.assertRefusedAt(json.replace("\"asOf\":\"2026-06-30\",", ""), BudgetSummary.class, "$");
    JsonLaws.assertRefusedAt("{\"asOf\":\"2026-06-30\",\"lines\":[]}", BudgetSummary.class, "$");
  }

  // ---- end of a unit's budget ---------------------------------------------------------------------------------
}
