package io.github.vanphong.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.common.collect.ImmutableMap;
import io.github.vanphong.finance.BudgetCalendar;
import io.github.vanphong.finance.BudgetDeadline;
import io.github.vanphong.finance.BudgetDeadlineStatus;
import io.github.vanphong.finance.BudgetFollowUp;
import io.github.vanphong.finance.BudgetPhase;
import io.github.vanphong.finance.BudgetStep;
import java.time.LocalDate;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;

/** The laws of the JSON form ({@link JsonLaws}) for the budget calendar of {@code io.github.vanphong.finance}. */
class BudgetJsonProperties {
  /** The public types of the budget calendar without a JSON form, each with the reason. */
  static final ImmutableMap<Class<?>, String> WITHOUT_JSON_FORM = ImmutableMap.of();

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
}
