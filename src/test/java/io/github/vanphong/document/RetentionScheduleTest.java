package io.github.vanphong.document;

import io.github.vanphong.law.Instrument;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.law.Confirmation;
import io.github.vanphong.law.LegalBasis;
import java.text.Normalizer;
import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

class RetentionScheduleTest {

  private static final LegalBasis OWN =
      LegalBasis.of(Instrument.of("Quyết định ban hành Bảng thời hạn bảo quản của Văn phòng Tỉnh ủy (ví dụ)", LocalDate.of(2012, 1, 1)), "Phụ lục");

  @Test
  void aScheduleHasNoBuiltInPeriodsAndTheHd35BasisIsUnconfirmed() {
    assertThat(RetentionSchedule.empty().rules()).isEmpty();
    assertThat(RetentionSchedule.HD_35.confirmation()).isEqualTo(Confirmation.UNCONFIRMED);
    assertThatThrownBy(() -> RetentionSchedule.empty().disposableFrom("Công văn", Year.of(2016)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("a file is kept as its group's rule says; this schedule has no rule for 'Công văn'");
  }

  @Test
  void anApplicationsScheduleGivesTheYearOfDisposalAndALaterRuleReplacesAnEarlierOne() {
    RetentionSchedule schedule =
        RetentionSchedule.of(List.of(
            RetentionRule.of("Nghị quyết của Tỉnh ủy", RetentionPeriod.permanent(), OWN),
            RetentionRule.of("Công văn trao đổi công việc", RetentionPeriod.years(10), OWN)));
    assertThat(schedule.disposableFrom("Công văn trao đổi công việc", Year.of(2016))).contains(Year.of(2027));
    assertThat(schedule.disposableFrom("Nghị quyết của Tỉnh ủy", Year.of(2016))).isEmpty();
    RetentionSchedule changed =
        schedule.with(RetentionRule.of("Công văn trao đổi công việc", RetentionPeriod.years(20), RetentionSchedule.HD_35));
    assertThat(changed.disposableFrom("Công văn trao đổi công việc", Year.of(2016))).contains(Year.of(2037));
    assertThat(changed.rules()).hasSize(3);
    assertThat(schedule.rules()).hasSize(2);
    assertThat(changed.rule(Normalizer.normalize("Công văn trao đổi công việc", Normalizer.Form.NFD)).orElseThrow()
        .period()).isEqualTo(RetentionPeriod.years(20));
    assertThat(changed.outsideTwoLevelScheme()).extracting(RetentionRule::period)
        .containsExactly(RetentionPeriod.years(20));
    assertThat(schedule.outsideTwoLevelScheme()).isEmpty();
    assertThat(changed).hasToString("RetentionSchedule[3 rules]");
    assertThat(changed).isNotEqualTo(schedule).isNotEqualTo("schedule");
    assertThat(schedule).isEqualTo(RetentionSchedule.of(schedule.rules())).hasSameHashCodeAs(RetentionSchedule.of(
        schedule.rules()));
  }

  @Test
  void distinctSchedulesHaveDistinctHashCodes() {
    assertThat(RetentionSchedule.empty().hashCode()).isNotEqualTo(
        RetentionSchedule.empty().with(RetentionRule.of("Công văn", RetentionPeriod.years(5), OWN)).hashCode());
  }
}
