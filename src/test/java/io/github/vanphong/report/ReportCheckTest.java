package io.github.vanphong.report;

import static io.github.vanphong.report.ReportFixtures.CALENDAR;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_1;
import static io.github.vanphong.report.ReportFixtures.DISTRICT_2;
import static io.github.vanphong.report.ReportFixtures.PROVINCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.vanphong.reception.CutOff;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ReportCheckTest {

  private static final ReportingObligation OBLIGATION =
      ReportingObligation.of(
          DISTRICT_1,
          Recipient.unit(PROVINCE),
          ReportFixtures.petitionWork(),
          EnumSet.of(PeriodKind.FIRST_QUARTER, PeriodKind.YEAR));
  private static final ReportingPeriod FIRST_QUARTER = OBLIGATION.regime().period(PeriodKind.FIRST_QUARTER, 2023);
  private static final LocalDate DUE = LocalDate.of(2023, 3, 16);

  private static ReportCheck check(LocalDate asOf, Submission... submissions) {
    return ReportCheck.of(OBLIGATION, FIRST_QUARTER, asOf, CALENDAR, List.of(submissions));
  }

  private static Submission sent(LocalDate on) {
    return Submission.of(OBLIGATION, FIRST_QUARTER, on);
  }

  @Test
  void aReportSentByItsDueDayIsOnTime() {
    ReportCheck check = check(LocalDate.of(2023, 4, 1), sent(DUE));
    assertThat(check.status()).isEqualTo(ReportStatus.ON_TIME);
    assertThat(check.dueDate()).isEqualTo(DUE);
    assertThat(check.sentOn()).contains(DUE);
    assertThat(check.asOf()).isEqualTo(LocalDate.of(2023, 4, 1));
    assertThat(check.obligation()).isEqualTo(OBLIGATION);
    assertThat(check.period()).isEqualTo(FIRST_QUARTER);
    assertThat(check.toString()).isEqualTo("HG-HU1 FIRST_QUARTER [2022-12-15..2023-03-14] due 2023-03-16: ON_TIME as of 2023-04-01");
  }

  @Test
  void aReportSentAfterItsDueDayIsLate() {
    assertThat(check(LocalDate.of(2023, 4, 1), sent(DUE.plusDays(1))).status()).isEqualTo(ReportStatus.LATE);
  }

  @Test
  void aReportNotSentIsMissingFromTheDayAfterItsDueDay() {
    assertThat(check(DUE).status()).isEqualTo(ReportStatus.NOT_YET_DUE);
    assertThat(check(DUE.plusDays(1)).status()).isEqualTo(ReportStatus.MISSING);
    assertThat(check(DUE.plusDays(1)).sentOn()).isEmpty();
  }

  @Test
  void aSubmissionIsSeenOnlyFromTheDayItWasSent() {
    Submission later = sent(LocalDate.of(2023, 3, 20));
    assertThat(check(LocalDate.of(2023, 3, 19), later).status()).isEqualTo(ReportStatus.MISSING);
    assertThat(check(LocalDate.of(2023, 3, 20), later).status()).isEqualTo(ReportStatus.LATE);
  }

  @Test
  void theFirstSubmissionCounts() {
    ReportCheck check = check(LocalDate.of(2023, 4, 1), sent(LocalDate.of(2023, 3, 20)), sent(DUE), sent(DUE.plusDays(2)));
    assertThat(check.sentOn()).contains(DUE);
    assertThat(check.status()).isEqualTo(ReportStatus.ON_TIME);
  }

  @Test
  void aSubmissionOfAnotherObligationOrPeriodDoesNotCount() {
    ReportingObligation other =
        ReportingObligation.of(DISTRICT_2, Recipient.unit(PROVINCE), OBLIGATION.regime(), OBLIGATION.kinds());
    Submission ofOther = Submission.of(other, FIRST_QUARTER, DUE);
    Submission ofYear = Submission.of(OBLIGATION, OBLIGATION.regime().period(PeriodKind.YEAR, 2023), DUE);
    assertThat(check(LocalDate.of(2023, 4, 1), ofOther, ofYear).status()).isEqualTo(ReportStatus.MISSING);
  }

  @Test
  void aSubmissionIsOfAPeriodOwedCountedWithTheRegimesCutOff() {
    assertThatThrownBy(
            () -> Submission.of(OBLIGATION, OBLIGATION.regime().period(PeriodKind.NINE_MONTHS, 2023), DUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PERIOD_OF_OBLIGATION");
    assertThatThrownBy(
            () -> Submission.of(OBLIGATION, ReportingPeriod.of(PeriodKind.FIRST_QUARTER, 2023, CutOff.monthEnd()), DUE))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("PERIOD_OF_OBLIGATION")
        .hasMessageContaining("month end");
    ReportingObligation terms =
        ReportingObligation.of(
            DISTRICT_1,
            Recipient.unit(PROVINCE),
            OBLIGATION.regime().withKind(PeriodKind.TERM),
            EnumSet.of(PeriodKind.TERM));
    ReportingPeriod term = ReportingPeriod.term(LocalDate.of(2020, 10, 1), LocalDate.of(2025, 9, 30));
    assertThat(Submission.of(terms, term, LocalDate.of(2025, 10, 1)).period()).isEqualTo(term);
  }

  @Test
  void submissionsAreEqualByObligationPeriodAndDay() {
    Submission a = sent(DUE);
    assertThat(a.obligation()).isEqualTo(OBLIGATION);
    assertThat(a.on()).isEqualTo(DUE);
    assertThat(a.meets(OBLIGATION, FIRST_QUARTER)).isTrue();
    assertThat(a.meets(OBLIGATION, OBLIGATION.regime().period(PeriodKind.YEAR, 2023))).isFalse();
    assertThat(a).isEqualTo(sent(DUE)).hasSameHashCodeAs(sent(DUE));
    assertThat(a).isNotEqualTo(sent(DUE.plusDays(1)));
    assertThat(a).isNotEqualTo(Submission.of(OBLIGATION, OBLIGATION.regime().period(PeriodKind.YEAR, 2023), DUE));
    assertThat(a).isNotEqualTo("sent");
    assertThat(a.toString()).endsWith("sent 2023-03-16");
  }

  @Test
  void checksAreEqualByEveryPart() {
    ReportCheck check = check(DUE, sent(DUE));
    assertThat(check).isEqualTo(check(DUE, sent(DUE))).hasSameHashCodeAs(check(DUE, sent(DUE)));
    assertThat(check).isNotEqualTo(check(DUE));
    assertThat(check).isNotEqualTo(check(DUE.plusDays(1), sent(DUE)));
    assertThat(check).isNotEqualTo("check");
  }
}
